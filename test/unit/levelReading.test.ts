import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { levelReading } from '../../src/model/reading/levelReading.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

const words = (nodes: RootContent[]) => nodes.map((node) => toString(node));

function readAt(text: string, ranks: { days: number | null; talks: number }) {
  const notes = parseNotes(text, 'notes.md');
  const reading = levelReading(notes.tree.children, notes.source, ranks);
  return {
    intro: words(reading.intro),
    left: reading.left,
    days: reading.days.map((day) => ({
      heading: day.heading,
      text: day.text,
      line: day.line,
      intro: words(day.intro),
      talks: day.talks.map((talk) => [talk.heading, talk.text, talk.line, talk.group, words(talk.body)]),
    })),
  };
}

describe('levelReading: every heading of one rank a talk, of another a day', () => {
  it('puts talks in their days, deeper headings in the talk, and what comes before in the intro', () => {
    const text =
      'Before it all.\n\n## Day *One* \n\nMorning.\n\n### First Talk\n\nPoint.\n\n#### Aside\n\nMore.\n\n## Day Two\n\n### Second Talk\n';
    expect(readAt(text, { days: 2, talks: 3 })).toEqual({
      intro: ['Before it all.'],
      left: [],
      days: [
        {
          heading: 'Day *One*',
          text: 'Day One',
          line: 3,
          intro: ['Morning.'],
          talks: [['First Talk', 'First Talk', 7, null, ['Point.', 'Aside', 'More.']]],
        },
        {
          heading: 'Day Two',
          text: 'Day Two',
          line: 15,
          intro: [],
          talks: [['Second Talk', 'Second Talk', 17, null, []]],
        },
      ],
    });
  });

  it('opens a day with no heading for talks before any day', () => {
    expect(readAt('Intro.\n\n## Talk\n\nPoint.\n', { days: null, talks: 2 })).toEqual({
      intro: ['Intro.'],
      left: [],
      days: [{ heading: null, text: null, line: null, intro: [], talks: [['Talk', 'Talk', 3, null, ['Point.']]] }],
    });
  });

  it('ends a talk at a shallower heading, which groups the talks after it and leaves the content once', () => {
    const text =
      '# Conf\n\n## Day 1\n\n### Morning Keynotes\n\n#### Keynote A\n\nA.\n\n#### Keynote B\n\n### Lunch\n\nFood.\n\n## Day 2\n\n#### Keynote C\n';
    expect(readAt(text, { days: 2, talks: 4 })).toEqual({
      intro: ['Conf'],
      left: ['Conf', 'Morning Keynotes', 'Lunch'],
      days: [
        {
          heading: 'Day 1',
          text: 'Day 1',
          line: 3,
          intro: ['Lunch', 'Food.'],
          talks: [
            ['Keynote A', 'Keynote A', 7, 'Morning Keynotes', ['A.']],
            ['Keynote B', 'Keynote B', 11, 'Morning Keynotes', []],
          ],
        },
        // A day ends the group: the talks of the next day have none.
        { heading: 'Day 2', text: 'Day 2', line: 17, intro: [], talks: [['Keynote C', 'Keynote C', 19, null, []]] },
      ],
    });
  });

  it('takes a group heading out of the conference intro when no day is open', () => {
    expect(readAt('Intro.\n\n# Workshops\n\n## Workshop A\n\n## Workshop B\n', { days: null, talks: 2 })).toEqual({
      intro: ['Intro.'],
      left: ['Workshops'],
      days: [
        {
          heading: null,
          text: null,
          line: null,
          intro: [],
          talks: [
            ['Workshop A', 'Workshop A', 5, 'Workshops', []],
            ['Workshop B', 'Workshop B', 7, 'Workshops', []],
          ],
        },
      ],
    });
  });
});
