import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lineOf, picturesOnly, sourceOf } from '../blocks.js';
import { boldLead } from '../boldLeads.js';
import type { TalkSource } from '../inferStructure.js';
import { isGroupTitle } from '../headingKinds.js';
import { parseSessionHeading, speakerFirstShape } from '../sessionHeading.js';
import { personItemSpeakers } from '../speakers/personItems.js';
import { handleSpeakers } from '../speakers/dashHandles.js';
import { BY_WORD } from '../speakers/speakerMarks.js';
import { hasTalkLabel, labelledTalk, numbered } from './labelledItems.js';
import { firstBulletSpeaker } from '../speakers/speakerBullets.js';
import { TIME_SLOT, withoutTimeSlot } from '../speakers/timeSlot.js';
import { isNonTalkName } from '../nonTalkNames.js';
import { resourceLinksTitle } from './resourceLinks.js';
import { isFillerLine } from './fillerItems.js';
import { handleLead } from '../speakers/handleLeads.js';

/** How sure an item is a talk: 1 when it says so (a slot, a speaker, an event URL), less when it is only a link or a short line. */
export type ItemEvidence = number;

/** Event pages: "https://fosdem.org/2020/schedule/event/some_talk/", ".../presentation/suriar-anycast". */
const EVENT_URL =
  /^https?:\/\/\S+\/(?:event|events|talks?|sessions?|presentations?|proposal|schedule)\/([^/\s?#]+)\/?(?:[?#]\S*)?$/i;
/** Each item of a list whose items are "Name - Title" counts this much more: names are evidence of talks. */
export const SPEAKER_FIRST_EVIDENCE = 0.4;
/** A separator after a leading name that no title uses: " ~ " or a full-width colon. */
const SET_APART_NAME = /^[^~：]{2,40}(?:\s~\s|：)/u;
/** A line that ends in a full stop ("。", ".", "。。。") says what the author did, not what a talk was called. */
const ITINERARY_LINE = /[.。]$/u;
/** Items longer than this are notes, not a talk's title line. */
const MAX_ITEM = 220;
/** An item led by a talk in bold that reads as a talk only speaker first (`**Jane Roe, Role - Title**: notes`): less sure. */
export const NAME_FIRST_LEAD_EVIDENCE = 0.5;
/** A title followed by its recording or slides (`Title: [Video](…)`): a talk the author lists, less sure than a speaker. */
export const RESOURCE_LINKS_EVIDENCE = 0.8;
/** Fewer talk-like items than this share and the list is notes. */
export const MIN_TALK_SHARE = 0.7;
/** A list needs this many items to be read as talks: two links are a "see also". */
export const MIN_TALK_ITEMS = 3;

/**
 * Lists that follow each other with nothing between are one list to a reader: a change of bullet
 * (`*` then `-`) starts a new list in Markdown, yet "* 10h : A" then "- 11h : B" is one schedule. So are lists with
 * only photos between them (a meetup's programme, a photo after each item): each photo joins the item before it.
 */
export function joinAdjacentLists(nodes: RootContent[]): { node: RootContent; parts: RootContent[] }[] {
  const joined: { node: RootContent; parts: RootContent[] }[] = [];
  let photos: RootContent[] = [];
  const flushPhotos = () => {
    for (const photo of photos) joined.push({ node: photo, parts: [photo] });
    photos = [];
  };
  for (const node of nodes) {
    const previous = joined.at(-1);
    if (previous?.node.type === 'list' && picturesOnly(node)) {
      photos.push(node);
      continue;
    }
    if (node.type === 'list' && previous?.node.type === 'list' && previous.node.ordered === node.ordered) {
      const list = previous.node;
      const items =
        photos.length === 0
          ? list.children
          : [...list.children.slice(0, -1), withBlocks(list.children.at(-1)!, photos)];
      // Where the lists are not talks, their parts are kept as written.
      joined[joined.length - 1] = {
        node: {
          ...list,
          children: [...items, ...node.children],
          position:
            list.position && node.position ? { start: list.position.start, end: node.position.end } : list.position,
        },
        parts: [...previous.parts, ...photos, node],
      };
      photos = [];
    } else {
      flushPhotos();
      joined.push({ node, parts: [node] });
    }
  }
  flushPhotos();
  return joined;
}

/** The item with `blocks` after its own: a photo between two items belongs to the one above it. */
function withBlocks(item: ListItem, blocks: RootContent[]): ListItem {
  return {
    ...item,
    children: [...item.children, ...(blocks as ListItem['children'])],
    position:
      item.position && blocks.at(-1)?.position
        ? { start: item.position.start, end: blocks.at(-1)!.position!.end }
        : item.position,
  };
}

/** "- 16:25 Break/gifts", "- ~ 17:19 End": an item of the programme that names a meal, a break or the day's start or end. */
function isNonTalkItem(item: ListItem): boolean {
  const text = itemText(item);
  // A caption over sub-items (`- Sponsors:`) is weighed as captions are.
  return text !== '' && !isCaptionItem(item) && isNonTalkName(withoutTimeSlot(text));
}

/** "- ...", "- many many more!": the list goes on, the item names nothing; it joins the notes of the talk before. */
function isFillerItem(item: ListItem): boolean {
  return item.children.length === 1 && isFillerLine(itemText(item));
}

/**
 * The items a list's share of talks is taken over: "- Lightning talks:" over sub-items is a caption among the talks,
 * and "- ...", "- and many more!" closing the list are fillers; both count neither way.
 */
function countedItems(list: List): ListItem[] {
  return list.children.filter((item) => !isCaptionItem(item) && !isFillerItem(item));
}

/** The first line of an item, as plain text with whitespace folded. */
function itemText(item: ListItem): string {
  const [first] = item.children;
  if (first?.type !== 'paragraph') return '';
  // "Jane Roe ![photo](…) ~ Title ;": a photo's alt text is no part of the line, nor a closing semicolon.
  const words = first.children.filter((child) => child.type !== 'image').map((child) => toString(child));
  return words
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[;；]$/u, '');
}

/** "Title (Jane Roe, Acme): notes…", "Title by Jane Roe: notes…": a talk's line, then what the author thought of it. */
const LEAD = new RegExp(
  String.raw`^(.{3,200}?(?:\([^()]{3,80}\)|\s${BY_WORD}\s[^:()]{3,60}?))\s*(?:[:：.–—]|\s-)\s+\S`,
  'u',
);

/** The part of an item's line that names the talk: all of it, or its lead when only the lead names speakers. */
export function talkLine(text: string): string {
  if (parseSessionHeading(text).speakers.length > 0) return text;
  const lead = LEAD.exec(text)?.[1];
  return lead && parseSessionHeading(lead).speakers.length > 0 ? lead : text;
}

/** A link to a talk's own page in a programme. */
export function isEventUrl(url: string): boolean {
  return EVENT_URL.test(url.trim());
}

/** A title made of an event URL's last path part: "some_talk" → "some talk". */
export function titleFromEventUrl(text: string): string | null {
  const match = EVENT_URL.exec(text.trim());
  if (!match) return null;
  const slug = decodeURIComponent(match[1]!).replace(/\.[a-z]{2,5}$/i, '');
  return /[a-z]/i.test(slug) ? slug.replace(/[_-]+/g, ' ').trim() : null;
}

/**
 * Pure: how much one list item reads as a talk. `inGroup`: the list sits under a heading that names
 * talks ("Lightning Talks"), so a short bare line counts a little too. `source`, the notes' text, lets
 * a byline under the item count ("- Title" with "+ Jane Roe, Staff Engineer at Example" as its first sub-item).
 */
export function itemEvidence(item: ListItem, inGroup: boolean, source?: string): ItemEvidence {
  // "3. Vortrag: …": a numbered talk label says so, however long the notes run on after it.
  if (hasTalkLabel(item)) return 1;
  // "**Jane Roe - "Title"**: notes…": the bold lead names the talk, however long the notes after it.
  const lead = source === undefined ? null : leadOfItem(item, source);
  if (lead) return lead.reads === 'named' ? 1 : NAME_FIRST_LEAD_EVIDENCE;
  const text = talkLine(itemText(item));
  if (text.length === 0 || text.length > MAX_ITEM) return 0;
  const [first, ...under] = item.children;
  // A sub-item that names a person with a role or a handle says who gave the talk above it.
  if (source !== undefined && firstBulletSpeaker(under, source) === 'marked') return 1;
  if (titleFromEventUrl(text)) return 1;
  // "8:15 Arrived at the venue.": a time before a sentence is an itinerary, not a programme.
  if (TIME_SLOT.test(text)) return ITINERARY_LINE.test(text) ? 0 : 1;
  const opening = (first as Paragraph).children[0];
  // "[Title](#title)": a table of contents names sections of this page, which the heading reading has.
  if (opening?.type === 'link' && opening.url.startsWith('#')) return 0;
  const startsWithLink = opening?.type === 'link';
  if (parseSessionHeading(text).speakers.length > 0) return 1;
  // "Jane Roe (@jroe) - Title": a handle says the lead is who spoke.
  if (handleLead(text) !== null) return 1;
  // "Title: [Video][ref] & [Slides][ref]": the links after the title say it was a talk.
  if (first?.type === 'paragraph' && resourceLinksTitle(first) !== null) return RESOURCE_LINKS_EVIDENCE;
  // "Jane Roe ~ title", "王小明：title": a name first, set apart by a tilde or a full-width colon (a dash
  // could as well start a subtitle); the list then reads its items speaker first (talksOfList).
  if (SET_APART_NAME.test(text) && speakerFirstShape(text) !== null) return 1;
  // A sentence is a note: it ends in a full stop or runs long.
  const sentence = /[.。!?！？]$/.test(text) && !startsWithLink;
  if (sentence || text.split(/\s+/).length > 16) return 0;
  if (startsWithLink) return 0.6;
  return inGroup ? 0.5 : 0;
}

/**
 * Pure: the share of a list's items that say they are talks on their own (evidence 1: a speaker, a slot, an event
 * page), captions and fillers (`- ...`) apart; 0 for a list shorter than MIN_TALK_ITEMS.
 */
export function sureTalkShare(list: List, source: string): number {
  const counted = countedItems(list);
  if (list.children.length < MIN_TALK_ITEMS || counted.length === 0) return 0;
  const scores = new Map(zip(list.children, itemScores(list, false, source)));
  return counted.filter((item) => scores.get(item)! >= 1).length / counted.length;
}

/** Items written `Jane Roe (@jroe) - Title` a list needs before its other speaker-first items count as talks too. */
export const MIN_HANDLE_LEADS = 2;

/**
 * Each item's evidence (itemEvidence), weighed with its list: where at least MIN_HANDLE_LEADS items name their speaker
 * with a handle first (`Jane Roe (@jroe) - Title`), the list writes who spoke first, so an item that reads only so
 * (`Lin Clark - A Cartoon Intro`, `Jane Roe & John Doe - Title`) says it is a talk as well (1).
 */
function itemScores(list: List, inGroup: boolean, source: string): ItemEvidence[] {
  const scores = list.children.map((item) => itemEvidence(item, inGroup, source));
  const lines = list.children.map(itemText);
  if (lines.filter((line) => handleLead(line) !== null).length < MIN_HANDLE_LEADS) return scores;
  return scores.map((score, index) => (speakerFirstShape(lines[index]!) === 'only' ? Math.max(score, 1) : score));
}

function zip<A, B>(as: A[], bs: B[]): [A, B][] {
  return as.map((a, index) => [a, bs[index]!]);
}

/** Pure: the items of `list` as talks when enough of them read as talks, else null. */
export function talksOfList(
  list: List,
  source: string,
  group: string | null,
  inGroup: boolean,
  minShare = MIN_TALK_SHARE,
): { talks: TalkSource[]; evidence: number } | null {
  if (list.children.length < MIN_TALK_ITEMS) return null;
  const scores = itemScores(list, inGroup, source);
  const talkLike = scores.filter((score) => score > 0).length;
  const counted = countedItems(list).length;
  if (talkLike < counted * minShare) return null;
  // In a numbered series of talks ("3. Vortrag: …"), an item without the label ("Then a break…") is notes
  // of the talk before it.
  const series = list.children.filter(hasTalkLabel).length >= MIN_TALK_ITEMS;
  const talks: TalkSource[] = [];
  // "- 主持人:" (host) before the first talk: its notes open the first talk's.
  const beforeFirst: RootContent[] = [];
  let captioned = 0;
  // "Jane Roe (@jroe) - Title": read speaker first already, its speakers found (talkOfItem).
  const handled = new Set<TalkSource>();
  for (const item of list.children) {
    const previous = talks.at(-1);
    const caption = captionOfTalks(item, source, group);
    // "- Host: Jane Roe", "- ~ 16:25 Break": the item belongs to the notes around the talks.
    if (isHostItem(item) || isNonTalkItem(item) || isFillerItem(item))
      (previous?.body ?? beforeFirst).push({ ...list, children: [item], position: item.position });
    else if (series && previous && !hasTalkLabel(item))
      previous.body = [...previous.body, { ...list, children: [item], position: item.position }];
    else if (caption) {
      talks.push(...caption.talks);
      captioned += caption.evidence;
    } else {
      const talk = talkOfItem(item, source, group);
      if (talk.speakers !== undefined && handleLead(itemText(item)) !== null) handled.add(talk);
      talks.push(talk);
    }
  }
  if (talks.length === 0) return null;
  talks[0]!.body = [...beforeFirst, ...talks[0]!.body];
  // Most items "Name - Title": the list writes speakers first, so all its items are read that way.
  // "Ann Lee - Open Source Operations" reads either way; at least one item must read only speaker-first.
  // "Jane Roe (@jroe) - Title" was read speaker first already: it counts as written so.
  const shapes = talks.map((talk) => (handled.has(talk) ? 'only' : speakerFirstShape(talk.text)));
  const speakerFirst =
    shapes.includes('only') && shapes.filter((shape) => shape !== null).length >= talks.length * MIN_TALK_SHARE;
  // "iHaskell - carlsu" among "Job Board - Sammy Fung": a handle after the dash, weighed over the whole list.
  // "Title by carlsu" among "Title by Jane Roe" items: a handle after "by", weighed the same way.
  const texts = talks.map((talk) => talk.text);
  const handles = speakerFirst ? [] : handleSpeakers(texts);
  // "[Ryann Richardson Founder, Activist…](…)" under "Keynotes": items naming a person and who they are, not a title.
  const people = speakerFirst || handles.some(Boolean) ? [] : personItemSpeakers(texts);
  return {
    talks: talks.map((talk, index) => {
      if (handled.has(talk)) return { ...talk, speakerFirst: false };
      const handle = handles[index];
      const person = people[index];
      if (handle) return { ...talk, text: handle.title, speakers: handle.speakers, speakerFirst };
      return person ? { ...talk, speakers: person, speakersApart: true, speakerFirst } : { ...talk, speakerFirst };
    }),
    evidence:
      scores.reduce((sum, score) => sum + score, 0) +
      captioned +
      (speakerFirst ? talks.length * SPEAKER_FIRST_EVIDENCE : 0),
  };
}

/**
 * Who hosts or moderates, in the corpus languages and a few more: "Host", "MC", "Moderator", "Moderation",
 * "Animateur·rice", "Moderador·a", "Presentador·a", "Conduttore", "主持人", "司会", "사회자".
 */
const HOST_LABEL =
  /^(?:hosts?|hosted by|mc|m\.c\.|emcee|moderat(?:or|ors|ion|ed by)|animat(?:eur|rice|ion)|moderador(?:a|es)?|presentador(?:a|es)?|conduttore|conduttrice|主持人?|司会(?:者)?|사회(?:자)?)\s*[:：]/iu;

/** "- 主持人:" over sub-items, "- Host: Jane Roe": who leads the programme gives no talk; the item is notes. */
function isHostItem(item: ListItem): boolean {
  return HOST_LABEL.test(itemText(item));
}

/** "- Lightning talks:" with sub-items: a caption for what is under it, neither a talk nor a note. */
function isCaptionItem(item: ListItem): boolean {
  return item.children.length > 1 && /[:：]$/.test(itemText(item));
}

/** Share of the sub-items of an item naming talks without a colon (`- Lightning Talks`) that must say they are talks. */
export const CAPTION_TALKS_SHARE = 0.5;

/** A caption that names talks: "Lightning talks:", "闪电演讲:", "Blitzlichter:", or any group of talks (`isGroupTitle`). */
const TALKS_CAPTION = /lightning|闪电|ライトニング|라이트닝|blitz/iu;

/**
 * "- Lightning talks:" over sub-items, among the talks of a list: each sub-item is a talk (a short one, seldom
 * with a speaker), weighed as an item under a heading that names talks. The caption's line goes first into the
 * notes of the first of them. Null for any other item.
 */
function captionOfTalks(
  item: ListItem,
  source: string,
  group: string | null,
): { talks: TalkSource[]; evidence: number } | null {
  const text = withoutTimeSlot(itemText(item).replace(/[:：]$/u, ''));
  const [caption, ...under] = item.children;
  const items = under.flatMap((node) => (node.type === 'list' ? node.children : []));
  if (items.length === 0 || !(TALKS_CAPTION.test(text) || isGroupTitle(text))) return null;
  // "- 1:25 p.m. Lightning Talks" with no colon: a slot that names talks gives its sub-items only where most of them
  // say they are talks on their own (a speaker, a slot), not where they are notes on one talk.
  const sure = items.filter((sub) => itemEvidence(sub, false, source) >= 1).length;
  if (!isCaptionItem(item) && sure < items.length * CAPTION_TALKS_SHARE) return null;
  const talks = items.map((sub) => talkOfItem(sub, source, group));
  talks[0]!.body = [caption!, ...talks[0]!.body];
  return { talks, evidence: items.reduce((sum, sub) => sum + itemEvidence(sub, true, source), 0) };
}

/** The bold lead-in of an item's first paragraph that names a talk (boldLeads.ts), or null. */
function leadOfItem(item: ListItem, source: string) {
  const [first] = item.children;
  return first?.type === 'paragraph' ? boldLead(first, source) : null;
}

function talkOfItem(item: ListItem, source: string, group: string | null): TalkSource {
  const [first, ...rest] = item.children;
  const paragraph = first?.type === 'paragraph';
  // "**Title** (Jane Roe): notes": the lead is the talk's heading, the words after it the first of its notes.
  const lead = leadOfItem(item, source);
  if (lead)
    return {
      heading: lead.markdown,
      text: lead.text,
      line: lineOf(item),
      body: [lead.rest, ...rest] as RootContent[],
      group,
    };
  const heading = paragraph
    ? sourceOf(first, source)
        .replace(/\s*\n\s*/g, ' ')
        .trim()
    : '';
  const text = talkLine(itemText(item));
  // "4. Vortrag: Von Jane Roe [Title](…): notes": the link is the title, the rest of the line its notes.
  const labelled = labelledTalk(item);
  if (labelled) {
    const { inner } = numbered(item);
    return {
      heading:
        inner === item
          ? heading
          : sourceOf(item, source)
              .replace(/^\s*[-*+]\s*/, '')
              .replace(/\s*\n\s*/g, ' '),
      text: labelled.title,
      line: lineOf(item),
      body: inner.children.slice(1) as RootContent[],
      group,
      speakers: labelled.speakers,
    };
  }
  // "Jane Roe (@jroe) - Title": the lead names who spoke, the rest is the title.
  const led = handleLead(text);
  if (led)
    return { heading, text: led.title, line: lineOf(item), body: rest as RootContent[], group, speakers: led.speakers };
  // "Title: [Video][ref]": the words before the links name the talk; the line, links resolved, opens its notes.
  const titled = paragraph ? resourceLinksTitle(first) : null;
  if (titled) return { heading: titled, text: titled, line: lineOf(item), body: item.children as RootContent[], group };
  return {
    heading,
    text: titleFromEventUrl(text) ?? text,
    line: lineOf(item),
    body: (paragraph ? rest : item.children) as RootContent[],
    group,
  };
}
