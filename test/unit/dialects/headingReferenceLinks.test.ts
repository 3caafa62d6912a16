import type { LinkReference } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { inlineHeadingReferences } from '../../../src/parse/dialects/headingReferenceLinks.js';
import { parseMarkdown } from '../../../src/parse/markdown.js';
import { decksMarkdown } from '../../support/noteWords.js';

const inline = (text: string) => inlineHeadingReferences(text, parseMarkdown(text), parseMarkdown).text;

describe('reference links in headings', () => {
  it('are written inline, with their title; links elsewhere and undefined references stay', () => {
    const text =
      '## [The Grammar][g] (Jane Roe)\n\nSee [the Grammar][g] and [nothing][none].\n\n## [Other][]\n\n[g]: https://example.org/g "Slides"\n[other]: https://example.org/o\n';
    expect(inline(text)).toBe(
      '## [The Grammar](<https://example.org/g> "Slides") (Jane Roe)\n\nSee [the Grammar][g] and [nothing][none].\n\n## [Other](<https://example.org/o>)\n\n[g]: https://example.org/g "Slides"\n[other]: https://example.org/o\n',
    );
  });

  it('take the first of two definitions, escape quotes in the title, and leave undefined or empty ones', () => {
    expect(inline('## [Talk][g]\n\n[g]: https://a.example \'Say "hi"\'\n[g]: https://b.example\n')).toBe(
      '## [Talk](<https://a.example> "Say \\"hi\\"")\n\n[g]: https://a.example \'Say "hi"\'\n[g]: https://b.example\n',
    );
    for (const text of ['## [Missing][none]\n', '## [][g]\n\n[g]: https://a.example\n'])
      expect(inline(text)).toBe(text);
  });

  it('are left as written when a plugin gave the link or its text no position or offsets', () => {
    const text = '## [A *b* c][g]\n\n[g]: https://a.example\n';
    const strips: ((link: LinkReference) => void)[] = [
      (link) => delete link.position,
      (link) => delete link.position!.start.offset,
      (link) => delete link.position!.end.offset,
      (link) => delete link.children[0]!.position,
      (link) => delete link.children[0]!.position!.start.offset,
      (link) => delete link.children.at(-1)!.position,
      (link) => delete link.children.at(-1)!.position!.end.offset,
    ];
    for (const strip of strips) {
      const tree = parseMarkdown(text);
      visit(tree, 'linkReference', (link) => strip(link));
      expect(inlineHeadingReferences(text, tree, parseMarkdown).text).toBe(text);
    }
  });

  it('keep their link in the recap deck', () => {
    const deck = decksMarkdown(
      '# Conf\n\n## [The Grammar of Code][g] (Jane Roe)\n\n- point\n\n## Other Talk\n\n- x\n\n[g]: https://example.org/grammar\n',
      'notes.md',
    );
    expect(deck).toContain('(<https://example.org/grammar>)');
  });
});
