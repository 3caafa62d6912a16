import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { MIN_DAY_LIST_ITEMS, MIN_LIST_DAYS } from '../../src/model/inferStructure.js';
import { MIN_LISTED_DAYS, SIBLING_TALK_SHARE } from '../../src/model/reading/expandListTalks.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** Days with their talks, and the asides, as the model reads the notes. */
function read(text: string) {
  const conference = buildConference(parseNotes(text, 'notes.md'));
  return {
    days: conference.days.map((day) => [day.title, day.sessions.map((session) => session.title)]),
    asides: conference.extras.map((extra) => extra.title),
  };
}

/** A slide deck: one slide per heading, `----` between them. */
const slides = (...parts: string[]) => parts.join('\n\n----\n\n');
const talks = (...titles: string[]) => titles.map((title) => `  * "${title}" by J. Roe`).join('\n');

describe('a slide deck of days whose talks are list items, with slides of other things around them', () => {
  it('reads the other slides as asides, not talks (Polish, English, French days)', () => {
    const polish = slides(
      '# O czym jest ta prezentacja',
      '# Statystyka\n\n  * 600+ uczestników\n  * 120 godzin',
      `# Dzień I\n\n${talks('Fast Python', 'Slow Python', 'Gevent Inside')}`,
      '# Python Massage Foundation !',
      `# Dzień II\n\n${talks('Packaging Today', 'Relate or Not', 'Scaling Apps')}`,
      '# The End',
    );
    expect(read(polish)).toEqual({
      days: [
        ['Dzień I', ['Fast Python', 'Slow Python', 'Gevent Inside']],
        ['Dzień II', ['Packaging Today', 'Relate or Not', 'Scaling Apps']],
      ],
      asides: ['O czym jest ta prezentacja', 'Statystyka', 'Python Massage Foundation !', 'The End'],
    });
    const english = slides(
      '# Why we went',
      `# Day 1\n\n${talks('Fast Python', 'Slow Python', 'Gevent Inside')}`,
      `# Day 2\n\n${talks('Packaging Today', 'Relate or Not', 'Scaling Apps')}`,
      '# Thanks',
    );
    expect(read(english).asides).toEqual(['Why we went', 'Thanks']);
  });

  it(`needs ${MIN_LIST_DAYS} such days, each list of ${MIN_DAY_LIST_ITEMS} items or more`, () => {
    expect([MIN_LIST_DAYS, MIN_DAY_LIST_ITEMS]).toEqual([2, 3]);
    // One day of listed talks: the other slides are read as before (the first a talk of the notes' one day).
    const oneDay = slides(
      '# Why we went',
      `# Day 1\n\n${talks('Fast Python', 'Slow Python', 'Gevent')}`,
      '# Travel tips',
    );
    expect(read(oneDay)).toEqual({
      days: [
        ['Day 1', ['Fast Python', 'Slow Python', 'Gevent']],
        ['Talks', ['Why we went']],
      ],
      asides: ['Travel tips'],
    });
    // Lists of two items are no days of listed talks.
    const short = slides('# Why we went', '# Day 1\n\n  * a\n  * b', '# Day 2\n\n  * c\n  * d', '# Travel tips');
    // "Travel tips" closes the notes as before; "Why we went" stays the notes' talk (with three items it is an aside).
    expect(read(short).asides).toEqual(['Travel tips']);
  });

  it('leaves days with talk headings to the usual reading: a section between them is a talk of the day before', () => {
    const text =
      '# Day 1\n\n## Fast Python\n\nnotes\n\n# Lunch Thoughts\n\nmore\n\n# Day 2\n\n## Slow Python\n\nnotes\n';
    expect(read(text).days).toEqual([
      ['Day 1', ['Fast Python', 'Lunch Thoughts']],
      ['Day 2', ['Slow Python']],
    ]);
  });
});

describe('a day’s list beside days whose lists are talks', () => {
  it(`reads as talks when ${SIBLING_TALK_SHARE * 100}% of its items say so`, () => {
    expect([MIN_LISTED_DAYS, SIBLING_TALK_SHARE]).toEqual([1, 0.5]);
    const text = [
      '# Day 1',
      talks('Fast Python', 'Slow Python', 'Gevent Inside'),
      '# Day 2',
      `${talks('Packaging Today')}\n  * Extra: a code jam`,
      '# Day 3',
      `${talks('Relate or Not', 'Scaling Apps')}\n  * Extra: a boat trip\n  * More lightning talks`,
    ].join('\n\n');
    expect(read(text).days).toEqual([
      ['Day 1', ['Fast Python', 'Slow Python', 'Gevent Inside']],
      // One of three: not enough.
      ['Day 2', []],
      ['Day 3', ['Relate or Not', 'Scaling Apps', 'Extra: a boat trip', 'More lightning talks']],
    ]);
  });

  it('needs a day whose list reads as talks on its own', () => {
    const text = [
      '# Day 1',
      `${talks('Fast Python', 'Slow Python')}\n  * Extra: a code jam\n  * A boat trip`,
      '# Day 2',
      `${talks('Relate or Not', 'Scaling Apps')}\n  * Extra: a boat trip\n  * More lightning talks`,
    ].join('\n\n');
    expect(read(text).days).toEqual([
      ['Day 1', []],
      ['Day 2', []],
    ]);
  });
});
