import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { safeSource } from '../../src/parse/safeSource.js';

// What safeSource tells the author, message by message, and what it leaves alone: every fixture is
// built inside its test, so a mutant runs only the tests that reach it.
const FILE = '/home/ann/notes/kubecon.md';
const REMOTE = (url: string) => `Remote image \`${url}\` is not loaded in HTML and PDF (--allow-remote loads it)`;

function safe(text: string, options: { allowLocalFiles?: boolean; allowRemote?: boolean } = {}) {
  return safeSource(text, parseMarkdown(text), parseMarkdown, { file: FILE, ...options });
}

describe('safeSource warnings', () => {
  it('warns of remote images, inline and by reference, in line order after the removals, unless they will be loaded', () => {
    const text = '![a](https://x.org/a.png)\n\n[c](javascript:x)\n\n![b][r]\n\n[r]: https://x.org/b.png\n';
    const result = safe(text);
    expect(result.text).toBe('![a](https://x.org/a.png)\n\nc\n\n![b][r]\n\n[r]: https://x.org/b.png\n');
    expect(result.repairs).toEqual([
      { line: 1, message: REMOTE('https://x.org/a.png') },
      { line: 3, message: 'Removed a `javascript:x` link, kept its text' },
      { line: 5, message: REMOTE('https://x.org/b.png') },
    ]);
    expect(safe(text, { allowRemote: true }).repairs).toEqual([
      { line: 3, message: 'Removed a `javascript:x` link, kept its text' },
    ]);
  });

  it('takes the first of two definitions with one label, as Markdown does', () => {
    expect(safe('![r][r]\n\n[r]: https://x.org/1.png\n[r]: img/a.png\n').repairs).toEqual([
      { line: 1, message: REMOTE('https://x.org/1.png') },
    ]);
    expect(safe('![r][r]\n\n[r]: img/a.png\n[r]: https://x.org/1.png\n').repairs).toEqual([]);
  });

  it('says nothing of local images inside the folder, links, or images it rewrites', () => {
    expect(safe('[w](https://x.org) ![i](img/a.png) ![d](data:image/png;base64,iVBOR)\n').repairs).toEqual([]);
  });

  it('gathers the inline HTML of a line into one warning, in the order written, each tag once', () => {
    // (A lone `<i>` with no partner would be an element named in prose, kept as text: elementMentions.test.ts.)
    const result = safe('a <b>x</b> <b>y</b> <i>w</i>\n<span\nclass="x">z</span>\n');
    expect(result.text).toBe('a x y w\n\nz\n');
    expect(result.repairs).toEqual([
      { line: 1, message: 'Removed inline HTML `<b>`, `</b>`, `<i>`, `</i>`' },
      { line: 2, message: 'Removed inline HTML `<span class="x">`' },
      { line: 3, message: 'Removed inline HTML `</span>`' },
    ]);
  });

  it('names each removed link, link target and image with its own message', () => {
    const result = safe('![x](data:text/html,x) ![y](../y.png)\n\n[Bad]: javascript:x\n');
    expect(result.text).toBe('x y\n\n[Bad]: <>\n');
    expect(result.repairs).toEqual([
      { line: 1, message: 'Removed image `data:text/html,x`, kept its alt text' },
      {
        line: 1,
        message: "Removed image `../y.png`: it is outside the notes file's folder (--allow-local-files includes it)",
      },
      { line: 3, message: 'Removed a `javascript:x` link target' },
    ]);
  });

  it('shortens a long address to 40 characters, spaces folded and trimmed', () => {
    const forty = `javascript:${'b'.repeat(29)}`;
    expect(safe(`[a](${forty})\n`).repairs[0]!.message).toBe(`Removed a \`${forty}\` link, kept its text`);
    expect(safe(`[a](${forty}c)\n`).repairs[0]!.message).toBe(
      `Removed a \`${forty.slice(0, 37)}...\` link, kept its text`,
    );
    expect(safe('[a](<javascript:a  \tb>)\n').repairs[0]!.message).toBe(
      'Removed a `javascript:a b` link, kept its text',
    );
    expect(safe('[a](< javascript:x >)\n').repairs[0]!.message).toBe('Removed a `javascript:x` link, kept its text');
  });
});

describe('safeSource rewrites', () => {
  it('leaves block HTML for the speaker notes, at the top, in lists, quotes and footnotes', () => {
    const text = '<div>x</div>\n\n- <div>y</div>\n\n> <div>z</div>\n\n[^1]: <div>w</div>\n';
    expect(safe(text)).toMatchObject({ text, repairs: [] });
  });

  it('unwraps an unsafe link whole, then removes the HTML in its text', () => {
    const result = safe('[a <b>x</b>](javascript:y)\n');
    expect(result.text).toBe('a x\n');
    expect(result.repairs).toEqual([
      { line: 1, message: 'Removed a `javascript:y` link, kept its text' },
      { line: 1, message: 'Removed inline HTML `<b>`, `</b>`' },
    ]);
  });

  it('turns an unsafe link with no text into nothing', () => {
    expect(safe('a [](javascript:x) b\n').text).toBe('a  b\n');
  });

  it('keeps an image alt text as plain text on one line, Markdown escaped', () => {
    expect(safe('![a*b_c\n\t [d]](javascript:x)\n').text).toBe('a\\*b\\_c \\[d\\]\n\n');
    expect(safe('![a \n b](javascript:x)\n').text).toBe('a b\n\n');
  });

  it('keeps a scheme-relative definition label as written, without a warning', () => {
    expect(safe('[Ref]: //host/x\n[Bad]: javascript:x\n')).toMatchObject({
      text: '[Ref]: <https://host/x>\n[Bad]: <>\n',
      repairs: [{ line: 2 }],
    });
    expect(safe('[s](//host/s)\n').repairs).toEqual([]);
  });

  it('points local images, inline and by reference, at their file, keeping an inline title', () => {
    const result = safe('![p](img/a.png "say \\"hi\\"") ![q][i]\n\n[i]: img/b.png "T"\n');
    expect(result.text).toBe(
      '![p](<file:///home/ann/notes/img/a.png> "say \\"hi\\"") ![q](<file:///home/ann/notes/img/b.png>)\n\n[i]: img/b.png "T"\n',
    );
  });

  it('leaves remote images alone, inline and by reference', () => {
    const text = '![a](https://x.org/a.png) ![b][r]\n\n[r]: https://x.org/b.png\n';
    expect(safe(text).text).toBe(text);
  });

  it('edits only nodes that come from the text: one a plugin added has no place in it', () => {
    const text = 'a\n';
    const tree: Root = parseMarkdown(text);
    tree.children.push({
      type: 'paragraph',
      children: [{ type: 'link', url: 'javascript:x', children: [{ type: 'text', value: 'x' }] }],
    });
    expect(safeSource(text, tree, parseMarkdown, { file: FILE, allowRemote: true })).toMatchObject({
      text,
      repairs: [],
    });
  });
});
