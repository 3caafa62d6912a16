// The page side of the links between decks; pdfLinks.ts turns them back in the finished PDF. Apart
// from it, so that every build can load this without pdf-lib, which only a build that makes a PDF loads.
/**
 * Links between decks in the PDFs. Chromium prints a relative link against the page's own address
 * (about:blank), which makes it useless, and an `#N` link only within one printed document (a deck
 * printed in parts, or with pages kept from an earlier PDF, has several). So the printed page
 * carries them as absolute addresses under this base, and the finished PDF turns them back: a
 * relative URI (the folder can be zipped and shared) or a jump to page N.
 */
export const LINK_BASE = 'https://recapdeck.invalid/link';

/** Links recapdeck writes between decks and to slides, in a slide's HTML: `#N`, `sessions/….html`, `../recap.html`. */
const DECK_LINK = /href="(#\d+|(?:\.\.\/recap|sessions\/[^"\s/]+)\.html)"/g;

/** A slide's HTML as printed: deck links point at the PDFs, through LINK_BASE. */
export function printedLinks(slideHtml: string): string {
  return slideHtml.replace(DECK_LINK, (_, target: string) => {
    const query = target.startsWith('#')
      ? `page=${target.slice(1)}`
      : `to=${encodeURIComponent(target.replace(/\.html$/, '.pdf'))}`;
    return `href="${LINK_BASE}?${query}"`;
  });
}
