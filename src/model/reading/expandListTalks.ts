import type { RootContent } from 'mdast';
import { isGroupTitle, looksLikeTalk } from '../headingKinds.js';
import { showsEveryWord } from '../../words.js';
import type { DaySource, TalkSource } from '../inferStructure.js';
import { joinAdjacentLists, MIN_TALK_SHARE, sureTalkShare, talksOfList } from './listTalks.js';
import { talksOfTable } from './tableTalks.js';

/**
 * Pure: talks written as list items or table rows inside a heading reading: a day with no talk headings takes the
 * talks of its lists and tables ("## Day 1" then "* 14:30 - 15:00 : Title - Speaker"). A talk's own list stays
 * its notes, even under "Lightning Talks": there the list reading competes as a whole (chooseReading).
 */
export function expandListTalks(days: DaySource[], source: string): DaySource[] {
  const expanded = days.map((day) => expandDay(expandGroupLists(day, source), source, MIN_TALK_SHARE));
  // Where other days' lists read as talks, a day's list needs fewer items that say so ("Extra: Code-Jam" beside them).
  const listed = expanded.filter((day, index) => day !== days[index]).length;
  if (listed < MIN_LISTED_DAYS) return expanded;
  return expanded.map((day, index) => (day === days[index] ? expandDay(day, source, SIBLING_TALK_SHARE) : day));
}

/** Days whose lists read as talks before the other days' lists are read with SIBLING_TALK_SHARE. */
export const MIN_LISTED_DAYS = 1;
/** Share of a list's items that must read as talks where other days' lists are talks. */
export const SIBLING_TALK_SHARE = 0.5;

/**
 * A "talk" of a day that is named as a group of talks (`### Ignite Talks`, `### Lightning talks`) with no sub-headings,
 * over a list whose items read as talks on their own (a link, a speaker, a time: short lines alone are not enough
 * here): the items are the talks, in that group; its other notes open the day, as a group's do. Only inside a day
 * whose other talks are headings: the list reading cannot take those.
 */
function expandGroupLists(day: DaySource, source: string): DaySource {
  // Notes without days: there the list reading weighs such a list against the headings as a whole (chooseReading).
  if (day.text === null) return day;
  const intro = [...day.intro];
  const talks = day.talks.flatMap((talk) => {
    if (!showsEveryWord(talk.heading, talk.text)) return [talk];
    if (talk.body.some((node) => node.type === 'heading')) return [talk];
    if (!isGroupTitle(talk.text) && !listsOthersTalks(talk, source)) return [talk];
    const listed: TalkSource[] = [];
    const notes: RootContent[] = [];
    for (const { node, parts } of joinAdjacentLists(talk.body)) {
      const found = node.type === 'list' ? talksOfList(node, source, talk.text, false) : null;
      if (found) listed.push(...found.talks);
      else notes.push(...parts);
    }
    if (listed.length === 0) return [talk];
    intro.push(...notes);
    return listed;
  });
  return talks.length === day.talks.length && talks.every((talk, index) => talk === day.talks[index])
    ? day
    : { ...day, intro, talks };
}

/** A panel or a Q&A lists who sat on it: `TC39 Panel`, `Podiumsdiskussion`, `Mesa redonda`, `パネル`, `圆桌`. */
const PANEL =
  /\b(?:panel|q\s*&\s*a|ama|podiumsdiskussion|mesa\s+redonda|table\s+ronde|tavola\s+rotonda)\b|パネル|圆桌|圓桌|座谈|패널/iu;

/** Share of a list's items that must name their speaker (or slot) for a heading that names no group to gather them. */
export const SURE_ITEMS_SHARE = 0.7;

/**
 * A "talk" whose heading names no one (`#### So many others...`, `### Honourable mentions`, `### Was ich noch sah`)
 * over a list whose items each name a talk and its speaker (`- Jane Roe (@jroe) - Title`, `- Title by Jane Roe`), at
 * least SURE_ITEMS_SHARE of them: the author's round-up of more talks, a group of them. A heading that names its
 * speaker or a panel keeps its list as its notes (`TC39 Panel` over its panellists).
 */
function listsOthersTalks(talk: TalkSource, source: string): boolean {
  if (talk.speakerHeading || talk.namedFor || looksLikeTalk(talk.text) || PANEL.test(talk.text)) return false;
  return joinAdjacentLists(talk.body).some(
    ({ node }) => node.type === 'list' && sureTalkShare(node, source) >= SURE_ITEMS_SHARE,
  );
}

function expandDay(day: DaySource, source: string, minShare: number): DaySource {
  if (day.talks.length > 0) return day;
  const talks: TalkSource[] = [];
  const intro: RootContent[] = [];
  // Stryker disable next-line ConditionalExpression: a day with no title reads as "null", no group title
  const inGroup = day.text !== null && isGroupTitle(day.text);
  for (const { node, parts } of joinAdjacentLists(day.intro)) {
    // Stryker disable next-line ConditionalExpression: a table's rows and a paragraph's words have no item paragraph, so no talk
    const found = node.type === 'list' ? talksOfList(node, source, null, inGroup, minShare) : null;
    // A table of talks stays in the day's intro: its other columns (notes, slides) are shown there.
    const listed = node.type === 'table' ? talksOfTable(node, source) : null;
    if (found) talks.push(...found.talks);
    else intro.push(...parts);
    if (listed) talks.push(...listed);
  }
  return talks.length > 0 ? { ...day, intro, talks } : day;
}
