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
});
