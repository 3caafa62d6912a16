import { eventNameIn } from '../eventName.js';
import { NO_NAME_TITLE, titleFromFileName } from '../frontMatterFields.js';
import { isAsideTitle, isDayTitle } from '../headingKinds.js';
import { eventPartOf } from './eventPart.js';
import { namesEventByWord } from './eventWordName.js';
import { folderTitle } from './folderTitle.js';
import { mostLinkedEventSite, withSiteRegion } from './eventSite.js';
import { linkedEventName } from './linkedEventName.js';
import { openingEventName } from './openingEventName.js';
import { partNamedInOpening } from './openingPart.js';
import { withoutPartTail } from './partTail.js';
import { withoutPostWrapper } from './postWrappers.js';
import { siteTitle } from './siteTitle.js';
import { withYear } from './notesYear.js';

/** Where a notes file's conference title may come from, best first. */
export interface TitleSources {
  /** The author's title: the front matter's, a lone H1's, the first line's or the only talk's H1. */
  author: string | null;
  /** Whether the notes' text may be searched for an event named with its year when the author's title names none. */
  searchText: boolean;
  /** The notes as written, searched for that event. */
  source: string;
  /** The notes' opening paragraph as Markdown, which may name the event in full. */
  opening: string | null;
  /** The year the notes are dated in (notesYear). */
  year: string | null;
  /** The titles of the notes' days, which may name the event before the day ("Kubecon Day one"). */
  dayTitles: readonly string[];
  /** The heading the notes open with, nothing before it: a README's "## Example Platform Conference". */
  firstHeading?: string | null;
  file: string;
}

/** A heading that names a part of the notes, not the event: "Overview", "Presentations", "Notes", "Highlights". */
const SECTION_NAME =
  /^(?:(?:all|the)\s+)?(?:talks|sessions|presentations|keynotes|highlights|readme|index|home|contents|programme|program)$/iu;

export function isSectionName(title: string): boolean {
  return SECTION_NAME.test(title.trim()) || isAsideTitle(title);
}

/**
 * The conference as a post's title names it: a web address read as its site's name and year, the post's wrapper ("My notes from …", "…に参加した話"), the other parts
 * ("Blog - Édition spéciale - DevFest 2025") and a day, session or date at the end ("… - Day 2", "… | 05.05.2014") dropped.
 */
export function cleanTitle(title: string): string {
  return withoutPostWrapper(
    withoutPartTail(eventPartOf(withoutPostWrapper(unslugged(withoutHashSigns(siteTitle(title)))))),
  );
}

/** A repository's slug as a heading ("deconstruct-2018-conference-notes"): lower-case words joined by two dashes or more. */
const SLUG = /^[\p{Ll}\p{N}]+(?:[-_][\p{Ll}\p{N}]+){2,}$/u;

/** A slug's words apart, as a file name's are: "deconstruct 2018 conference notes". */
function unslugged(title: string): string {
  return SLUG.test(title) ? title.replace(/[-_]/gu, ' ') : title;
}

/** A hashtag's sign before a word ("YouGoto #RubyKaigi 2019") is no part of the name; "C#" keeps its own. */
function withoutHashSigns(title: string): string {
  return title.replace(/(^|\s)#(?=\p{L})/gu, '$1');
}

/** The title a file's name gives ("2019-csvconf-notes.md": "csvconf 2019"), cleaned as an author's title is. */
export function fileNameTitle(file: string): string {
  const title = titleFromFileName(file);
  // The stand-in for a file name without words is no post title: "Conference notes" stays whole.
  return title === NO_NAME_TITLE ? title : cleanTitle(title);
}

/**
 * Pure: the conference title of one notes file. The author's title, cleaned; where it names only a day or a section
 * ("Saturday, April 22", "Overview"), or there is none, the event the notes name with its year; a short name the
 * opening paragraph gives in full ("devopsdays16": "devopsdays Amsterdam '16"); the notes' year after a title without
 * one; last, the file name.
 */
export function conferenceTitle(sources: TitleSources): string {
  const cleaned = sources.author === null ? null : cleanTitle(sources.author);
  // "KubeCon - Other Cool Things" over "… while at KubeCon 2019": the part the opening names is the event.
  const author = cleaned === null ? null : (partNamedInOpening(cleaned, sources.opening) ?? cleaned);
  const weak = author === null || isDayTitle(author) || isSectionName(author);
  // Else the event's site the notes link most ("us.pycon.org/2023/…": "pycon US 2023").
  const eventName =
    weak && sources.searchText ? (eventNameIn(sources.source) ?? mostLinkedEventSite(sources.source)) : null;
  if (eventName !== null) return eventName;
  if (author === null) return namedByFileOrDay(sources.file, sources.dayTitles, sources.firstHeading ?? null);
  // "Big Ruby" over "[Big Ruby Conf](…)" is Big Ruby Conf, and gains the notes' year as the title would.
  const named =
    openingEventName(author, sources.opening) ??
    (weak
      ? (namedByFolder(sources.file) ?? author)
      : withYear(linkedEventName(author, sources.opening) ?? author, sources.year));
  // "PyCon 2021" over a link to us.pycon.org/2021 is a regional edition: "PyCon US 2021".
  return withSiteRegion(named, sources.opening);
}

/**
 * The file name's title, unless it names only a day or a section ("day1.md", "README.md", "2025 07 127.md") where a
 * day heading names the event before its day ("## Kubecon Day one", "## PyCon JP 2日目"), or the heading the notes
 * open with names an event by its word ("## GEdge Platform 2회 오픈 컨퍼런스 개요"): then that name.
 */
function namedByFileOrDay(file: string, dayTitles: readonly string[], firstHeading: string | null): string {
  const fromFile = fileNameTitle(file);
  if (!isDayTitle(fromFile) && !isSectionName(fromFile) && /\p{L}{2}/u.test(fromFile)) return fromFile;
  const named = dayTitles.map(withoutPartTail).find((name, at) => name !== dayTitles[at] && !isDayTitle(name));
  const opening = firstHeading === null ? null : cleanTitle(firstHeading);
  const headingNamed = opening !== null && namesEventByWord(opening) && !isDayTitle(opening) ? opening : null;
  return named ?? headingNamed ?? namedByFolder(file) ?? fromFile;
}

/** The event a folder names with its year ("2022-euruko-helsinki/day-1.md": "euruko helsinki 2022"), cleaned as a file name. */
function namedByFolder(file: string): string | null {
  const folder = folderTitle(file, (name) => {
    const title = fileNameTitle(name);
    return isDayTitle(title) || isSectionName(title);
  });
  return folder === null ? null : fileNameTitle(folder);
}
