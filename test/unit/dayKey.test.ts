import { describe, expect, it } from 'vitest';
import { dayKey } from '../../src/merge/dayKey.js';

describe('dayKey', () => {
  it('reads "Day N" in digits or words, and "first" to "fifth day", in any case', () => {
    const numbers = (titles: string[]) => titles.map((title) => dayKey(title).number);
    expect(numbers(['Day one', 'Day two', 'Day three', 'Day four', 'Day five', 'Day six', 'Day seven'])).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
    expect(numbers(['First day', 'second Day', 'THIRD DAY', 'Fourth  day', 'fifth day'])).toEqual([1, 2, 3, 4, 5]);
    expect(numbers(['Day 1', 'DAY 12', 'Day3: Talks', 'Day 09'])).toEqual([1, 12, 3, 9]);
  });

  it('reads no number in other words that hold "day"', () => {
    for (const title of ['Today', 'Day 123', 'Sixth day', 'Day eight', 'Daytime', 'Birthday 2', 'Day', 'firstday'])
      expect(dayKey(title).number, title).toBeNull();
  });

  it('reads a date only when its day and month are written, its year when written too', () => {
    expect(dayKey('Wednesday, May 18').monthDay).toBe('05-18');
    expect(dayKey('5 March 2022')).toMatchObject({ monthDay: '03-05', year: 2022 });
    expect(dayKey('2022-11-28')).toMatchObject({ monthDay: '11-28', year: 2022 });
    expect(dayKey('18 May')).toMatchObject({ monthDay: '05-18', year: null });
    for (const title of ['Tuesday', 'May', 'May 2022', 'Day 2', 'Replays'])
      expect(dayKey(title), title).toMatchObject({ monthDay: null, year: null });
  });

  it('reads the weekday written in full or short, 0 for Sunday to 6 for Saturday', () => {
    const weekdays = (titles: string[]) => titles.map((title) => dayKey(title).weekday);
    expect(weekdays(['Sunday', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'])).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(weekdays(['sun', 'Monday', 'Tues', 'Tuesday', 'Weds', 'WEDNESDAY', 'Thur', 'Thurs', 'Thursday'])).toEqual([
      0, 1, 2, 2, 3, 3, 4, 4, 4,
    ]);
    expect(weekdays(['Friday', 'Saturday', 'Day 2 (Friday)'])).toEqual([5, 6, 5]);
    for (const title of ['Monk', 'Mondays', 'Wedding', 'Sunny', 'Saturn', 'Thursdays', 'Frida', 'Tuesdays'])
      expect(dayKey(title).weekday, title).toBeNull();
  });

  it('keeps the title as plain words', () => {
    expect(dayKey('Day 2 — Replays!')).toEqual({
      monthDay: null,
      year: null,
      number: 2,
      weekday: null,
      words: dayKey('day 2 replays').words,
    });
    expect(dayKey('Replays').words).toBe('replays');
  });
});
