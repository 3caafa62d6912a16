/**
 * marp-cli's presenter script makes two frames without a title (the presenter view's next slide,
 * and the overview), which screen readers then announce as "frame" (WCAG 4.1.2, axe's frame-title).
 * The titles are added to the script's own markup; a script whose markup changed is left as it is
 * (test/e2e/accessibility.test.ts then fails).
 */
export function withTitledFrames(js: string): string {
  return js
    .replace(/("iframe",\{class:[\w$.]+,src:"\?view=next")\}/, '$1,title:"Next slide"}')
    .replace(
      /const ([\w$]+)=document\.createElement\("iframe"\);/,
      'const $1=document.createElement("iframe");$1.title="Slide overview";',
    );
}
