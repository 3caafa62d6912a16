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

  it('keep their link in the recap deck', () => {
    const deck = decksMarkdown(
      '# Conf\n\n## [The Grammar of Code][g] (Jane Roe)\n\n- point\n\n## Other Talk\n\n- x\n\n[g]: https://example.org/grammar\n',
      'notes.md',
    );
    expect(deck).toContain('(<https://example.org/grammar>)');
  });
});
