import { toBlocks } from './blocks.js';
import type { DaySource } from './inferStructure.js';
import type { NotesSource } from './inlineLinks.js';
import { joinRevisits } from './revisits.js';
import type { ReadSpeakerLines } from './speakerLineHabit.js';
import { displayCase } from './titleCase.js';
import { type HeadingShape, toSession } from './toSession.js';
import type { Day } from './types.js';

/** Pure: one day the reading found → the day it shows; `untitled`: the title of a day the notes did not name. */
export function toDay(
  day: DaySource,
  untitled: string,
  file: string,
  source: NotesSource,
  speakerLines: ReadSpeakerLines,
  headingShape: HeadingShape,
): Day {
  return {
    title: day.text === null ? untitled : displayCase(withoutClosingColon(day.text)),
    heading: day.heading,
    line: day.line,
    intro: toBlocks(day.intro, source),
    sessions: day.talks.map((talk) => toSession(talk, file, source, speakerLines, headingShape)),
  };
}

/** Pure: a session the author came back to later in the day is one session (revisits.ts), and the author is told. */
export function joinDayRevisits(day: Day, warn: (line: number | null, message: string) => void): Day {
  const { sessions, joined } = joinRevisits(day.sessions);
  for (const entry of joined)
    warn(entry.line, `Read this as a return to \`${entry.title}\` (line ${entry.to}): one session`);
  return { ...day, sessions };
}

/** A colon that ends a day's heading (`## Day 2: ##`, `Tag 1：`) opens what follows it; it is no part of the day's name. */
export function withoutClosingColon(text: string): string {
  return text.replace(/\s*[:：]\s*$/u, '') || text;
}
