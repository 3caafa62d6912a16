import { describe, expect, it } from 'vitest';
import { buildConference } from '../../../src/model/buildConference.js';
import { orderedItemChildren } from '../../../src/parse/dialects/orderedItemChildren.js';
import { parseNotes } from '../../../src/parse/parseNotes.js';
import { normalize } from './normalize.js';

describe('bullets under an ordered item, indented less than it needs', () => {
  it('are shifted under the item, deeper ones with them', () => {
    expect(
      normalize(orderedItemChildren, '1. Headers\n  - one\n    - deeper\n10. Redirects\n  - two\nAfter').text,
    ).toBe('1. Headers\n   - one\n     - deeper\n10. Redirects\n    - two\nAfter');
  });

  it('leave well-indented children, bullets after a blank at the margin and other text alone', () => {
    const text = '1. Headers\n   - one\n\n- not a child\n  - nested bullet\n\n    code';
    expect(normalize(orderedItemChildren, text).text).toBe(text);
  });

  it('are shifted across a blank or spaces-only line, to the column after wide spacing, numbered ones too', () => {
    expect(normalize(orderedItemChildren, '1. a\n\n  - child').text).toBe('1. a\n\n   - child');
    expect(normalize(orderedItemChildren, '1. a\n  \n  - child').text).toBe('1. a\n  \n   - child');
    expect(normalize(orderedItemChildren, '1.  Two spaces\n  - child').text).toBe('1.  Two spaces\n    - child');
    expect(normalize(orderedItemChildren, '1. Steps\n  1. first\n  2. second').text).toBe(
      '1. Steps\n   1. first\n   2. second',
    );
  });

  it('leave lines under a number in running text alone', () => {
    const text = 'Step 2. Install\n  - npm';
    expect(normalize(orderedItemChildren, text).text).toBe(text);
  });

  it('keep one numbered list with its children in the model', () => {
    const notes = '## Talk\n\n1. Headers\n  - one\n2. Redirects\n  - two\n  - three\n';
    const blocks = buildConference(parseNotes(notes, 'notes.md')).days[0]!.sessions[0]!.blocks;
    expect(
      blocks.map((block) =>
        block.kind === 'list'
          ? [block.ordered, block.items.map((item) => [item.markdown, item.children.length])]
          : block.kind,
      ),
    ).toEqual([
      [
        true,
        [
          ['Headers', 1],
          ['Redirects', 2],
        ],
      ],
    ]);
  });
});
