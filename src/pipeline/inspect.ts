import type { Conference, StructureReading } from '../model/types.js';
import { planDecks, type RecapKind } from '../plan/planDecks.js';
import type { RecapPlan } from '../plan/types.js';
import { loadConference, type LoadOptions } from './loadNotes.js';

/** The shape `recapdeck inspect --json` prints (DESIGN.md "inspect --json"). */
export interface InspectResult {
  title: string;
  date: string | null;
  authors: string[];
  days: {
    title: string;
    sessions: {
      title: string;
      speakers: { name: string; org: string | null }[];
      line: number;
      file: string;
      notedBy?: string[];
    }[];
  }[];
  extras: { title: string; line: number }[];
  warnings: { file: string; line: number | null; message: string }[];
  /** The brief recap's plan (slides per talk, total, budget); null with `recap: 'full'`. */
  recapPlan: RecapPlan | null;
  /** Where days and talks were read from and how sure that reading is (docs/STRUCTURE.md); null for a team recap of several files. */
  structure: StructureReading | null;
}

export interface RecapChoice {
  recap?: RecapKind;
  minutes?: number | null;
}

/** `options.displayNames` renames authors, as the config file's `authors` does; `options.stdin` is the notes of the file `-`. */
export async function inspect(files: string[], options: LoadOptions & RecapChoice = {}): Promise<InspectResult> {
  return describeConference(await loadConference(files, options), options);
}

export function describeConference(conference: Conference, choice: RecapChoice = {}): InspectResult {
  const [recap] = planDecks(conference, { decks: ['recap', 'session'], recap: choice.recap, minutes: choice.minutes });
  return {
    title: conference.title,
    date: conference.date,
    authors: conference.authors,
    days: conference.days.map((day) => ({
      title: day.title,
      sessions: day.sessions.map((session) => ({
        title: session.title,
        speakers: session.speakers.map(({ name, org }) => ({ name, org })),
        line: session.line,
        file: session.file,
        ...(session.notedBy ? { notedBy: session.notedBy } : {}),
      })),
    })),
    extras: conference.extras.map(({ title, line }) => ({ title, line })),
    warnings: conference.warnings,
    recapPlan: recap?.recapPlan ?? null,
    structure: conference.files.length === 1 ? (conference.structure ?? null) : null,
  };
}
