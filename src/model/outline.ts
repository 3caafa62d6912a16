import type { Speaker } from './types.js';
import type { Heading, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { headingText, lineOf, sourceOf } from './blocks.js';
import { isDayTitle } from './headingKinds.js';
import { firstBulletSpeaker } from './speakers/speakerBullets.js';
import { opensWithByline, opensWithName } from './speakers/speakerLines.js';
import { type TalkLineHead, talkLineHeads } from './talkLines.js';

/** A heading (or a bold line used as one) with what it holds, nested by rank. */
export interface OutlineSection {
  /** The heading's inline Markdown as written. */
  heading: string;
  /** Its plain text without `{#anchor}` attributes: for classifying and display. */
  text: string;
  line: number;
  rank: number;
  /** Content before the first sub-section. */
  content: RootContent[];
  /** Everything under the heading, sub-headings included, in document order. */
  body: RootContent[];
  children: OutlineSection[];
  /** A heading of names paired with this one ("# Jane Roe" over "## Title"): the talk's speakers. */
  speakerHeading?: { heading: string; text: string };
  /** The person its heading names before a comma (`Jane Roe, Title`, commaSpeakers.ts): its speaker when nothing else names one. */
  namedFirst?: Speaker[];
  /** Its content opens with a line naming the speaker ("Presenter: Jane Roe", "**Jane Roe, Acme**"): evidence that it is a talk. */
  opensWithSpeaker?: boolean;
  /** Its content opens with a byline or a line that is only a name: weighed only with its siblings (see trailingTalks). */
  opensWithName?: boolean;
  /** The heading's own rank, when it is read at another (a day marker written below its talks, see dayMarkerRanks). */
  writtenRank?: number;
}

export interface Outline {
  /** Content before the first section. */
  preamble: RootContent[];
  sections: OutlineSection[];
  /** True when bold lines stood in for headings. */
  boldHeadings: boolean;
}

/** Hugo/Pandoc heading attributes: "Title {#anchor}". */
const ATTRIBUTES = /\s*\{[#.][^}]*\}\s*$/;

/** Bold lines count as headings below every real one, and only in notes with (almost) no real headings. */
export const BOLD_RANK = 7;

/** A day written as a plain line between talks that bold or time lines name (`FRIDAY, JUNE 19`): a day over those talks. */
const DAY_LINE_RANK = BOLD_RANK - 0.5;
/** A day line is short: a longer line that names a weekday is a sentence, as is one that ends as a sentence does. */
const MAX_DAY_LINE = 40;

/** Pure: a paragraph of one short line that reads as a day's title (`Friday, June 19`, `Day 2`). */
function isDayLine(node: RootContent, source: string): boolean {
  if (node.type !== 'paragraph') return false;
  const text = sourceOf(node, source).trim();
  return text.length <= MAX_DAY_LINE && !text.includes('\n') && !/[.!?。]$/u.test(text) && isDayTitle(text);
}

/** Pure: the document's top-level nodes → its heading tree. */
export function buildOutline(nodes: RootContent[], source: string): Outline {
  const realHeadings = nodes.filter((node) => node.type === 'heading').length;
  const talkLines = talkLineHeads(nodes, source);
  // Where the notes name their talks in lines (two or more), a bold phrase beside them is a caption inside a talk.
  const isBoldLine = (node: RootContent) =>
    talkLines.size >= MIN_BOLD_LINES ? talkLines.has(node) : isBoldPhrase(node) || talkLines.has(node);
  const boldHeadings = realHeadings < 2 && nodes.filter(isBoldLine).length >= 2;
  const boldInLeaves = boldHeadings ? new Set<RootContent>() : boldLinesOfLeafSections(nodes, talkLines);
  const dayMarkers = dayMarkerRanks(nodes);
  const reranked = dayMarkers.size > 0 ? dayMarkers : namedBulletRanks(nodes, source);
  const rankOf = (node: RootContent): number | null =>
    node.type === 'heading'
      ? (reranked.get(node) ?? node.depth)
      : (boldHeadings && isBoldLine(node)) || boldInLeaves.has(node)
        ? BOLD_RANK
        : boldHeadings && isDayLine(node, source)
          ? DAY_LINE_RANK
          : null;

  const outline: Outline = { preamble: [], sections: [], boldHeadings };
  const open: OutlineSection[] = [];
  for (const node of nodes) {
    const rank = rankOf(node);
    if (rank === null) {
      const innermost = open.at(-1);
      if (innermost) {
        if (innermost.children.length === 0) innermost.content.push(node);
      } else outline.preamble.push(node);
      for (const section of open) section.body.push(node);
      continue;
    }
    while (open.length > 0 && open.at(-1)!.rank >= rank) open.pop();
    const talkLine = talkLines.get(node);
    const section: OutlineSection = {
      heading: sectionHeading(node, source, talkLine),
      text: talkLine?.text ?? (toString(node).trim().replace(ATTRIBUTES, '') || toString(node).trim()),
      ...(talkLine?.speaker === undefined
        ? {}
        : { speakerHeading: { heading: talkLine.speaker, text: talkLine.speaker } }),
      line: lineOf(node),
      rank,
      content: [],
      body: [],
      children: [],
      ...(reranked.has(node) && node.type === 'heading' ? { writtenRank: node.depth } : {}),
    };
    for (const enclosing of open) enclosing.body.push(node);
    // "**Title** (Jane Roe): notes…": the words after the lead are the talk's first notes.
    if (talkLine?.rest) {
      section.content.push(talkLine.rest);
      section.body.push(talkLine.rest);
    }
    (open.at(-1)?.children ?? outline.sections).push(section);
    open.push(section);
  }
  const mark = (section: OutlineSection) => {
    if (opensWithByline(section.content, source)) section.opensWithSpeaker = true;
    if (opensWithName(section.content, source)) section.opensWithName = true;
    section.children.forEach(mark);
  };
  outline.sections.forEach(mark);
  return outline;
}

/**
 * Day headings written one level below the talks they open (`### Day 2` then `## Keynote`, `## Types vs tests`): each
 * day heading is a leaf and most headings after the first day sit above it, some of them between two days. Read half
 * a rank above those headings, each day then holds the talks up to the next day. Needs two days at one rank, two talks.
 */
function dayMarkerRanks(nodes: RootContent[]): Map<RootContent, number> {
  const headings = nodes.filter((node): node is Heading => node.type === 'heading');
  const days = headings.filter((heading) => isDayTitle(toString(heading)));
  const depth = days[0]?.depth;
  if (days.length < 2 || days.some((day) => day.depth !== depth)) return new Map();
  // A day with sub-headings of its own holds its talks the usual way.
  const leaves = days.every((day) => (headings[headings.indexOf(day) + 1]?.depth ?? 0) <= depth!);
  const others = headings.slice(headings.indexOf(days[0]!)).filter((heading) => !days.includes(heading));
  const above = others.filter((heading) => heading.depth < depth!);
  // Talks between two days, not only a closing "# Summary" after the last.
  const between = above.some((heading) => headings.indexOf(heading) < headings.indexOf(days.at(-1)!));
  if (!leaves || !between || above.length < 2 || above.length * 2 <= others.length) return new Map();
  const talkRank = Math.max(...above.map((heading) => heading.depth));
  return new Map(days.map((day) => [day, talkRank - 0.5]));
}

/** Headings opened by a speaker's bullet, at least this many, at two ranks or more, make the notes' talks. */
export const MIN_NAMED_BULLET_TALKS = 3;
/** "Summary by: John Doe", "Notes by - Ann Lee": a bullet that credits who wrote the talk up (one to three words, then "by"). */
const CREDIT_LINE = /^(?:\p{L}+\s+){1,3}by\s*[:：\-–]\s*\S/iu;
/** A bare name as a first bullet counts in a short list only (a byline: the name, who summed it up, a link). */
export const MIN_BYLINE_BULLETS = 2;
export const MAX_BYLINE_BULLETS = 3;

/**
 * Slides whose talks open with a bullet naming the speaker at whatever heading level (`## Title` or `### Title`, then
 * `* [Jane Roe](https://twitter.com/jroe)`, `* Summary by: John Doe`; reveal.js decks): where three or more headings at two
 * ranks or more open so, they are the talks, all at the highest of those ranks, and the headings between them at that
 * rank or below (`## Do these 5 things`) are parts of the talk before. A bare name counts as the first of a list of two
 * or three, or as a link alone (`* Better Variables` opening a list of points, or alone, is no speaker).
 */
function namedBulletRanks(nodes: RootContent[], source: string): Map<RootContent, number> {
  const headings = nodes.flatMap((node, index) => (node.type === 'heading' ? [{ node, index }] : []));
  const openers = headings.filter(({ index }, at) => {
    const content = nodes.slice(index + 1, headings[at + 1]?.index ?? nodes.length);
    const named = firstBulletSpeaker(content, source);
    const [list] = content;
    if (named === 'marked') return true;
    if (named !== 'bare' || list?.type !== 'list') return false;
    const [line] = list.children[0]!.children;
    const linkAlone = line?.type === 'paragraph' && line.children.length === 1 && line.children[0]!.type === 'link';
    // A byline list says more than the name (who summed it up, a link): a lone bullet is as likely a point. A second
    // bullet that says who summed it up (`* Summary by: John Doe`) makes it one however long the list runs.
    const credit = list.children[1] !== undefined && CREDIT_LINE.test(toString(list.children[1]).trim());
    return (
      linkAlone || credit || (list.children.length >= MIN_BYLINE_BULLETS && list.children.length <= MAX_BYLINE_BULLETS)
    );
  });
  const depths = new Set(openers.map(({ node }) => (node as Heading).depth));
  if (openers.length < MIN_NAMED_BULLET_TALKS || depths.size < 2) return new Map();
  // Days between the talks (`## Day 2` among `### A. Title` talks, one slipped to `## D. Title`) order them already:
  // this is the reading of one deck's talks, not of a programme's days.
  const [first, last] = [openers[0]!.index, openers.at(-1)!.index];
  if (headings.some(({ node, index }) => index > first && index < last && isDayTitle(toString(node)))) return new Map();
  const talkRank = Math.min(...depths);
  const ranks = new Map<RootContent, number>();
  for (const { node } of headings) {
    const { depth } = node as Heading;
    if (openers.some((opener) => opener.node === node)) ranks.set(node, talkRank);
    // After the first talk, a heading at the talks' rank that opens no talk is a part of the one before.
    else if (depth === talkRank && node.position!.start.offset! > openers[0]!.node.position!.start.offset!)
      ranks.set(node, talkRank + 0.5);
  }
  return ranks;
}

/** A section with no sub-headings needs this many bold lines before they are read as its sub-headings. */
export const MIN_BOLD_LINES = 2;

/**
 * Bold lines standing in for headings inside a section that has no real sub-headings ("## Day 1" then
 * "**Talk title**" and its points, repeated): at least MIN_BOLD_LINES of them, each followed by notes.
 * Where other sections' bold lines are read so, a day that opens with one bold line over notes holds that one talk.
 */
function boldLinesOfLeafSections(nodes: RootContent[], talkLines: Map<RootContent, TalkLineHead>): Set<RootContent> {
  const isBoldLine = (node: RootContent) => isBoldPhrase(node) || talkLines.has(node);
  const found = new Set<RootContent>();
  // A day that opens with its one bold line: a talk, where other days' bold lines are talks (see below).
  const loneDayLines: RootContent[] = [];
  let start = 0;
  while (start < nodes.length) {
    let end = start + 1;
    while (end < nodes.length && nodes[end]!.type !== 'heading') end++;
    const opening = nodes[start]!;
    const next = nodes[end];
    // A leaf: the heading the region follows is not followed by a deeper one.
    const leaf = opening.type !== 'heading' || next?.type !== 'heading' || next.depth <= opening.depth;
    const region = nodes.slice(opening.type === 'heading' ? start + 1 : start, end);
    const bold = region.filter(
      (node, index) => isBoldLine(node) && index + 1 < region.length && !isBoldLine(region[index + 1]!),
    );
    // A talk's line names its speaker: one is enough where the notes write two or more of them, and where they do,
    // a bold phrase beside them is a caption inside a talk ("**Examples**"), not a talk.
    // Such a line needs no notes under it (a talk noted elsewhere, `**[Jane Roe - Title](talks/x.md)**`).
    const named = region.filter((node) => talkLines.has(node));
    const takesNamed = named.length > 0 && talkLines.size >= MIN_BOLD_LINES;
    // Lines that name their talks' speakers are talks even above a sub-heading (`#### 12:30 Keynote` after them).
    if (takesNamed) for (const node of named) found.add(node);
    else if (leaf && bold.length >= MIN_BOLD_LINES) for (const node of bold) found.add(node);
    else if (leaf && bold.length === 1 && bold[0] === region[0] && opensDay(opening)) loneDayLines.push(bold[0]!);
    start = end;
  }
  if (found.size >= MIN_BOLD_LINES) for (const node of loneDayLines) found.add(node);
  return found;
}

/** A heading that reads as a day (`### Day Three`, `## 5 May`). */
function opensDay(node: RootContent): boolean {
  return node.type === 'heading' && isDayTitle(toString(node));
}

function sectionHeading(node: RootContent, source: string, talkLine: TalkLineHead | undefined): string {
  if (node.type === 'heading') return headingText(node, source);
  // A talk's line is read whole (its time, name and role lines too: shown in the speaker notes); a bold line: the words inside the `**`.
  // A bold lead-in is its lead: the notes after it are the talk's content.
  if (talkLine?.lead !== undefined) return talkLine.lead;
  if (talkLine) return headingText(node, source);
  return headingText((node as Paragraph).children[0]!, source);
}

/** A paragraph that is one short bold phrase: `**Keynote: Opening**`. A bold link or a caption ending in ":" is not. */
function isBoldPhrase(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.children.length !== 1) return false;
  const [only] = node.children;
  if (only?.type !== 'strong' || only.children.some((child) => child.type === 'link')) return false;
  const text = toString(only).trim();
  return text.length > 0 && text.length <= 100 && !text.includes('\n') && !text.endsWith(':');
}
