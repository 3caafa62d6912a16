import { describe, expect, it } from 'vitest';
import type { DayKey } from '../../src/merge/dayKey.js';
import { sameDay } from '../../src/merge/sameDay.js';

/** A day key as dayKey() gives it, with only the fields a test names set. */
const key = (fields: Partial<DayKey>): DayKey => ({
  monthDay: null,
  year: null,
  number: null,
  weekday: null,
  words: '',
  ...fields,
});

describe('sameDay', () => {
  it('tells a date in another year apart, whichever side writes the later year', () => {
    expect(sameDay(key({ monthDay: '05-18', year: 2022 }), key({ monthDay: '05-18', year: 2023 }))).toBe('different');
    expect(sameDay(key({ monthDay: '05-18', year: 2023 }), key({ monthDay: '05-18', year: 2022 }))).toBe('different');
  });

  it('takes a date without a year for the same date in any year', () => {
    expect(sameDay(key({ monthDay: '05-18', year: null }), key({ monthDay: '05-18', year: 2023 }))).toBe('same');
    expect(sameDay(key({ monthDay: '05-18', year: 2022 }), key({ monthDay: '05-18', year: null }))).toBe('same');
    expect(sameDay(key({ monthDay: '05-18', year: 2022 }), key({ monthDay: '05-18', year: 2022 }))).toBe('same');
    expect(sameDay(key({ monthDay: '05-18' }), key({ monthDay: '05-18' }))).toBe('same');
  });

  it('tells different dates apart even in the same year', () => {
    expect(sameDay(key({ monthDay: '05-18', year: 2022 }), key({ monthDay: '05-19', year: 2022 }))).toBe('different');
  });

  it('lets the date decide over "Day N" when both sides give one', () => {
    expect(sameDay(key({ monthDay: '05-18', number: 1 }), key({ monthDay: '05-19', number: 1 }))).toBe('different');
    expect(sameDay(key({ monthDay: '05-18', number: 1 }), key({ monthDay: '05-18', number: 2 }))).toBe('same');
  });

  it('falls back to "Day N" when only one side has a date', () => {
    expect(sameDay(key({ monthDay: '05-18', number: 2 }), key({ number: 2 }))).toBe('same');
    expect(sameDay(key({ number: 2 }), key({ monthDay: '05-18', number: 3 }))).toBe('different');
  });

  it('cannot tell when only one side is numbered', () => {
    expect(sameDay(key({ number: null, words: 'replays' }), key({ number: 1, words: 'day 1' }))).toBe('unknown');
    expect(sameDay(key({ number: 1, words: 'day 1' }), key({ number: null, words: 'replays' }))).toBe('unknown');
  });

  it('matches by words only when there are words', () => {
    expect(sameDay(key({ words: 'replays' }), key({ words: 'replays' }))).toBe('same');
    expect(sameDay(key({ words: 'replays' }), key({ words: 'workshops' }))).toBe('unknown');
    expect(sameDay(key({ words: '' }), key({ words: '' }))).toBe('unknown');
  });
});
