import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { levelReading } from '../../src/model/reading/levelReading.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

function read(text: string) {
  const notes = parseNotes(text, 'notes.md');
  const reading = levelReading(notes.tree.children, notes.source, { days: null, talks: 3 });
  return {
    intro: reading.intro.map((node) => toString(node)),
    groups: reading.days.flatMap((day) => day.talks.map((talk) => talk.group)),
  };
}

describe('levelReading: a heading above the talks becomes their group', () => {
  it('is not shown again as content when its group label holds every word', () => {
    expect(read('## Morning Track\n\n### First Talk\n\n### Second Talk\n')).toEqual({
      intro: [],
      groups: ['Morning Track', 'Morning Track'],
    });
  });

  it('stays as written when its label drops words, such as a link target (corpus 110)', () => {
    const text = '## Off the tracks, [Jane Roe](https://example.org/jroe)\n\n### Topics\n\n### Techniques\n';
    expect(read(text)).toEqual({
      intro: ['Off the tracks, Jane Roe'],
      groups: ['Off the tracks, Jane Roe', 'Off the tracks, Jane Roe'],
    });
  });
});
