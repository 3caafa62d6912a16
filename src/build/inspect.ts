import type { Conference } from '../model/types.js';
import { loadConference } from './loadNotes.js';

/** The shape `recapdeck inspect --json` prints (DESIGN.md "inspect --json"). */
export interface InspectResult {
  title: string;
  date: string | null;
  days: { title: string; sessions: { title: string; speakers: { name: string; org: string | null }[]; line: number; file: string }[] }[];
  extras: { title: string; line: number }[];
  warnings: { file: string; line: number | null; message: string }[];
}

export async function inspect(files: string[]): Promise<InspectResult> {
  return describeConference(await loadConference(files));
}

export function describeConference(conference: Conference): InspectResult {
  return {
    title: conference.title,
    date: conference.date,
    days: conference.days.map((day) => ({
      title: day.title,
      sessions: day.sessions.map((session) => ({ title: session.title, speakers: session.speakers.map(({ name, org }) => ({ name, org })), line: session.line, file: session.file })),
    })),
    extras: conference.extras.map(({ title, line }) => ({ title, line })),
    warnings: conference.warnings,
  };
}
