import type { RootContent } from 'mdast';
import { unwrapDayHolders } from './dayHolders.js';
import {
  hasTalkMark,
  isAsideTitle,
  isDayTitle,
  isGroupTitle,
  isResearchTitle,
  looksLikeTalk,
  splitDayPrefix,
} from './headingKinds.js';
import { readsAsNonTalk } from './nonTalkNames.js';
import { namesSpeakerByWord, parseMarkedTitle } from './sessionHeading.js';
import { slotHeading } from './slotHeading.js';
import { TIME_SLOT } from './speakers/timeSlot.js';
import { SHAPE_SHARE, listsShapedTalks, shapesOf, sharedShape } from './talkShape.js';
import { BOLD_RANK, type OutlineSection } from './outline.js';
import type { Section, Speaker } from './types.js';
import { showsEveryWord } from '../words.js';
import { unnamedDay } from './unnamedDay.js';

/** One talk as found in the notes, before its heading and content are read. */
export interface TalkSource {
  heading: string;
  text: string;
  line: number;
  body: RootContent[];
  /** The heading that groups it within its day ("Morning Keynotes"). */
  group: string | null;
  /** Its list writes the speaker before the title ("- Jane Roe - Title"). */
  speakerFirst?: boolean;
  /** Speakers its reading found beside the title ("Title - carlsu" in a list that names speakers after a dash). */
  speakers?: Speaker[];
  /** Its speakers were written apart from its title (a table's column): names the title seems to hold are its words. */
  speakersApart?: boolean;
  /** The person its heading names ("## Jane Roe"), its speaker when nothing else names one. */
  namedFor?: Speaker[];
  /** A heading of its own named the speakers ("# Jane Roe" over "## Title"). */
  speakerHeading?: { heading: string; text: string };
}

export interface DaySource {
  heading: string | null;
  text: string | null;
  line: number | null;
  intro: RootContent[];
  talks: TalkSource[];
}

export interface AsideSource {
  section: OutlineSection;
  kind: Section['kind'];
  placement: Section['placement'];
}

export interface Structure {
  days: DaySource[];
  asides: AsideSource[];
  /** Guesses worth telling the author about, with the line they concern. */
  notes: { line: number; message: string }[];
}

/** `rank`: the heading rank of the day or group (the lowest of groups merged into one day). */
type TopItem =
  | { kind: 'day'; day: DaySource; dated: boolean; rank: number }
  | { kind: 'loose'; section: OutlineSection };

/**
 * Pure: which headings are days, which are groups of talks and which are talks, decided per section:
 * a heading that reads as a day ("Day 2", "Monday 24th April") is a day; one whose sub-headings read as
 * talks ("Talk 1: ...", "Title - Speaker", "B. Title") or that names a group ("Morning Keynotes") gathers
 * talks; anything else is a talk, its sub-headings part of its content. Top-level sections that are not
 * talks and lie before the first or after the last day are asides (travel, summary, links to look into).
 */
export function inferStructure(written: OutlineSection[]): Structure {
  const sections = unwrapDayHolders(written);
  const notes: Structure['notes'] = [];
  const items: TopItem[] = [];
  let lastDated: DaySource | null = null;
  const dayOfTalk = dayPrefixedTalks(sections);
  // How the talks of the dated days are written: a section written so beside them is a talk, or holds talks.
  const datedTalks = sections.filter((section) => isDayTitle(section.text)).flatMap((section) => section.children);
  const shape = sharedShape(datedTalks);
  const talkRank = datedTalks[0]?.rank;
  const shaped = (section: OutlineSection) =>
    shape !== null && !isAsideTitle(section.text) && shapesOf(section.heading, section.text).includes(shape);
  // The last talk written at its day's level, while no aside has closed that run: the sections after it at its rank are weighed beside it.
  let slipped: { section: OutlineSection; talk: TalkSource } | null = null;
  for (const section of sections) {
    const itemCount = items.length;
    const prefixed = dayOfTalk.get(section);
    if (prefixed) {
      // "## Day 1 - 0945 - Title": a talk of day 1; the headings naming the same day in a row make that day.
      const talk = { ...talkOf(section, null), text: prefixed.rest };
      const open = lastDated as DaySource | null;
      if (open?.text === prefixed.day && items.at(-1)?.kind === 'day') open.talks.push(talk);
      else {
        lastDated = { heading: prefixed.day, text: prefixed.day, line: section.line, intro: [], talks: [talk] };
        items.push({ kind: 'day', day: lastDated, dated: true, rank: section.rank });
      }
    } else if (isDayTitle(section.text)) {
      const day = dayOf(section);
      items.push({ kind: 'day', day, dated: true, rank: section.rank });
      lastDated = day;
    } else if (
      lastDated &&
      !notATalk(section) &&
      (looksLikeTalk(section.text) || (section.children.length === 0 && shaped(section)))
    ) {
      // A talk whose heading level slipped ("## D. Awkward Packaging" among "### C." and "### F."): it stays in its day.
      notes.push({
        line: section.line,
        message: `Read \`${section.text}\` as a talk of ${lastDated.text} (its heading level differs from its neighbours)`,
      });
      const talk = talkOf(section, null);
      lastDated.talks.push(talk);
      // Its sub-sections are talks too only when they read so ("### D. Fourth"); else they are its parts ("### Slides").
      if (slippedTalksHoldTalks(section)) for (const child of section.children) addTalks(lastDated, child, null);
      else slipped = { section, talk };
    } else if (
      gathersTalks(section) ||
      holdsShapedTalks(section, (child) => child.rank === talkRank && shaped(child))
    ) {
      items.push({ kind: 'day', day: dayOf(section), dated: false, rank: section.rank });
      lastDated = null;
    } else if (lastDated && slipped?.section.rank === section.rank && !isAside(section) && section.body.length > 0) {
      // Between or after the day's talks written at its level, a section with notes at that level is a talk too, or a
      // part of the talk before whose heading rose a rank (its own sub-sections sit a rank below that talk's parts).
      const partOf = slipped.talk;
      if (risenPart(section, slipped.section)) {
        partOf.body.push(...sectionNodes(section));
        notes.push({
          line: section.line,
          message: `Read \`${section.text}\` as a part of \`${partOf.text}\` (its sub-headings sit below that talk's parts)`,
        });
      } else {
        const talk = talkOf(section, null);
        lastDated.talks.push(talk);
        slipped = { section, talk };
      }
    } else {
      items.push({ kind: 'loose', section });
    }
    // A day or group begins a new run; an aside (`Summary`) closes the run of talks at the day's level.
    if ((items.length > itemCount && items.at(-1)!.kind === 'day') || isAside(section)) slipped = null;
  }
  const placed = placeLooseSections(datedOrGrouped(items));
  // Talks whose level slipped join their day as they are met, loose ones after: each day in document order again.
  for (const day of placed.days) day.talks.sort((a, b) => a.line - b.line);
  return { ...placed, notes };
}

/**
 * Notes with no dated day ("Day 2", "5 May") have no days: their sections that gather talks ("Keynotes",
 * "Workshops") are groups of the notes' one day, each talk remembering its group. A group whose heading
 * says more than its plain text (a link's target), or that holds groups of its own, stays a day: its name is shown.
 */
function datedOrGrouped(items: TopItem[]): TopItem[] {
  if (items.some((item) => item.kind === 'day' && item.dated)) return items;
  const parts = items.filter((item) => item.kind === 'day');
  // "## 技术" (tech) over "#### 移动与Web", "#### 大数据" tracks, beside asides only: the one part of the notes that holds the
  // talks, not a day. Its talks, each in its track, are the notes' one day; its heading opens that day.
  const only = parts.length === 1 ? (parts[0] as Extract<TopItem, { kind: 'day' }>) : null;
  if (only?.day.talks.some((talk) => talk.group !== null)) {
    const day = unnamedDay(only.day.talks);
    day.intro.push(...headingNode(only.day, only.rank), ...only.day.intro);
    return items.map((item) => (item === only ? { ...only, day } : item));
  }
  const groups = items.filter(
    (item): item is Extract<TopItem, { kind: 'day' }> =>
      item.kind === 'day' &&
      // Stryker disable next-line ConditionalExpression: every day item here has a heading (a day or a group, by its section)
      item.day.heading !== null &&
      showsEveryWord(item.day.heading, item.day.text ?? '') &&
      // A group of groups keeps its name as the day's: a talk shows one group.
      item.day.talks.every((talk) => talk.group === null),
  );
  // Stryker disable next-line ConditionalExpression: with no group, the loop below returns the items as they are
  if (groups.length === 0) return items;
  const day = unnamedDay();
  // Stryker disable next-line BooleanLiteral: `dated` is read only above, before this day exists
  const merged: TopItem = { kind: 'day', day, dated: false, rank: Math.min(...groups.map((group) => group.rank)) };
  const first = items.indexOf(groups[0]!);
  const last = items.indexOf(groups.at(-1)!);
  const result: TopItem[] = [];
  for (const [index, item] of items.entries()) {
    // Between groups, a section of its own is a talk of the day, as between days.
    if (item.kind === 'loose' && index > first && index < last) day.talks.push(talkOf(item.section, null));
    if (!groups.includes(item as Extract<TopItem, { kind: 'day' }>)) {
      if (index <= first || index >= last || item.kind !== 'loose') result.push(item);
      continue;
    }
    const { day: group } = item as Extract<TopItem, { kind: 'day' }>;
    day.intro.push(...group.intro);
    day.talks.push(...group.talks.map((talk) => ({ ...talk, group: talk.group ?? group.text })));
    if (!result.includes(merged)) result.push(merged);
  }
  return result;
}

/**
 * A sibling of the days that is not dated ("Autre", a misspelt "Mecredi 12 avril") whose sub-sections are written as
 * the days' talks are (links, "Title - Someone", at their rank): it holds talks too. Needs two sub-sections, most of
 * them so written.
 */
function holdsShapedTalks(section: OutlineSection, shaped: (section: OutlineSection) => boolean): boolean {
  const children = section.children;
  if (children.length < 2 || isAsideTitle(section.text)) return false;
  return children.filter(shaped).length >= children.length * SHAPE_SHARE;
}

/** Four digits right after a day are a clock time ("Day 1, 0945: Title"), as a year there would not be followed by a title. */
const CLOCK_AFTER_DAY = /^(?:[01]\d|2[0-3])[0-5]\d\s*[:\-–—]\s+\S/u;
const CLOCK_PREFIX = /^(?:[01]\d|2[0-3])[0-5]\d\s*[:\-–—]\s+/u;

/**
 * Sections whose heading names a day before a talk ("## Day 1 - 0945 - The Admin Is Your Friend"): talks of that day,
 * not days, when a time slot follows the day or sibling headings name the same day again (a day is not written
 * twice). A section that gathers talks, or whose rest names a group ("Day 1: Keynotes"), stays a day.
 */
function dayPrefixedTalks(sections: OutlineSection[]): Map<OutlineSection, { day: string; rest: string }> {
  const split = new Map(
    sections.flatMap((section) => {
      const parts = splitDayPrefix(section.text);
      return parts ? [[section, parts] as const] : [];
    }),
  );
  const named = new Map<string, number>();
  for (const { day } of split.values())
    named.set(day.toLocaleLowerCase(), (named.get(day.toLocaleLowerCase()) ?? 0) + 1);
  const talks = new Map<OutlineSection, { day: string; rest: string }>();
  for (const [section, parts] of split) {
    const repeated = named.get(parts.day.toLocaleLowerCase())! > 1;
    const clock = !TIME_SLOT.test(parts.rest) && CLOCK_AFTER_DAY.test(parts.rest);
    const rest = clock ? parts.rest.replace(CLOCK_PREFIX, '') : parts.rest;
    if ((TIME_SLOT.test(parts.rest) || clock || repeated) && !isGroupTitle(rest) && !gathersTalks(section))
      talks.set(section, { day: parts.day, rest });
  }
  return talks;
}

/**
 * The sub-sections of a talk whose heading level slipped are talks of its day when half of them or more read as
 * talks (`## C. Third` over `### D. Fourth`); plain ones (`### Slides`, `### Building Communities`) are its parts.
 */
function slippedTalksHoldTalks(section: OutlineSection): boolean {
  const talkLike = section.children.filter((child) => saysTalk(child) || gathersTalks(child)).length;
  return talkLike > 0 && talkLike * 2 >= section.children.length;
}

/**
 * A section at its day's level whose sub-sections all sit two ranks below it or more (`## Indifferent access` over
 * `#### Why was this a problem?`), after a talk at that level whose parts sit one rank below (`### To err is human`):
 * a part of that talk whose heading rose a rank, not a talk of its own.
 */
function risenPart(section: OutlineSection, talkBefore: OutlineSection): boolean {
  return (
    section.children.length > 0 &&
    section.children.every((child) => child.rank >= section.rank + 2) &&
    talkBefore.children.some((child) => child.rank === section.rank + 1)
  );
}

/** Loose sections between days with talks are talks too; before the first or after the last they are asides. */
function placeLooseSections(items: TopItem[]): Omit<Structure, 'notes'> {
  const headingAnchors = items
    .map((item, index) =>
      item.kind === 'day' && (item.day.talks.length > 0 || opensTalkRun(items, index)) ? index : -1,
    )
    .filter((index) => index >= 0);
  // Dated days whose talks are list items (a slide per day, "# Day II" over "* Title by Jane Roe"): the sections
  // around them (a slide of statistics, one of thanks) are asides, never talks of theirs.
  const listDays = headingAnchors.length === 0 ? listDayIndexes(items) : [];
  const anchors = listDays.length > 0 ? listDays : headingAnchors;
  const days: DaySource[] = [];
  const asides: AsideSource[] = [];
  if (anchors.length === 0) {
    // No days: the notes are one day of talks, apart from summaries and the like at either end.
    const loose = items
      .filter((item): item is Extract<TopItem, { kind: 'loose' }> => item.kind === 'loose')
      .map((item) => item.section);
    let start = 0;
    let end = loose.length;
    while (start < end && isAside(loose[start]!)) start++;
    while (end > start && isAside(loose[end - 1]!)) end--;
    for (const item of items) if (item.kind === 'day') days.push(item.day);
    if (end > start) {
      // Between talks, a section named as none (`Booth tour`, `Opening`) or an aside by name (`詳細`, `Slides`) opens the day
      // with the notes' other words about it.
      const middle = loose.slice(start, end);
      const aboutTheDay = middle.filter(isAside);
      const talks = middle.filter((section) => !aboutTheDay.includes(section));
      if (talks.length > 0)
        days.push({
          heading: null,
          text: null,
          line: null,
          intro: aboutTheDay.flatMap(sectionNodes),
          talks: talks.map((section) => talkOf(section, null)),
        });
      else asides.push(...middle.map((section) => aside(section, 'closing')));
    }
    asides.push(
      ...loose.slice(0, start).map((section) => aside(section, 'opening')),
      ...loose.slice(end).map((section) => aside(section, 'closing')),
    );
    return { days, asides };
  }
  const first = anchors[0]!;
  const lastDay = items[anchors.at(-1)!] as Extract<TopItem, { kind: 'day' }>;
  const last = anchors.at(-1)! + trailingTalks(items.slice(anchors.at(-1)! + 1), lastDay.rank);
  let unnamed: DaySource | null = null;
  const leading = leadingTalks(items.slice(0, first));
  if (leading.length > 0)
    days.push({
      heading: null,
      text: null,
      line: null,
      intro: [],
      talks: leading.map((section) => talkOf(section, null)),
    });
  items.forEach((item, index) => {
    if (item.kind === 'day') {
      days.push(item.day);
      unnamed = null;
    } else if (index < first) {
      if (!leading.includes(item.section)) asides.push(aside(item.section, 'opening'));
    } else if (index > last || listDays.length > 0) asides.push(aside(item.section, 'closing'));
    else {
      // Between days: a talk of the day before when that is a dated day or the notes' one day, else of a group of its own.
      const previous = days.at(-1);
      // A section named as none (`Lunch`) with no group of talks to join: an aside, not a day of no talks.
      if (notATalk(item.section) && unnamed === null && !(previous && hostsLooseTalks(previous))) {
        asides.push(aside(item.section, 'closing'));
        return;
      }
      const host = previous && hostsLooseTalks(previous) ? previous : (unnamed ??= pushed(days, unnamedDay()));
      // A section named as none (`Party`, `Fazit`) among them: the day's own notes.
      if (notATalk(item.section)) host.intro.push(...sectionNodes(item.section));
      else host.talks.push(talkOf(item.section, null));
    }
  });
  return { days, asides };
}

/** Talks written before the first day (a first day the notes never name, then `Friday`), at least this many. */
export const MIN_LEADING_TALKS = 2;

/**
 * The sections before the first day that are talks of an unnamed first day: those that say they are talks (name a
 * speaker, a slot), when there are enough of them and they make most of what comes before the day, asides apart.
 * Else none: an introduction, a `Background` section, a lone talk-like heading stay the notes' opening.
 */
function leadingTalks(items: TopItem[]): OutlineSection[] {
  const sections = items
    .filter((item): item is Extract<TopItem, { kind: 'loose' }> => item.kind === 'loose')
    .map((item) => item.section)
    .filter((section) => !isAside(section));
  const talks = sections.filter(saysTalk);
  return talks.length >= MIN_LEADING_TALKS && talks.length * 2 > sections.length ? talks : [];
}

/** Dated days, at least this many, each holding a list of at least this many items, make the notes' days of listed talks. */
export const MIN_LIST_DAYS = 2;
export const MIN_DAY_LIST_ITEMS = 3;

/** The dated days with no talk headings whose notes hold a list long enough to be their talks, when there are enough. */
function listDayIndexes(items: TopItem[]): number[] {
  const indexes = items
    .map((item, index) =>
      item.kind === 'day' &&
      item.dated &&
      item.day.intro.some((node) => node.type === 'list' && node.children.length >= MIN_DAY_LIST_ITEMS)
        ? index
        : -1,
    )
    .filter((index) => index >= 0);
  return indexes.length >= MIN_LIST_DAYS ? indexes : [];
}

/** Sections after the last day that must read as talks, this share of them, before the run is its talks. */
export const TRAILING_TALK_SHARE = 0.6;

/**
 * How many of the sections after the last day are its talks: the run up to the first aside ("Summary") or heading
 * above the day's rank, when it
 * reads as talks taken together (60% of two or more say so: a speaker in the heading, a byline or a name under it; or three or
 * more share a way of writing talks). `## Service Mesh Patterns - ACME`, `## Testing with Rego - Example Corp` after a
 * day of H3 talks, or H2 talks after a group of H3 ones (`## Lightning talks`), are that day's talks, not asides.
 */
function trailingTalks(after: TopItem[], dayRank: number): number {
  const run: OutlineSection[] = [];
  for (const item of after) {
    // A heading above the day's rank closes the day: it is no talk of it.
    if (item.kind !== 'loose' || isAsideTitle(item.section.text) || item.section.rank < dayRank) break;
    run.push(item.section);
  }
  if (run.length < 2) return 0;
  // A name as the first line counts here: the run is weighed together.
  const marked = run.filter((section) => saysTalk(section) || section.opensWithName === true).length;
  return marked >= run.length * TRAILING_TALK_SHARE || sharedShape(run) !== null ? run.length : 0;
}

/**
 * A dated day with no talks of its own whose next sections, at its rank or below, read as talks together (trailingTalks):
 * `## Day 1` then `## Talk 1`, `## Talk 2` (class 1, the talks at the day's level). Those are its talks.
 */
function opensTalkRun(items: TopItem[], index: number): boolean {
  const item = items[index]!;
  return item.kind === 'day' && item.dated && trailingTalks(items.slice(index + 1), item.rank) > 0;
}

/** A day that takes the loose talks after it: a dated day, or the notes' one day. */
function hostsLooseTalks(day: DaySource): boolean {
  return day.heading === null || (day.text !== null && isDayTitle(day.text));
}

/** An aside by name (`Summary`, `Things to Google`) or a section named as no talk that nothing else makes one. */
function isAside(section: OutlineSection): boolean {
  return isAsideTitle(section.text) || notATalk(section);
}

/** Named as no talk (`Fazit`, `Venue`, `Schedule`), with neither a speaker and long notes, nor talks of its own, to say otherwise. */
function notATalk(section: OutlineSection): boolean {
  // An empty heading that names a group (`## Talks`, `# 各発表のメモ`) labels the talks written after it at its level.
  if (section.body.length === 0 && section.children.length === 0 && isGroupTitle(section.text)) return true;
  if (section.children.some((child) => saysTalk(child) || gathersTalks(child))) return false;
  return readsAsNonTalk(section.text, saysTalk(section) || section.speakerHeading !== undefined, section.body);
}

/**
 * A section's heading (rebuilt: the outline keeps its text and line, not its node) and its notes, to be shown as
 * written among the day's own notes.
 */
function sectionNodes(section: OutlineSection): RootContent[] {
  const heading: RootContent = {
    type: 'heading',
    depth: Math.min(section.writtenRank ?? section.rank, 6) as 1 | 2 | 3 | 4 | 5 | 6,
    children: [{ type: 'text', value: section.heading }],
    position: { start: { line: section.line, column: 1 }, end: { line: section.line, column: 1 } },
  };
  return [heading, ...section.body];
}

/** A day's heading as a node of notes (its words kept where the day is no longer named). */
function headingNode(day: DaySource, rank: number): RootContent[] {
  // Stryker disable next-line ConditionalExpression: a part that holds talks always has its heading
  if (day.heading === null || day.line === null) return [];
  return [
    {
      type: 'heading',
      depth: Math.min(rank, 6) as 1 | 2 | 3 | 4 | 5 | 6,
      children: [{ type: 'text', value: day.heading }],
      position: { start: { line: day.line, column: 1 }, end: { line: day.line, column: 1 } },
    },
  ];
}

function pushed<T>(list: T[], value: T): T {
  list.push(value);
  return value;
}

function aside(section: OutlineSection, placement: Section['placement']): AsideSource {
  return { section, placement, kind: isResearchTitle(section.text) ? 'research' : 'notes' };
}

function dayOf(section: OutlineSection): DaySource {
  const day: DaySource = {
    heading: section.heading,
    text: section.text,
    line: section.line,
    intro: [...section.content],
    talks: [],
  };
  for (const child of section.children) addTalks(day, child, null);
  return day;
}

/** A day's sub-section: one talk, or a group of talks (flattened, each remembering its group; the group's own notes open the day). */
function addTalks(day: DaySource, section: OutlineSection, group: string | null): void {
  // "Community Awards", "Bilan de la journée": the day's own notes, not a talk of it.
  if (notATalk(section)) {
    day.intro.push(...sectionNodes(section));
    return;
  }
  // A group below the day's groups (`#### Talks I heard` over linked `#####` talks) gathers them too, unless it is a talk.
  const gathers = gathersTalks(section) || (!saysTalk(section) && listsShapedTalks(section.children));
  // A group shows its plain text: a heading with words that drops (a link's target) is read as a talk, kept as written.
  if (!gathers || !showsEveryWord(section.heading, section.text)) {
    // A talk named by a link, its notes, then lines that each name another talk and its speaker (`[Title par Jane Roe](…)`):
    // it is one talk, they are the next ones.
    const lines = gathers && section.children.every((child) => child.rank === BOLD_RANK && saysTalk(child));
    day.talks.push(lines ? { ...talkOf(section, group), body: section.content } : talkOf(section, group));
    if (lines) for (const child of section.children) day.talks.push(talkOf(child, group));
    return;
  }
  day.intro.push(...section.content);
  // A group inside a group names both ("Track A · Morning"): a talk shows one group line, and the outer name is the author's too.
  const name = group === null ? section.text : `${group} · ${section.text}`;
  for (const child of section.children) addTalks(day, child, name);
}

function talkOf(section: OutlineSection, group: string | null): TalkSource {
  return {
    heading: section.heading,
    text: section.text,
    line: section.line,
    body: section.body,
    group,
    ...(section.speakerHeading === undefined ? {} : { speakerHeading: section.speakerHeading }),
    ...(section.namedFirst === undefined ? {} : { namedFor: section.namedFirst }),
  };
}

/**
 * A section that reads as one talk: its heading says so (`Jane Roe, Example University, *Title*` too) or names
 * a slot of the programme, or a "Presenter: Jane Roe" line opens it.
 */
function saysTalk(section: OutlineSection): boolean {
  return (
    looksLikeTalk(section.text) ||
    parseMarkedTitle(section.heading) !== null ||
    // "### Session 3", "### 14:00 ~ 14:40": a place in the programme holds one talk.
    slotHeading(section.text) !== null ||
    section.opensWithSpeaker === true ||
    section.speakerHeading !== undefined ||
    section.namedFirst !== undefined
  );
}

/** A section whose sub-sections are talks, or that names a group of talks and has sub-sections. */
function gathersTalks(section: OutlineSection): boolean {
  const children = section.children;
  if (children.length === 0) return false;
  // A section of days ("Tuesday", "Wednesday") lists what happened; it is not a group of talks, unless it is named
  // as one and its days hold talks (`### Talks` over `#### Thursday`, `#### Friday`, inside `## Day 2 + 3`).
  if (children.every((child) => isDayTitle(child.text)))
    return isGroupTitle(section.text) && children.some((child) => gathersTalks(child));
  if (isGroupTitle(section.text) && !looksLikeTalk(section.text)) return true;
  // A heading that names its speaker (`Title by Jane Roe`) is a talk: sub-sections that merely have a dash or a number
  // (`## Visual Issues - Color Issues`, `### 1) Low contrast`) are its parts; only talks that say so firmly outweigh it.
  const talkLike = namesSpeakerByWord(section.heading)
    ? children.filter((child) => saysTalkFirmly(child) || isGroupTitle(child.text)).length
    : children.filter((child) => saysTalk(child) || gathersTalks(child)).length;
  return talkLike > 0 && talkLike * 2 >= children.length;
}

/**
 * A section that says it is a talk in a way no part of a talk is written: its speaker after a by-word or in parentheses,
 * a talk mark (`Talk 3:`), a marked title, a slot, a speaker line or heading. Not a dash tail or a list number alone.
 */
function saysTalkFirmly(section: OutlineSection): boolean {
  return (
    namesSpeakerByWord(section.heading) ||
    hasTalkMark(section.text) ||
    parseMarkedTitle(section.heading) !== null ||
    slotHeading(section.text) !== null ||
    section.opensWithSpeaker === true ||
    section.speakerHeading !== undefined
  );
}
