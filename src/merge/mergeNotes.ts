import type { Block, Conference, Day, Section, Warning } from '../model/types.js';
import { combineBlocks } from './combineBlocks.js';
import { groupTalks, type MergedDay } from './groupTalks.js';
import { mergeSessions } from './mergeSessions.js';
import { normalizeText } from './normalizeText.js';
import { noteAuthors, type DisplayNames } from './noteAuthors.js';

export interface MergeOptions {
  /** Display names for authors, by the name the notes give (see noteAuthors). */
  displayNames?: DisplayNames;
}

/**
 * Several people's notes of one conference → one team recap. The same talk noted by several
 * people becomes one session that combines their points and says who noted it; days line up
 * by date, "Day N", title or shared talks; notes that disagree on the conference's title or
 * date give warnings, and the first title and the earliest date are used.
 */
export function mergeNotes(conferences: Conference[], options: MergeOptions = {}): Conference {
  const displayNames = options.displayNames ?? {};
  const [first] = conferences;
  if (!first) throw new Error('mergeNotes needs at least one conference');
  if (conferences.length === 1) return { ...first, authors: noteAuthors(first, displayNames, false) };

  const authorsByFile = conferences.map((conference) => noteAuthors(conference, displayNames, true));
  const warnings: Warning[] = conferences.flatMap((conference) => conference.warnings);
  const fileOf = (conference: Conference) => conference.files[0]!;

  for (const other of conferences.slice(1)) {
    if (normalizeText(other.title) !== normalizeText(first.title)) {
      warnings.push({ file: fileOf(other), line: null, message: `Conference title "${other.title}" differs from "${first.title}" (${fileOf(first)}); using "${first.title}"` });
    }
  }
  const dated = conferences.filter((conference) => conference.date !== null);
  const date = dated.map((conference) => conference.date!).sort()[0] ?? null;
  for (const other of dated) {
    if (other.date !== date) warnings.push({ file: fileOf(other), line: null, message: `Conference date ${other.date} differs from ${date} (${fileOf(dated.find((conference) => conference.date === date)!)}); using ${date}, the earliest` });
  }

  const days = groupTalks(conferences).map((merged): Day => {
    const title = merged.days.length > 0 ? dayTitle(merged) : merged.unplacedFrom === null ? first.title : `Talks noted by ${authorsByFile[merged.unplacedFrom]!.join(', ')}`;
    if (merged.unplacedFrom !== null) {
      const file = fileOf(conferences[merged.unplacedFrom]!);
      warnings.push({ file, line: null, message: `No day found for ${merged.talks.length} talk${merged.talks.length === 1 ? '' : 's'} in these notes; they are shown under "${title}"` });
    }
    return {
      title,
      heading: merged.days[0]?.day.heading ?? null,
      line: merged.days[0]?.day.line ?? null,
      intro: combineAll(merged.days.map((noteDay) => noteDay.day.intro)),
      sessions: merged.talks.map((talk) => mergeSessions(talk.map(({ session, file }) => ({ session, authors: authorsByFile[file]! })))),
    };
  });

  return {
    title: first.title,
    date,
    authors: [...new Set(authorsByFile.flat())],
    files: conferences.flatMap((conference) => conference.files),
    // A day without a heading has no intro of its own in one file's model; kept here all the same.
    intro: combineAll(conferences.flatMap((conference) => [conference.intro, ...conference.days.filter((day) => day.line === null).map((day) => day.intro)])),
    days,
    extras: mergeSections(conferences.flatMap((conference) => conference.extras)),
    warnings,
  };
}

/** The first heading that names a date ("Wednesday 18 May" over "Day 1"), else the first. */
function dayTitle(merged: MergedDay): string {
  return (merged.days.find((noteDay) => noteDay.key.monthDay !== null) ?? merged.days[0]!).day.title;
}

function combineAll(parts: Block[][]): Block[] {
  return parts.reduce<Block[]>((combined, blocks) => combineBlocks(combined, blocks), []);
}

/** Closing sections of the same title ("Things to look into") become one. */
function mergeSections(sections: Section[]): Section[] {
  const merged: Section[] = [];
  for (const section of sections) {
    const same = merged.find((known) => normalizeText(known.title) === normalizeText(section.title));
    if (same) same.blocks = combineBlocks(same.blocks, section.blocks);
    else merged.push({ ...section, blocks: structuredClone(section.blocks) });
  }
  return merged;
}
