import type { Conference } from '../model/types.js';
import { loadConference, type LoadOptions } from './loadNotes.js';

/** The shape `recapdeck inspect --json` prints (DESIGN.md "inspect --json"). */
export interface InspectResult {
  title: string;
  date: string | null;
  authors: string[];
  days: { title: string; sessions: { title: string; speakers: { name: string; org: string | null }[]; line: number; file: string; notedBy?: string[] }[] }[];
  extras: { title: string; line: number }[];
  warnings: { file: string; line: number | null; message: string }[];
}

/** `options.displayNames` renames authors, as the config file's `authors` does; `options.stdin` is the notes of the file `-`. */
export async function inspect(files: string[], options: LoadOptions = {}): Promise<InspectResult> {
  return describeConference(await loadConference(files, options));
}

export function describeConference(conference: Conference): InspectResult {
  return {
    title: conference.title,
    date: conference.date,
    authors: conference.authors,
    days: conference.days.map((day) => ({
      title: day.title,
      sessions: day.sessions.map((session) => ({ title: session.title, speakers: session.speakers.map(({ name, org }) => ({ name, org })), line: session.line, file: session.file, ...(session.notedBy ? { notedBy: session.notedBy } : {}) })),
    })),
    extras: conference.extras.map(({ title, line }) => ({ title, line })),
    warnings: conference.warnings,
  };
}
