import type { Heading, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { headingText, lineOf } from '../blocks.js';
import { isAsideTitle, isDayTitle, isGroupTitle, isTalkListTitle } from '../headingKinds.js';
import { showsEveryWord } from '../../words.js';
import type { AsideSource, DaySource, TalkSource } from '../inferStructure.js';
import { joinAdjacentLists, talksOfList } from './listTalks.js';
import { talksOfTable } from './tableTalks.js';

export interface ListReading {
  /** What comes before the first list of talks. */
  intro: RootContent[];
  days: DaySource[];
  /** A section after the last list of talks ("## Conclusion"). */
  asides: AsideSource[];
  /** Sum of the items' evidence (see itemEvidence). */
  evidence: number;
}

interface OpenHeading {
  node: Heading;
  text: string;
}

/**
 * Pure: the reading in which talks are list items ("- [Title](url) - Speaker", "* 14:30 - 15:00 : Title",
 * event URLs). Each list of talks belongs to the nearest enclosing heading that reads as a day, or to no
 * day; a heading between the day and the list ("Ignite Talks") groups its items. Everything else stays,
 * in order, in the intro of the conference or of the day it follows. Null when no list reads as talks.
 */
export function listReading(nodes: RootContent[], source: string): ListReading | null {
  return blockTalksReading(nodes, source, (node, host) => {
    if (
      host &&
      ((isAsideTitle(host.text) && !isTalkListTitle(host.text)) || isPeopleTitle(host.text) || isOthersTitle(host.text))
    )
      return null;
    if (node.type === 'table') return tableTalks(node, source);
    return node.type === 'list' ? talksOfList(node, source, null, host !== null && isGroupTitle(host.text)) : null;
  });
}

/** A table row that names its speakers says it is a talk as a list item naming them does. */
export const TABLE_ROW_WITH_SPEAKERS = 1;
/** A row with a title alone, under a header that names the column of talks. */
export const TABLE_ROW_TITLE_ONLY = 0.5;

/**
 * A programme given as a table (`| 세션 내용 | 발표자 |`, `| Title | Speaker |`): its rows are talks. The table stays where
 * it is (`keep`), so its other columns (a row's number, links to slides) are still shown.
 */
function tableTalks(table: Table, source: string): ReturnType<BlockTalks> {
  const talks = talksOfTable(table, source);
  if (!talks) return null;
  const evidence = talks.reduce(
    (sum, talk) =>
      sum +
      (talk.speakers !== undefined || talk.speakerHeading !== undefined
        ? TABLE_ROW_WITH_SPEAKERS
        : TABLE_ROW_TITLE_ONLY),
    0,
  );
  return { talks, evidence, keep: true };
}

/**
 * Headings of what is left over after the programme, a word alone: "Others", "Otros", "Autres", "その他", "기타" (talks
 * that were not given, links, odds and ends). "Other talks" names talks: not this.
 */
const OTHERS_TITLE = /^(?:others?|otros|otras|outros|outras|autres|andere|altri|その他|其他|기타)$/iu;

export function isOthersTitle(title: string): boolean {
  return OTHERS_TITLE.test(title.trim().replace(/[:.!]+$/u, ''));
}

/** Headings over lists of people, not of talks: "Attendees", "Participants", "参会者". */
const PEOPLE_TITLE =
  /^(?:attendees|participants|who (?:was|came)|people|team|organi[sz]ers|teilnehmer(?:innen)?|participantes|参会者|参会人员|与会者|出席者|参加者|참가자)$/iu;

export function isPeopleTitle(title: string): boolean {
  return PEOPLE_TITLE.test(title.trim().replace(/[:.!]+$/, ''));
}

/** The talks a block holds (a list's items, a paragraph's links), given the heading it sits under; null when none. */
export type BlockTalks = (
  node: RootContent,
  host: { node: Heading; text: string } | null,
) => {
  talks: TalkSource[];
  evidence: number;
  /** The block stays in the notes where it is (a table). */
  keep?: boolean;
} | null;

/**
 * Pure: a reading in which talks sit inside blocks (found by `talksIn`) rather than in headings: each block's talks
 * belong to the nearest enclosing heading that reads as a day; the other blocks stay in order, in the intro of the
 * conference or the day, or after the talk they follow.
 */
export function blockTalksReading(nodes: RootContent[], source: string, talksIn: BlockTalks): ListReading | null {
  const open: OpenHeading[] = [];
  const intro: RootContent[] = [];
  const days: DaySource[] = [];
  let pending: RootContent[] = [];
  let evidence = 0;
  for (const { node, parts } of joinAdjacentLists(nodes)) {
    if (node.type === 'heading') {
      while (open.length > 0 && open.at(-1)!.node.depth >= node.depth) open.pop();
      open.push({ node, text: toString(node).trim() });
      pending.push(node);
      continue;
    }
    const host = open.at(-1) ?? null;
    const found = talksIn(node, host);
    if (!found) {
      pending.push(...parts);
      continue;
    }
    if (found.keep) pending.push(...parts);
    const dayHeading = [...open].reverse().find((entry) => isDayTitle(entry.text)) ?? null;
    const group = host && host !== dayHeading ? host : null;
    // The day's and the group's own headings are shown as such, not again as content (a group's label is
    // its plain text: a heading with words that label drops, such as a link's target, stays as written).
    const groupShown = group !== null && showsEveryWord(headingText(group.node, source), group.text);
    const shown = pending.filter((entry) => entry !== dayHeading?.node && !(groupShown && entry === group.node));
    const dayLine = dayHeading ? lineOf(dayHeading.node) : null;
    let day = days.at(-1);
    if (!day || day.line !== dayLine) {
      const split = dayHeading ? pending.indexOf(dayHeading.node) : -1;
      const before = split < 0 ? shown : shown.filter((entry) => pending.indexOf(entry) < split);
      (day?.talks.at(-1)?.body ?? intro).push(...before);
      day = {
        heading: dayHeading ? headingText(dayHeading.node, source) : null,
        text: dayHeading?.text ?? null,
        line: dayLine,
        intro: shown.filter((entry) => !before.includes(entry)),
        talks: [],
      };
      days.push(day);
    } else (day.talks.at(-1)?.body ?? day.intro).push(...shown); // notes after a list of talks follow its last talk
    pending = [];
    day.talks.push(...found.talks.map((talk) => ({ ...talk, group: group?.text ?? null })));
    evidence += found.evidence;
  }
  if (days.length === 0) return null;
  // After the last list: a section of its own is a closing aside; loose lines follow the last talk.
  const [first, ...rest] = pending;
  const asides: AsideSource[] = [];
  if (first?.type === 'heading') {
    asides.push({
      kind: 'notes',
      placement: 'closing',
      section: {
        heading: headingText(first, source),
        text: toString(first).trim(),
        line: lineOf(first),
        rank: first.depth,
        content: rest,
        body: rest,
        children: [],
      },
    });
  } else
    days
      .at(-1)!
      .talks.at(-1)!
      .body.push(...pending);
  return { intro, days, asides, evidence };
}
