import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { tooManyEmphasisMarkers } from '../../src/parse/emphasisMarkers.js';
import { MAX_LINES, tooManyLines } from '../../src/parse/lineCount.js';
import { tooDeeplyNested } from '../../src/parse/nestingDepth.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { safeSource } from '../../src/parse/safeSource.js';
import { imageTarget, isSafeLink, remoteOfSchemeRelative } from '../../src/parse/urlPolicy.js';

const FILE = '/home/ann/notes/kubecon.md';

describe('isSafeLink', () => {
  it('allows web, mail and relative links', () => {
    for (const url of ['https://x.org', 'HTTP://x.org', 'mailto:a@b.c', 'tel:+1', '#top', 'other.md', '/path'])
      expect(isSafeLink(url), url).toBe(true);
  });

  it('takes scheme-relative links for what they are: remote, not relative (from disk, file://host/share)', () => {
    for (const url of ['//host/share', '\\\\host\\share', '/\\host', ' //host', '/\t/host'])
      expect(isSafeLink(url), JSON.stringify(url)).toBe(false);
    expect(remoteOfSchemeRelative('//host/share')).toBe('https://host/share');
    expect(remoteOfSchemeRelative('\\\\host\\share')).toBe('https://host\\share');
    expect(remoteOfSchemeRelative('///host/<x>')).toBe('https://host/%3Cx%3E');
    expect(remoteOfSchemeRelative('/path')).toBeNull();
    expect(remoteOfSchemeRelative('https://host/')).toBeNull();
  });

  it('refuses script, data and file links however they are written', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:x',
      '\u0000javascript:x',
      'vbscript:msgbox(1)',
      'data:text/html,<script>',
      'file:///etc/passwd',
      'chrome://settings',
    ]) {
      expect(isSafeLink(url), JSON.stringify(url)).toBe(false);
    }
  });
});

describe('imageTarget', () => {
  it('resolves relative paths against the notes folder, and tells inside from outside', () => {
    expect(imageTarget('img/a.png', FILE)).toEqual({
      kind: 'local',
      url: 'file:///home/ann/notes/img/a.png',
      path: '/home/ann/notes/img/a.png',
      inside: true,
    });
    expect(imageTarget('img/my%20pic.png?raw=1', FILE)).toMatchObject({
      kind: 'local',
      path: '/home/ann/notes/img/my pic.png',
      inside: true,
    });
    for (const url of [
      '../secret.png',
      '/etc/passwd',
      'file:///etc/passwd',
      'img/../../x.png',
      '%2e%2e/%2e%2e/etc/hosts',
    ])
      expect(imageTarget(url, FILE), url).toMatchObject({ kind: 'local', inside: false });
  });

  it('keeps remote and inline images, and refuses every other scheme', () => {
    expect(imageTarget('https://x.org/a.png', FILE)).toEqual({ kind: 'remote', url: 'https://x.org/a.png' });
    expect(imageTarget('data:image/png;base64,iVBOR', FILE)).toMatchObject({ kind: 'inline' });
    for (const url of ['data:text/html,x', 'javascript:alert(1)', 'C:\\Windows\\x.png', 'img/a\u0000.png'])
      expect(imageTarget(url, FILE).kind, url).toBe('unsafe');
  });
});

describe('safeSource', () => {
  const safe = (text: string, allowLocalFiles = false) =>
    safeSource(text, parseMarkdown(text), parseMarkdown, { file: FILE, allowLocalFiles });

  it('writes scheme-relative links and link definitions as https links', () => {
    const text = '- a [share](//host/share "t") and [ref][r]\n\n[r]: //files/team\n';
    expect(safe(text).text).toBe('- a [share](<https://host/share>) and [ref][r]\n\n[r]: <https://files/team>\n');
  });

  it('keeps every line where it was, so warnings and positions stay true', () => {
    const text = 'a <span\nclass="x">b</span>\n\n[c](javascript:x)\n\n![d](/etc/passwd)\n';
    const result = safe(text);
    expect(result.text.split('\n')).toHaveLength(text.split('\n').length);
    expect(result.text).toBe('a \nb\n\nc\n\nd\n');
    expect(result.repairs.map((repair) => repair.line)).toEqual([1, 2, 4, 6]);
  });

  it('unwraps a safe-looking image inside an unsafe link, and the other way round', () => {
    expect(safe('[![pic](img/a.png)](javascript:x)\n').text).toBe('![pic](<file:///home/ann/notes/img/a.png>)\n');
    expect(safe('[![pic](/etc/passwd)](https://x.org)\n').text).toBe('[pic](https://x.org)\n');
  });

  it('refuses notes that hide an unsafe part deeper than it peels, rather than leave it in', () => {
    let nested = '![x](/etc/passwd)';
    for (let depth = 0; depth < 8; depth++) nested = `[${nested}](javascript:a${depth})`;
    expect(() => safe(`# T\n\n${nested}\n`)).toThrow(
      expect.objectContaining({
        kind: 'input',
        line: 3,
        message: 'Cannot make these links and images safe, expected them nested a few deep at most',
      }),
    );
  });

  it('keeps local images anywhere with allowLocalFiles, and leaves code alone', () => {
    expect(safe('![p](/srv/pics/p.png)\n', true).text).toBe('![p](<file:///srv/pics/p.png>)\n');
    const code = '`[x](javascript:y)` and\n\n```\n<script>z</script>\n```\n';
    expect(safe(code).text).toBe(code);
  });

  it('treats reference definitions like links, and images by reference like images', () => {
    const result = safe('[a][r] ![b][i]\n\n[r]: javascript:x\n[i]: ../../secret.png\n');
    expect(result.text).toBe('[a][r] b\n\n[r]: <>\n[i]: ../../secret.png\n');
  });

  it('sanitises front matter strings that become slide titles', () => {
    const notes = parseNotes('---\ntitle: "Conf <img src=x onerror=alert(1)> [x](javascript:y)"\n---\n# Body\n', FILE);
    expect(notes.frontMatter.title).toBe('Conf  x');
  });
});

describe('tooManyLines', () => {
  it('counts lines without a newline at the end, and from the second line on', () => {
    expect(tooManyLines('a\nb')).toBeNull();
    expect(tooManyLines('a')).toBeNull();
    expect(tooManyLines(`a\n${'b\n'.repeat(MAX_LINES)}`)).toBe(MAX_LINES + 1);
    expect(tooManyLines('b\n'.repeat(MAX_LINES))).toBeNull();
  });
});

describe('tooDeeplyNested', () => {
  it('finds lines that open over 100 lists or quotes, but not long rules', () => {
    expect(tooDeeplyNested(`# T\n\n${'- '.repeat(101)}a\n`)).toEqual({ line: 3, depth: 101 });
    expect(tooDeeplyNested(`${'> '.repeat(50)}${'1. '.repeat(51)}a\n`)).toEqual({ line: 1, depth: 101 });
    expect(tooDeeplyNested(`${'- '.repeat(100)}a\n${'* '.repeat(300)}\n${'-'.repeat(500)}\n`)).toBeNull();
  });

  it('counts every kind of list marker, after spaces or tabs, and the line it is on', () => {
    expect(tooDeeplyNested(`a\n${'+ '.repeat(101)}`)).toEqual({ line: 2, depth: 101 });
    expect(tooDeeplyNested(`${'*\t'.repeat(60)}${'9) '.repeat(41)}x`)).toEqual({ line: 1, depth: 101 });
    expect(tooDeeplyNested(`${'>'.repeat(101)}x`)).toEqual({ line: 1, depth: 101 });
    expect(tooDeeplyNested(`${'123456789. '.repeat(101)}x`)).toEqual({ line: 1, depth: 101 });
    // Ten digits make no list item: the markers stop before them.
    expect(tooDeeplyNested(`${'- '.repeat(100)}1234567890. ${'- '.repeat(5)}x`)).toBeNull();
    // A dash not followed by a space is text, and ends the markers.
    expect(tooDeeplyNested(`${'- '.repeat(100)}-x ${'- '.repeat(5)}`)).toBeNull();
    expect(tooDeeplyNested(`${'- '.repeat(100)}+`)).toEqual({ line: 1, depth: 101 });
  });

  it('skips only true rules: one marker character repeated, indented at most three spaces', () => {
    expect(tooDeeplyNested(`   ${'- '.repeat(101)}`)).toBeNull();
    expect(tooDeeplyNested(`${'*\t'.repeat(101)}  `)).toBeNull();
    expect(tooDeeplyNested(`    ${'- '.repeat(101)}`)).toEqual({ line: 1, depth: 101 });
    expect(tooDeeplyNested(`${'- * '.repeat(51)}`)).toEqual({ line: 1, depth: 102 });
    expect(tooDeeplyNested(`${'- '.repeat(101)}x`)).toEqual({ line: 1, depth: 101 });
    expect(tooDeeplyNested(`${'- '.repeat(101)}--`)).toBeNull();
  });

  it('counts markers only from the start of the line, a number ending it too', () => {
    expect(tooDeeplyNested(`x ${'- '.repeat(101)}`)).toBeNull();
    expect(tooDeeplyNested(`${'- '.repeat(100)}1.`)).toEqual({ line: 1, depth: 101 });
  });
});

describe('tooManyEmphasisMarkers', () => {
  it('finds the paragraph with over 2000 marker runs, its first line, across lines', () => {
    expect(tooManyEmphasisMarkers(`# T\n\n${'a**b'.repeat(2001)}\n`)).toEqual({ line: 3, runs: 2001 });
    expect(tooManyEmphasisMarkers(`# T\n\nfirst\n${'_a_\n'.repeat(1001)}`)).toEqual({ line: 3, runs: 2002 });
  });

  it('counts each list item, heading and paragraph on its own, and skips code fences', () => {
    const items = '- **bold** point\n'.repeat(1500);
    expect(tooManyEmphasisMarkers(items)).toBeNull();
    expect(tooManyEmphasisMarkers(`${'a**b '.repeat(1500)}\n\n${'a**b '.repeat(1500)}\n`)).toBeNull();
    expect(tooManyEmphasisMarkers(`\`\`\`c\n${'*p = *q;\n'.repeat(3000)}\`\`\`\n`)).toBeNull();
  });

  it('refuses from 2001 runs, not counting the marker that opens a list item', () => {
    expect(tooManyEmphasisMarkers(`${'a*'.repeat(2000)}\n`)).toBeNull();
    expect(tooManyEmphasisMarkers(`* ${'a*'.repeat(2000)}\n`)).toBeNull();
    expect(tooManyEmphasisMarkers(`x\n\n* ${'a*'.repeat(2001)}\n`)).toEqual({ line: 3, runs: 2001 });
    expect(tooManyEmphasisMarkers(`p\n# ${'a_'.repeat(2001)}\n`)).toEqual({ line: 2, runs: 2001 });
    expect(tooManyEmphasisMarkers(`p\n> ${'a_'.repeat(2001)}\n`)).toEqual({ line: 2, runs: 2001 });
    expect(tooManyEmphasisMarkers(`p\n12) ${'a_'.repeat(2001)}\n`)).toEqual({ line: 2, runs: 2001 });
    // A line of spaces ends a paragraph too.
    expect(tooManyEmphasisMarkers(`${'a*'.repeat(1500)}\n \t\n${'a*'.repeat(1500)}\n`)).toBeNull();
  });

  it('resets at headings (empty ones too) and list items only where a line starts', () => {
    const many = 'a*'.repeat(1500);
    expect(tooManyEmphasisMarkers(`${many}\n## ${'a*'.repeat(600)}\n`)).toBeNull();
    expect(tooManyEmphasisMarkers(`${many}\n#\n${'a*'.repeat(600)}\n`)).toBeNull();
    expect(tooManyEmphasisMarkers(`${many}\nx- ${'a*'.repeat(600)}\n`)).toEqual({ line: 1, runs: 2100 });
    // A run of underscores is one run.
    expect(tooManyEmphasisMarkers(`${'a__'.repeat(2000)}\n`)).toBeNull();
  });

  it('ends a fence only with its own character, at least as many', () => {
    const stars = `${'a*'.repeat(2001)}\n`;
    expect(tooManyEmphasisMarkers(`\`\`\`\ncode\n\`\`\`\n\n${stars}`)).toEqual({ line: 5, runs: 2001 });
    expect(tooManyEmphasisMarkers(`~x\n${stars}`)).toEqual({ line: 1, runs: 2001 });
    expect(tooManyEmphasisMarkers(`\`\`\`\`\n\`\`\`\n${stars}`)).toBeNull();
    expect(tooManyEmphasisMarkers(`~~~\n\`\`\`\n${stars}`)).toBeNull();
    expect(tooManyEmphasisMarkers(`~~~\n~~~~\n\n${stars}`)).toEqual({ line: 4, runs: 2001 });
    expect(tooManyEmphasisMarkers(`   \`\`\`\n${stars}`)).toBeNull();
    // Indented four spaces, a fence is text: the paragraph's markers count from it.
    expect(tooManyEmphasisMarkers(`    \`\`\`\n${stars}`)).toEqual({ line: 1, runs: 2001 });
    // A fence's own markers do not count toward the paragraph after it.
    expect(tooManyEmphasisMarkers(`${'a*'.repeat(1000)}\n\`\`\`\ncode\n\`\`\`\n${'a*'.repeat(1500)}\n`)).toBeNull();
  });
});
