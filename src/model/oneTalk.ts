import type { List, ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { eventNameIn } from './eventName.js';
import { isDayTitle, isSlotTitle } from './headingKinds.js';
import type { OutlineSection } from './outline.js';
import { parseSessionHeading } from './sessionHeading.js';
import { parseSpeakerList, parseSpeakers } from './speakers/speakerLists.js';
import { TIME_SLOT } from './speakers/timeSlot.js';
import type { Speaker } from './types.js';

/**
 * Notes of one talk (an Obsidian note per talk, a notes repo with a file per talk): the whole file is the talk and its
 * sections are the talk's parts, not talks. Decided on evidence from the whole file, each kind weighed once.
 */

/** Front matter that names the talk's speaker (`speaker:`, `presenter:`), or a talk header's `@author`: a file about one talk. */
export const SPEAKER_KEY = 2;
/** Front matter that names the event (`conference:`, `event:`) beside a title: the title is likely the talk's. */
export const EVENT_KEY = 0.5;
/** A first section named as a talk opens (`Intro`, `Overview`, `Einleitung`, `はじめに`). */
export const OPENING_PART = 1;
/** A last section named as a talk closes (`Questions`, `Q&A`, `Conclusion`, `CCL`). */
export const CLOSING_PART = 0.5;
/** Sections numbered as an outline: from 0 (`0 - Intro`), or with numbered parts (`1.2 - Details` under `1 - …`). */
export const OUTLINE_NUMBERS = 1;
/** A table of contents (a list of links into the page): a document, not a day's notes. */
export const TABLE_OF_CONTENTS = 0.5;
/**
 * A line of names right under the lone title heading (`# Making a Lion Bulletproof` / `Jane Roe & John Doe`): the talk's
 * speakers, or the notes' author. Weighed as one sign of a talk, so a second one (an `Intro` part) is needed.
 */
export const BYLINE_UNDER_TITLE = 1;
/** Evidence that makes the file one talk: a speaker key alone, or two signs of a talk's outline. */
export const ONE_TALK_EVIDENCE = 2;
/** Evidence at which `inspect` is fully sure of the reading. */
export const SURE_ONE_TALK = 4;
/** Where a part name counts: among the first or the last this many sections. */
const PART_REACH = 2;

/** Keys of front matter that name who gave the talk. */
const SPEAKER_KEYS = ['speaker', 'speakers', 'presenter', 'presenters', 'speaker_name', 'speaker-name', 'talk_speaker'];
/** Keys that name the event the talk was given at. */
const EVENT_KEYS = ['conference', 'event', 'conf', 'meetup'];

/** How a talk opens, in the corpus languages. */
const OPENING =
  /^(?:intro(?:duction)?|overview|background|motivation|agenda|outline|einleitung|einf[üu]hrung|[üu]berblick|introducci[oó]n|introdu[cç][aã]o|introduzione|pr[ée]sentation|contexte|はじめに|概要|背景|介绍|简介|引言|소개|개요|들어가며)$/iu;
/** How a talk closes: questions, a conclusion (the singular in `conclusi[oó]n`), what to read next. */
const CLOSING =
  /^(?:questions?(?: (?:and|&) answers?)?|q\s?&\s?a|conclusions|ccl|summary|wrap[- ]?up|takeaways|key takeaways|resources|references|further reading|fazit|fragen|zusammenfassung|preguntas|perguntas|domande|conclusi[oó]n(?:es)?|conclus[aã]o|conclusione|questions?[- ]r[ée]ponses|まとめ|質疑応答|質疑|总结|问答|질의\s?응답|정리|마무리)$/iu;
/** An outline number before a section's name: `0 - `, `1.2 - `, `3. `, `2) `. */
const OUTLINE_NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)(?:[.)]?\s*[-–—:]\s+|[.)]\s+|\s+)(?=\S)/u;

export interface OneTalk {
  /** The talk's title as written (front matter, `@title`, the lone title heading), file-name forms cleaned. */
  title: string;
  /** The heading that gave the title, taken out of the talk's notes; null when the title came from front matter. */
  titleHeading: OutlineSection | null;
  speakers: Speaker[];
  /** The event from `conference:` / `event:`, with the year of the date when it names none. */
  conference: string | null;
  evidence: number;
}

export interface OneTalkInput {
  frontMatter: Record<string, unknown>;
  /** `directives`: the `@title`/`@author` header of a talk (its author is the speaker). */
  frontMatterKind: string;
  /** The notes' sections, a lone H1 title section already unwrapped. */
  sections: OutlineSection[];
  /** The lone H1 over the sections, if any. */
  titleSection: OutlineSection | null;
  date: string | null;
}

/** Pure: the one talk the whole file is about, or null when its evidence falls short or a section reads as a talk of its own. */
export function readOneTalk(input: OneTalkInput): OneTalk | null {
  const { frontMatter } = input;
  const leading = leadingTitleHeading(input.sections);
  const parts = leading ? input.sections.slice(1) : input.sections;
  if (parts.length === 0 || parts.some(carriesATalk)) return null;
  // A lone `# Day 1` over the sections is a day of talks, not a talk's title.
  if (input.titleSection && isDayTitle(input.titleSection.text)) return null;
  const speakerValue =
    firstField(frontMatter, SPEAKER_KEYS) ??
    (input.frontMatterKind === 'directives' ? firstField(frontMatter, ['author', 'authors']) : null);
  const byline = speakerValue === null ? bylineUnder(input.titleSection) : null;
  const speakers = speakerValue === null ? (panelOf(frontMatter) ?? byline) : speakersOf(speakerValue);
  const event = firstString(frontMatter, EVENT_KEYS);
  const title = stringOf(frontMatter.title) ?? input.titleSection?.text ?? leading?.text ?? null;
  if (title === null) return null;
  const names = parts.map((section) => partName(section.text));
  const evidence =
    (speakers && speakers.length > 0 && speakers !== byline ? SPEAKER_KEY : 0) +
    (byline !== null && speakers === byline ? BYLINE_UNDER_TITLE : 0) +
    (event !== null && stringOf(frontMatter.title) !== null ? EVENT_KEY : 0) +
    (names.slice(0, PART_REACH).some((name) => OPENING.test(name)) ? OPENING_PART : 0) +
    (names.slice(-PART_REACH).some((name) => CLOSING.test(name)) ? CLOSING_PART : 0) +
    (numberedAsOutline(parts) ? OUTLINE_NUMBERS : 0) +
    (leading?.content.some(isTableOfContents) ? TABLE_OF_CONTENTS : 0);
  if (evidence < ONE_TALK_EVIDENCE) return null;
  return {
    title: cleanFileNameTitle(title),
    titleHeading: stringOf(frontMatter.title) === null && input.titleSection === null ? leading : null,
    speakers: speakers ?? [],
    conference: event === null ? categoryEvent(frontMatter) : withYear(event, input.date),
    evidence,
  };
}

/** How sure the reading is, 0..1, from its evidence. */
export function oneTalkConfidence(evidence: number): number {
  return Math.round(Math.min(1, evidence / SURE_ONE_TALK) * 100) / 100;
}

/**
 * `20160614_Nomad-ClusterScheduler` → `Nomad-ClusterScheduler`: a title written as a file name loses its date prefix,
 * and its underscores become spaces when it has none. A title with spaces is left as written.
 */
export function cleanFileNameTitle(title: string): string {
  const text = title.trim();
  if (/\s/.test(text)) return text;
  const undated = text.replace(/^(?:(?:19|20)\d{6}|(?:19|20)\d\d-\d\d-\d\d)[_-]+(?=\S)/u, '');
  return undated.replace(/_+/g, ' ').trim() || text;
}

/** A section's name without its outline number and closing marks: `0 - Intro` → `Intro`, `Questions:` → `Questions`. */
function partName(text: string): string {
  return text
    .trim()
    .replace(OUTLINE_NUMBER, '')
    .replace(/[\s:：.!?？]+$/u, '')
    .trim();
}

/**
 * The names on the one line the title heading opens with (`Jane Roe & John Doe`, `Robin van Zijll and Janna Brummel`),
 * each a full name; null when that line is anything else (`by Jane Roe`, a sentence, a name alone of one word, a company).
 */
function bylineUnder(titleSection: OutlineSection | null): Speaker[] | null {
  const first = titleSection?.content[0];
  if (first?.type !== 'paragraph') return null;
  const text = toString(first).trim();
  if (text.includes('\n')) return null;
  // A comma may set a company apart (`Jane Roe, Example Corp`): the names are joined by `&`, `and`, `et`, `und`.
  const names = parseSpeakers(text);
  return names?.every((name) => /\s/u.test(name.name) && name.org === null) ? names : null;
}

/** A section that reads as a talk of its own: a speaker, a time, a slot, a day, a byline, at any depth. */
function carriesATalk(section: OutlineSection): boolean {
  const text = section.text.replace(OUTLINE_NUMBER, '');
  return (
    parseSessionHeading(text).speakers.length > 0 ||
    TIME_SLOT.test(text) ||
    isSlotTitle(text) ||
    isDayTitle(text) ||
    section.opensWithSpeaker === true ||
    section.speakerHeading !== undefined ||
    section.children.some(carriesATalk)
  );
}

/**
 * A first heading with nothing under it but a table of contents (or nothing), over further sections: the title of
 * the page (a setext `Title` over `---` before `# 0 - Intro`), not a part.
 */
function leadingTitleHeading(sections: OutlineSection[]): OutlineSection | null {
  const [first] = sections;
  if (!first || sections.length < 2 || first.children.length > 0) return null;
  return first.content.every(isTableOfContents) ? first : null;
}

/** Sections numbered from 0 in order, or with a part numbered under its section's number (`1` over `1.1`). */
function numberedAsOutline(sections: OutlineSection[]): boolean {
  const numbers = sections.map((section) => OUTLINE_NUMBER.exec(section.text.trim())?.[1] ?? null);
  const fromZero = numbers[0] === '0' && numbers.filter((n) => n !== null).every((n, i) => n === String(i));
  const nested = sections.some((section, i) => {
    const own = numbers[i];
    return own != null && section.children.some((child) => child.text.trim().startsWith(`${own}.`));
  });
  return fromZero || nested;
}

/** A list whose every item opens with a link into the page (`[0 - Intro](#0---intro)`), sub-lists alike. */
function isTableOfContents(node: RootContent): boolean {
  if (node.type !== 'list') return false;
  const items = (node as List).children;
  return items.length > 0 && items.every(linksIntoPage);
}

function linksIntoPage(item: ListItem): boolean {
  const [first, ...rest] = item.children;
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  return (
    lead?.type === 'link' &&
    lead.url.startsWith('#') &&
    rest.every((child) => child.type === 'list' && child.children.every(linksIntoPage))
  );
}

function firstField(data: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) if (data[key] !== undefined && data[key] !== null) return data[key];
  return null;
}

function firstString(data: Record<string, unknown>, keys: readonly string[]): string | null {
  return stringOf(firstField(data, keys));
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Keys of front matter under a talk's title that may list its panel: `subtitle: "Jane Roe, John Doe, & Ann Lee"`. A
 * panel's notes give each panellist's remarks a section (`### Donna Murch`): names alone there make no talk.
 */
const PANEL_KEYS = ['subtitle', 'panel', 'panelists', 'panellists'];
/** People a subtitle must name, every part of it a name, to be a panel. */
export const MIN_PANELLISTS = 2;

/** The panel a subtitle names, when it is only names (two or more); else null. */
function panelOf(frontMatter: Record<string, unknown>): Speaker[] | null {
  const text = firstString(frontMatter, PANEL_KEYS);
  const names = text === null ? null : parseSpeakerList(text.replace(/,\s*(?:&|and)\s+/giu, ', '));
  return names !== null && names.length >= MIN_PANELLISTS ? names : null;
}

/** Keys under which a post is filed: one talk's post is often filed under its conference. */
const CATEGORY_KEYS = ['categories', 'category', 'tags'];

/** The first category or tag that names an event with its year (`categories: [Cultural Studies Association 2015]`). */
function categoryEvent(frontMatter: Record<string, unknown>): string | null {
  const values = CATEGORY_KEYS.flatMap((key) => {
    const value = frontMatter[key];
    return Array.isArray(value) ? value : [value];
  });
  for (const value of values) {
    const name = typeof value === 'string' ? eventNameIn(value) : null;
    if (name !== null) return name;
  }
  return null;
}

/** `Jane Roe et John Doe`, `[Jane Roe, John Doe]`, `{ name: Jane Roe }`: the speakers, in order. */
function speakersOf(value: unknown): Speaker[] | null {
  const entries = Array.isArray(value) ? value : [value];
  const speakers: Speaker[] = [];
  for (const entry of entries) {
    const text = stringOf(entry) ?? stringOf((entry as { name?: unknown } | null)?.name);
    if (text !== null) speakers.push(...(parseSpeakerList(text, true) ?? []));
  }
  return speakers;
}

/** `Devoxx FR` and a date in 2024 → `Devoxx FR 2024`; a name that has its year keeps it. */
function withYear(event: string, date: string | null): string {
  const year = date?.slice(0, 4);
  return year && /^\d{4}$/.test(year) && !/\b(?:19|20)\d\d\b/.test(event) ? `${event} ${year}` : event;
}
