import { basename, extname } from 'node:path';
import { fileNameTitle } from '../model/title/conferenceTitle.js';
import type { Block, Conference, Day, Section, Warning } from '../model/types.js';
import { plural } from '../plural.js';
import { agreedTitle } from './agreedTitle.js';
import { combineBlocks } from './combineBlocks.js';
import { dayHeadings } from './dayHeadings.js';
import { groupTalks, type MergedDay } from './groupTalks.js';
import { mergeSessions } from './mergeSessions.js';
import { nameFromFileName } from './nameFromFileName.js';
import { normalizeText } from './normalizeText.js';
import { noteAuthors, type DisplayNames } from './noteAuthors.js';

export interface MergeOptions {
  /** Display names for authors, by the name the notes give (see noteAuthors). */
  displayNames?: DisplayNames;
}

/**
 * Several people's notes of one conference → one team recap. The same talk noted by several
 * people becomes one session that combines their points and says who noted it; days line up
 * by date, "Day N", weekday, title or shared talks; the conference title is the one the notes
 * agree on (see agreedTitle), the date the earliest; notes that differ give warnings.
 */
export function mergeNotes(conferences: Conference[], options: MergeOptions = {}): Conference {
  const displayNames = options.displayNames ?? {};
  const [first] = conferences;
  if (!first) throw new Error('mergeNotes needs at least one conference');
  if (conferences.length === 1) return { ...first, authors: noteAuthors(first, displayNames, false) };

  const authorsByFile = conferences.map((conference) => noteAuthors(conference, displayNames, true));
  const warnings: Warning[] = conferences.flatMap((conference) => conference.warnings);
  const fileOf = (conference: Conference) => conference.files[0]!;
  // Notes whose author is not known are named by their file.
  const notedByLabel = (file: number) => authorsByFile[file]!.join(', ') || basename(fileOf(conferences[file]!));

  const dated = conferences.filter((conference) => conference.date !== null);
  const date = dated.map((conference) => conference.date!).sort()[0] ?? null;
  const titled = conferences.filter((conference) => !titledByPersonsName(conference));
  const conferenceTitle = agreedTitle(
    (titled.length > 0 ? titled : conferences).map((conference) => conference.title),
    date === null ? null : Number(date.slice(0, 4)),
  );
  for (const other of titled) {
    if (normalizeText(other.title) !== normalizeText(conferenceTitle)) {
      warnings.push({
        file: fileOf(other),
        line: null,
        message: `Conference title "${other.title}" differs from the one the notes agree on; using "${conferenceTitle}"`,
      });
    }
  }
  for (const other of dated) {
    if (other.date !== date)
      warnings.push({
        file: fileOf(other),
        line: null,
        message: `Conference date ${other.date} differs from ${date} (${fileOf(dated.find((conference) => conference.date === date)!)}); using ${date}, the earliest`,
      });
  }

  const lineUp = groupTalks(conferences);
  const days = lineUp.map((merged): Day => {
    const title =
      merged.days.length > 0
        ? dayTitle(merged)
        : merged.unplacedFrom === null
          ? conferenceTitle
          : `Talks noted by ${notedByLabel(merged.unplacedFrom)}`;
    if (merged.unplacedFrom !== null) {
      const file = fileOf(conferences[merged.unplacedFrom]!);
      warnings.push({
        file,
        line: null,
        message: `No day found for ${plural(merged.talks.length, 'talk')} in these notes; they are shown under "${title}"`,
      });
    }
    return {
      title,
      heading: merged.days[0]?.day.heading ?? null,
      line: merged.days[0]?.day.line ?? null,
      intro: combineAll(merged.days.map((noteDay) => noteDay.day.intro)),
      sessions: merged.talks.map((talk) =>
        mergeSessions(talk.map(({ session, file }) => ({ session, authors: authorsByFile[file]! }))),
      ),
    };
  });

  return {
    title: conferenceTitle,
    date: firstDayDate(lineUp, date),
    authors: [...new Set(authorsByFile.flat())],
    files: conferences.flatMap((conference) => conference.files),
    // A day that is not lined up as a day (no heading, or one naming no day) has no intro of its own here; kept all the same.
    intro: combineAll(
      conferences.flatMap((conference) => [
        conference.intro,
        ...conference.days.filter((day) => !dayHeadings(conference).includes(day)).map((day) => day.intro),
      ]),
    ),
    days,
    extras: mergeSections(conferences.flatMap((conference) => conference.extras)),
    warnings,
  };
}

/**
 * The notes' date, or the first day's when the day headings name an earlier one in that year: a
 * blog post's date is often the day it was written, after the conference ("24 May" for 21–23 May).
 */
function firstDayDate(lineUp: MergedDay[], date: string | null): string | null {
  if (date === null) return null;
  const year = Number(date.slice(0, 4));
  const dayDates = lineUp
    .flatMap((merged) => merged.days)
    .flatMap(({ key }) => (key.monthDay !== null && (key.year ?? year) === year ? [`${year}-${key.monthDay}`] : []));
  return [date, ...dayDates].sort()[0]!;
}

/** A title made from a file name that is a person's name ("marta-vidal.md") says nothing of the conference. */
function titledByPersonsName(conference: Conference): boolean {
  const file = conference.files[0]!;
  return (
    nameFromFileName(basename(file, extname(file))) !== null &&
    normalizeText(conference.title) === normalizeText(fileNameTitle(file))
  );
}

/**
 * The first heading that names a date ("Wednesday 18 May" over "Day 1"), else the first; one
 * written all in lower case ("tues 21 may") gets capitals, as it now heads everyone's notes.
 */
function dayTitle(merged: MergedDay): string {
  const title = (merged.days.find((noteDay) => noteDay.key.monthDay !== null) ?? merged.days[0]!).day.title;
  return /\p{Lu}/u.test(title)
    ? title
    : title.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toLocaleUpperCase('en'));
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
