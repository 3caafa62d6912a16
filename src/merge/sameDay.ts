import type { DayKey } from './dayKey.js';

/**
 * Whether two day headings name the same day ('same'), different days ('different'), or cannot
 * tell ('unknown', e.g. "Day 1" and "Wednesday 18 May").
 */
export function sameDay(a: DayKey, b: DayKey): 'same' | 'different' | 'unknown' {
  if (a.monthDay && b.monthDay) {
    const sameYear = a.year === null || b.year === null || a.year === b.year;
    return a.monthDay === b.monthDay && sameYear ? 'same' : 'different';
  }
  if (a.number !== null && b.number !== null) return a.number === b.number ? 'same' : 'different';
  // Within one conference a weekday is one day: "Tuesday" and "tues 21 may".
  if (a.weekday !== null && b.weekday !== null) return a.weekday === b.weekday ? 'same' : 'different';
  if (a.words !== '' && a.words === b.words) return 'same';
  return 'unknown';
}
