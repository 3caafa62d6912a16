import type { MergeOptions } from '../merge/mergeNotes.js';
import type { ParseOptions } from '../parse/parseNotes.js';
import type { BuildOptions } from '../model/buildConference.js';
import type { Conference, StructureReading } from '../model/types.js';
import { loadConference } from './loadNotes.js';

/** The shape `recapdeck inspect --json` prints (DESIGN.md "inspect --json"). */
export interface InspectResult {
  title: string;
  date: string | null;
  authors: string[];
  days: { title: string; sessions: { title: string; speakers: { name: string; org: string | null }[]; line: number; file: string; notedBy?: string[] }[] }[];
  extras: { title: string; line: number }[];
  warnings: { file: string; line: number | null; message: string }[];
  /** Where days and talks were read from and how sure that reading is (docs/STRUCTURE.md); null for a team recap of several files. */
  structure: StructureReading | null;
}

/** `options.displayNames` renames authors, as the config file's `authors` does. */
export async function inspect(files: string[], options: MergeOptions & ParseOptions & BuildOptions = {}): Promise<InspectResult> {
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
    structure: conference.files.length === 1 ? (conference.structure ?? null) : null,
  };
}
