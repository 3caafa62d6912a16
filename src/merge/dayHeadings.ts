import type { Conference, Day } from '../model/types.js';
import { dayKey } from './dayKey.js';

/**
 * The days of one person's notes whose headings a team recap lines up as days. Headings are
 * days when at least one of them names a day (a date, "Day N", a weekday); otherwise they only
 * group talks ("Keynote", "Talks", "Keynote" again), and those talks are placed by the talks they
 * share with other notes.
 */
export function dayHeadings(conference: Conference): Day[] {
  const headed = conference.days.filter((day) => day.line !== null);
  const namesADay = headed.some((day) => {
    const key = dayKey(day.title);
    return key.monthDay !== null || key.number !== null || key.weekday !== null;
  });
  return namesADay ? headed : [];
}
