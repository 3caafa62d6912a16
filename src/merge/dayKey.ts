import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node/en';
import { normalizeText } from './normalizeText.js';

/** chrono's English parser, loaded on first use: only a team recap reads day headings, and it takes a while to load. */
let chrono: typeof Chrono | null = null;
const loadChrono = () => (chrono ??= createRequire(import.meta.url)('chrono-node/en') as typeof Chrono);

/** What a day heading says about which day it is: "Day 2", "Wednesday 18 May", "2022-05-18". */
export interface DayKey {
  /** Month and day ("05-18"), when the title names a date. */
  monthDay: string | null;
  /** The year, when the title writes one. */
  year: number | null;
  /** N of "Day N". */
  number: number | null;
  /** The weekday it names, 0 (Sunday) to 6, as written in full or short ("Tues", "Wed"). */
  weekday: number | null;
  /** The title as plain words, for titles such as "Replays" that name neither. */
  words: string;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
};
const WEEKDAY =
  /\b(?:(sun)(?:day)?|(mon)(?:day)?|(tue)(?:s|sday)?|(wed)(?:s|nesday)?|(thu)(?:rs?|rsday)?|(fri)(?:day)?|(sat)(?:urday)?)\b/i;
const DAY_NUMBER = /\bday\s*(\d{1,2}|one|two|three|four|five|six|seven)\b|\b(first|second|third|fourth|fifth)\s+day\b/i;

/**
 * Reads a day heading. Only a date whose day and month are written counts, so a bare weekday
 * ("Tuesday") is not taken for a date chrono would have to guess.
 */
export function dayKey(title: string): DayKey {
  const numbered = DAY_NUMBER.exec(title);
  const word = numbered ? (numbered[1] ?? numbered[2])!.toLowerCase() : null;
  const number = word === null ? null : (NUMBER_WORDS[word] ?? Number(word));
  const date = loadChrono()
    .parse(title)
    .find((result) => result.start.isCertain('day') && result.start.isCertain('month'));
  const monthDay = date
    ? `${String(date.start.get('month')).padStart(2, '0')}-${String(date.start.get('day')).padStart(2, '0')}`
    : null;
  const year = date?.start.isCertain('year') ? date.start.get('year') : null;
  const weekdayMatch = WEEKDAY.exec(title);
  const weekday = weekdayMatch ? weekdayMatch.slice(1).findIndex((short) => short !== undefined) : null;
  return { monthDay, year, number, weekday, words: normalizeText(title) };
}
