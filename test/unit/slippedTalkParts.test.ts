import { describe, expect, it } from 'vitest';
import { inferStructure } from '../../src/model/inferStructure.js';
import { buildOutline } from '../../src/model/outline.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

/** The notes' days as "day: talk, talk". */
function days(text: string): string[] {
  const structure = inferStructure(buildOutline(parseMarkdown(text).children, text).sections);
  return structure.days.map((day) => `${day.text ?? '(no day)'}: ${day.talks.map((talk) => talk.text).join(', ')}`);
}

describe('a talk whose heading level slipped to its day’s: its sub-sections', () => {
  it('are its parts when they do not read as talks (a day heading with no sub-sections, H2 talks after it)', () => {
    const text =
      '## Conf Day Two\n## Opening the Hash - Jane Roe\n### Why it broke\nNotes.\n### Slides\n' +
      '## Heaps of Memory by John Doe\n### Compiling\n### Marking\n### Video\n';
    expect(days(text)).toEqual(['Conf Day Two: Opening the Hash - Jane Roe, Heaps of Memory by John Doe']);
  });

  it('are its parts in other languages and with other separators', () => {
    const text =
      '## Jour 2\n## Les types en pratique par Marie Curie\n### Pourquoi\n### Démo\n' +
      '## 2日目\n## 型の話 - 山田太郎氏\n### 背景\n### まとめの前に\n';
    expect(days(text)).toEqual(['Jour 2: Les types en pratique par Marie Curie', '2日目: 型の話 - 山田太郎氏']);
  });

  it('are talks of the day when half of them or more read as talks', () => {
    // One of two says so: half is enough.
    expect(days('## Day 1\n### A. First\n## C. Third\n### D. Fourth\n### Notes\n')).toEqual([
      'Day 1: A. First, C. Third, D. Fourth, Notes',
    ]);
    // One of three is not.
    expect(days('## Day 1\n### A. First\n## C. Third\n### D. Fourth\n### Notes\n### Slides\n')).toEqual([
      'Day 1: A. First, C. Third',
    ]);
    // A sub-section that gathers talks counts as one that reads as a talk.
    expect(days('## Day 1\n### A. First\n## C. Third\n### Keynotes\n#### Talk 1: Alpha\n')).toEqual([
      'Day 1: A. First, C. Third, Talk 1: Alpha',
    ]);
  });

  it('is only its own talk when it has no sub-sections', () => {
    expect(days('## Day 1\n### A. First\n## C. Third\nNotes.\n')).toEqual(['Day 1: A. First, C. Third']);
  });
});
