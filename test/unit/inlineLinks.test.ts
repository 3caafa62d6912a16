import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { inlineSource, notesSource } from '../../src/model/inlineLinks.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** The first paragraph of `text`, made to stand on its own. */
function inlined(text: string): string {
  const notes = parseNotes(text, 'notes.md');
  const paragraph = notes.tree.children.find((node): node is Paragraph => node.type === 'paragraph')!;
  return inlineSource(paragraph, notesSource(notes.source, notes.tree));
}

describe('inlineSource: a paragraph as written, standing on its own', () => {
  it('gives reference links and images their URL and title inline, the first definition winning', () => {
    expect(
      inlined(
        'See [the *docs*][d] and ![a \\] chart][c] or [d].\n\n[d]: https://x.org/docs "The \\"docs\\""\n[c]: https://x.org/c.png\n[d]: https://x.org/other\n',
      ),
    ).toBe(
      'See [the *docs*](<https://x.org/docs> "The \\"docs\\"") and ![a \\] chart](<https://x.org/c.png>) or [d](<https://x.org/docs> "The \\"docs\\"").',
    );
  });

  it('leaves a reference with no definition as written', () => {
    expect(inlined('See [the docs][nowhere] here.')).toBe('See [the docs][nowhere] here.');
  });

  it('makes links of bare URLs and repository paths, not of links, autolinks or e-mail addresses', () => {
    expect(inlined('Go to https://x.org/a, www.x.org and github.com/owner/repo.')).toBe(
      'Go to [https://x.org/a](https://x.org/a), [www.x.org](http://www.x.org) and [github.com/owner/repo](https://github.com/owner/repo).',
    );
    expect(inlined('A [link](https://x.org), <https://x.org/b> and ann@x.org.')).toBe(
      'A [link](https://x.org), <https://x.org/b> and ann@x.org.',
    );
    expect(inlined('Code `github.com/owner/repo` and gitlab.com/a/b-c.')).toBe(
      'Code `github.com/owner/repo` and [gitlab.com/a/b-c](https://gitlab.com/a/b-c).',
    );
  });

  it('leaves repository paths that are part of something else', () => {
    expect(inlined('At x.github.com/owner/repo or @github.com/owner/repo or github.com/owner/ here.')).toBe(
      'At x.github.com/owner/repo or @github.com/owner/repo or github.com/owner/ here.',
    );
  });

  it('is empty for a node with no position', () => {
    const notes = parseNotes('Text.', 'notes.md');
    expect(inlineSource({ type: 'paragraph', children: [] } as Paragraph, notesSource(notes.source, notes.tree))).toBe(
      '',
    );
  });

  it('leaves the text of a link, and the label of a reference link, as written', () => {
    expect(inlined('See [github.com/a/b](https://x.org) and [gitlab.com/c/d][d].\n\n[d]: https://x.org/d\n')).toBe(
      'See [github.com/a/b](https://x.org) and [gitlab.com/c/d](<https://x.org/d>).',
    );
  });

  it('leaves a reference whose definition the source does not hold as written', () => {
    const notes = parseNotes('See [the docs][d].\n\n[d]: https://x.org\n', 'notes.md');
    const paragraph = notes.tree.children[0] as Paragraph;
    expect(inlineSource(paragraph, { text: notes.source, definitions: new Map(), referenced: new Set() })).toBe(
      'See [the docs][d].',
    );
  });

  it('is empty for a node, and skips a child, whose position lacks an offset at either end', () => {
    // Repository paths before and after the paragraph: a child read past its ends would find them.
    const text = 'github.com/a/b, then Text, then gitlab.com/c/d.';
    const source = notesSource(text, parseNotes(text, 'notes.md').tree);
    const at = text.indexOf('Text');
    const point = (offset?: number) => ({ line: 1, column: 1, ...(offset === undefined ? {} : { offset }) });
    const node = (start?: number, end?: number, children: Paragraph['children'] = []): Paragraph => ({
      type: 'paragraph',
      children,
      position: { start: point(start), end: point(end) },
    });
    expect(inlineSource(node(at, undefined), source)).toBe('');
    expect(inlineSource(node(undefined, at + 4), source)).toBe('');
    // A child made by a plugin: no position, or one end only.
    for (const child of [
      { type: 'text' as const, value: 'Text' },
      { ...node(at, undefined), type: 'text' as const, value: 'Text', children: undefined },
      { ...node(undefined, at + 4), type: 'text' as const, value: 'Text', children: undefined },
    ])
      expect(inlineSource(node(at, at + 4, [child as Paragraph['children'][number]]), source)).toBe('Text');
  });
});
