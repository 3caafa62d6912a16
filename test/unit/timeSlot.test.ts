import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { withoutTimeSlot } from '../../src/model/speakers/timeSlot.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

describe('withoutTimeSlot', () => {
  it('drops the slot in any case, and the spaces left around the title', () => {
    expect(withoutTimeSlot('10H - 10H50 : The Linux Kernel ')).toBe('The Linux Kernel');
    expect(withoutTimeSlot('9:00 TO 9:30 Keynote')).toBe('Keynote');
    expect(withoutTimeSlot('  Keynote  ')).toBe('Keynote');
  });

  it('needs a title after the slot', () => {
    expect(withoutTimeSlot('14:30')).toBe('14:30');
  });
});

// Issue 13: a programme copied from a 12-hour schedule, `* 9:15 a.m. (50m) _Keynote_ by Jane Roe`.
describe('withoutTimeSlot, 12-hour clocks and durations', () => {
  it('takes "a.m."/"pm" after a time, in any case, with or without dots and spaces', () => {
    expect(withoutTimeSlot('9:15 a.m. Keynote')).toBe('Keynote');
    expect(withoutTimeSlot('2:50pm Chef in Practice')).toBe('Chef in Practice');
    expect(withoutTimeSlot('10:00 AM - 10:45 AM: Fast Builds')).toBe('Fast Builds');
    expect(withoutTimeSlot('4:40 P.M. Build a Bigger Brain')).toBe('Build a Bigger Brain');
    expect(withoutTimeSlot('10:30 a m Schnelle Tests')).toBe('Schnelle Tests');
  });

  it('takes an hour alone only with its "am" or "pm" (1 to 12), never a word that begins so', () => {
    expect(withoutTimeSlot('10 am - 11 am Fast Builds')).toBe('Fast Builds');
    expect(withoutTimeSlot('3 pm. Le futur du Web')).toBe('Le futur du Web');
    expect(withoutTimeSlot('12 pm Lunch talk')).toBe('Lunch talk');
    expect(withoutTimeSlot('13 pm Lunch talk')).toBe('13 pm Lunch talk');
    expect(withoutTimeSlot('0 am Midnight')).toBe('0 am Midnight');
    expect(withoutTimeSlot('9 amazing talks')).toBe('9 amazing talks');
    expect(withoutTimeSlot('5 pmids later')).toBe('5 pmids later');
    expect(withoutTimeSlot('12 Monkeys')).toBe('12 Monkeys');
  });

  it('takes how long the slot runs after its time: minutes or hours in parentheses', () => {
    expect(withoutTimeSlot('9:15 a.m. (50m) _Keynote_ by Jane Roe')).toBe('_Keynote_ by Jane Roe');
    expect(withoutTimeSlot('9:45 (40 min) Treading Water')).toBe('Treading Water');
    expect(withoutTimeSlot('14:00 (1h) Atelier Rust')).toBe('Atelier Rust');
    expect(withoutTimeSlot('14:00 (90 minutes): Taller de Go')).toBe('Taller de Go');
    expect(withoutTimeSlot('14:00 (2 hours) Workshop')).toBe('Workshop');
    expect(withoutTimeSlot('14:00 (1000m) Race')).toBe('(1000m) Race');
    expect(withoutTimeSlot('14:00 (Room B) Workshop')).toBe('(Room B) Workshop');
  });
});

describe('a day of items timed on a 12-hour clock', () => {
  it('reads each item as a talk, its time and duration off the title', () => {
    const markdown = [
      '### Thursday (2/28)',
      '',
      '  * 9:15 a.m. (50m) _Keynote_ by [Jane Roe](https://example.org/jroe)',
      '  * 10:15 a.m. (40m) [Fast Builds](https://example.org/slides) by [John Doe](https://example.org/jdoe)',
      '  * 2:50 p.m. (40m) _Slow Tests_ by [Ann Lee](https://example.org/alee)',
      '',
    ].join('\n');
    const talks = buildConference(parseNotes(markdown, 'notes.md')).days.flatMap((day) =>
      day.sessions.map((session) => `${session.title} | ${session.speakers.map((s) => s.name).join(', ')}`),
    );
    expect(talks).toEqual(['Keynote | Jane Roe', 'Fast Builds | John Doe', 'Slow Tests | Ann Lee']);
  });
});
