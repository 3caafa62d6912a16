import type { PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { sourceOf } from './blocks.js';
import { boldLead } from './boldLeads.js';
import { type LinkTalkLine, linkTalkLine, linkTalkRun } from './linkTalkLines.js';
import { isNonTalkName } from './nonTalkNames.js';
import { parseSessionHeading } from './sessionHeading.js';
import { parseSpeakerHeading } from './speakers/speakerLists.js';
import { BY_WORD } from './speakers/speakerMarks.js';
import { TIME_SLOT } from './speakers/timeSlot.js';

/** Quote marks that open a talk's title in a line: "…", “…”, „…“, «…», ‘…’. */
const OPENING_QUOTE = /^["“„«‘'‚]/u;
/** "by", "von", "par", "por" before the speaker, as the title-first heading shape reads them. */
const BY = new RegExp(String.raw`^\s*,?\s*${BY_WORD}\s+\S`, 'iu');
/** A closing quote with "by" after it. */
const CLOSING_QUOTE_BEFORE_BY = new RegExp(String.raw`["”“»’'‘](?=\s*,?\s*${BY_WORD}\s)`, 'iu');
/** A line longer than this is prose, not a talk's title line. */
const MAX_TALK_LINE = 160;

/**
 * Pure: a paragraph of one line (or two) that names a talk and its speaker with the title set apart, bold or quoted:
 * `**Title** von Jane Roe`, `**„Title“ von Jane Roe**`, `„Title“ von Jane Roe`, `"Title" by Jane Roe`. Such lines, each followed by notes,
 * stand in for talk headings as bold lines do (outline.ts); a sentence that mentions a talk is not one.
 */
export function isTalkLine(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  // "**Title**" then "von Jane Roe" on the next line is one talk line too.
  const lines = toString(node)
    .trim()
    .split(/\s*\n\s*/);
  const text = lines.join(' ');
  if (text.length === 0 || text.length > MAX_TALK_LINE || lines.length > 2) return false;
  // A text of words has a first node.
  const [first, ...rest] = node.children as [PhrasingContent, ...PhrasingContent[]];
  // All bold ("**„Title“ von Jane Roe**"), or the title bold and "von Jane Roe" after it, or the title quoted.
  const after = rest.map((child) => toString(child)).join('');
  const setApart =
    first.type === 'strong'
      ? after.trim() === '' || BY.test(after)
      : first.type === 'text' && OPENING_QUOTE.test(first.value) && quotedThenBy(text);
  return setApart && parseSessionHeading(text).speakers.length > 0;
}

/** `"Title" by Jane Roe`: a closing quote, then "by" and a name. */
function quotedThenBy(text: string): boolean {
  const close = CLOSING_QUOTE_BEFORE_BY.exec(text.slice(1));
  return close !== null && BY.test(text.slice(close.index + 2));
}

/** How a paragraph standing in for a talk's heading is read: its title, and its speaker when a line of its own names her. */
export interface TalkLineHead {
  /** The title's plain text (the whole line for `**Title** von Jane Roe`). */
  text: string;
  /** The speaker's line, when the title and the name are two bold lines. */
  speaker?: string;
  /** A bold lead-in (`**Title** (Jane Roe): notes…`): the lead as written, the talk's heading. */
  lead?: string;
  /** And the rest of its paragraph after the lead, the first of the talk's notes. */
  rest?: RootContent;
}

/** A line that is only a time: "10:30a", "11:00", "9.30 pm", "14h". */
const TIME_LINE = /^(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d|h)?\s*(?:[ap]\.?m?\.?)?$/iu;
/** A bold run at the start of a line and what follows it: "**Jane Roe**  Github". */
const BOLD_LINE = /^(\*\*|__)(?!\s)(.+?)\1(.*)$/u;
/** Words after a bold name on its line that say where to find her, not who she is ("Github", "@jroe"): a few at most. */
const MAX_AFTER_NAME = 30;
/** Lines a paragraph may hold after its bold title and name: a role, an affiliation. */
const MAX_ROLE_LINES = 2;
/** Plain lines `Title - Jane Roe` over a list count as talks only where the notes write this many of them between two headings. */
export const MIN_PLAIN_TALK_LINES = 3;

/**
 * Pure: a paragraph that gives a talk as two bold lines, its title and its speaker in either order, perhaps after a
 * line with its time and before a line with her role (`10:30a` / `**The Time Is Now**` / `**Jane Roe**` /
 * `Director, Example Corp`). One of the two lines reads as names and the other does not.
 */
export function boldTitleAndName(node: RootContent, source: string): TalkLineHead | null {
  if (node.type !== 'paragraph') return null;
  const lines = sourceOf(node, source)
    .split('\n')
    .map((line) => line.replace(/\\$/, '').trim())
    .filter(Boolean);
  // Stryker disable next-line StringLiteral: a paragraph of no line has no time, in either stand-in
  const pair = TIME_LINE.test(lines[0] ?? '') ? lines.slice(1) : lines;
  if (pair.length < 2 || pair.length > 2 + MAX_ROLE_LINES) return null;
  // Stryker disable next-line MethodExpression: role lines after the two read are never looked at
  const [first, second] = pair.slice(0, 2).map((line) => BOLD_LINE.exec(line));
  if (!first || !second) return null;
  const nameOf = (match: RegExpExecArray) =>
    match[3]!.trim().length <= MAX_AFTER_NAME && !/^[:：]/u.test(match[3]!.trim()) ? namesIn(match[2]!) : null;
  const titleOf = (match: RegExpExecArray) => (match[3]!.trim() === '' ? match[2]!.trim() : null);
  const firstName = nameOf(first);
  const secondName = nameOf(second);
  if (secondName && !firstName && titleOf(first)) return { text: titleOf(first)!, speaker: secondName };
  if (firstName && !secondName && titleOf(second)) return { text: titleOf(second)!, speaker: firstName };
  return null;
}

/** The names a bold run reads as ("Jane Roe", "Jane Roe & John Doe"), or null: a title, a caption. */
function namesIn(text: string): string | null {
  const plain = text.trim();
  if (plain.endsWith(':') || plain.length > 100) return null;
  return parseSpeakerHeading(plain) === null ? null : plain;
}

/** What may follow a plain talk line as its notes: a list of points, or prose, a quote, code. */
const NOTES_UNDER_LINE = new Set<RootContent['type']>(['list', 'paragraph', 'blockquote', 'code']);
/** A line that ends as a sentence does is prose, not a talk's title (`Jane Roe: We should test more.`). */
const SENTENCE_END = /[.!。！]$/u;

/**
 * Pure: a plain line that names a talk and its speaker (`Title - Jane Roe`, `Title (Jane Roe)`, `Jane Roe: Title`,
 * `Title, Jane Roe`), or that opens with its time (`10:30 Title`), with the talk's notes right under it (a list, or prose
 * when the line itself reads as no sentence), read as a talk's heading. Weak alone (a point can read so), so it counts
 * only in numbers (MIN_PLAIN_TALK_LINES). Null when the line is no such line.
 */
export function plainTalkLine(node: RootContent, next: RootContent | undefined): TalkLineHead | null {
  if (node.type !== 'paragraph' || next === undefined || !NOTES_UNDER_LINE.has(next.type)) return null;
  if (node.children.some((child) => child.type === 'image')) return null;
  // Stryker disable next-line MethodExpression: the parser trims a paragraph's text already
  const text = toString(node).trim();
  if (text.length === 0 || text.length > MAX_TALK_LINE || text.includes('\n') || /[:：]$/u.test(text)) return null;
  // Over prose, the line must read as a title: a sentence there is prose too ("8:15 Arrived at the venue.").
  if (next.type !== 'list' && SENTENCE_END.test(text)) return null;
  return namedOrTimed(text);
}

/**
 * Pure: a line that reads as a talk's title line by its own words: it names a speaker (`Title - Jane Roe`, `Title (Jane
 * Roe)`, `Jane Roe: Title`, `Title, Jane Roe`) or opens with its time (`10:30 Title`). Null for any other line.
 */
export function namedOrTimed(text: string): TalkLineHead | null {
  if (parseSessionHeading(text).speakers.length > 0 || TIME_SLOT.test(text)) return { text };
  return namedApart(text);
}

/** `Jane Roe: Title` (names before a colon) or `Title, Jane Roe` (names after the last comma): one side names, the other not. */
function namedApart(text: string): TalkLineHead | null {
  // A full-width colon needs no space after it.
  const colon = /^([^:：]+)(?::\s+|：\s*)(\S.*)$/u.exec(text);
  if (colon && readsAsNames(colon[1]!) && !readsAsNames(colon[2]!))
    return { text: colon[2]!, speaker: colon[1]!.trim() };
  const comma = text.lastIndexOf(', ');
  if (comma > 0) {
    const [title, names] = [text.slice(0, comma), text.slice(comma + 2)];
    if (readsAsNames(names) && !readsAsNames(title)) return { text: title.trim(), speaker: names.trim() };
  }
  return null;
}

/** Pure: the text reads as the names of people (`Jane Roe`, `Jane Roe & John Doe`, `Jane Roe (Example)`). */
export function readsAsNames(text: string): boolean {
  // Stryker disable next-line MethodExpression: parseSpeakerHeading trims the text and each name itself
  return parseSpeakerHeading(text.trim()) !== null;
}

/** A clock time: "4:00pm", "10:30a", "14h00", "4 pm". A bare "12" is none. */
const CLOCK = String.raw`(?:(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*[ap]\.?m?\.?)?|(?:1[0-2]|0?[1-9])\s*[ap]\.?m\.?)`;
/** A line that is only a time or a span of time: "4:00pm", "11:00 - 11:30", "13:50〜15:00". */
const CLOCK_LINE = new RegExp(String.raw`^${CLOCK}(?:\s*(?:[-–—~〜～]|to)\s*${CLOCK})?$`, 'iu');

/** The lines of a paragraph as written, without hard-break backslashes and blank lines. */
function linesOf(node: RootContent, source: string): string[] {
  return sourceOf(node, source)
    .split('\n')
    .map((line) => line.replace(/\\$/, '').trim())
    .filter(Boolean);
}

/** Pure: the paragraph opens with a line that is only a time ("4:00pm", "10:30a"). */
export function opensWithClockLine(node: RootContent, source: string): boolean {
  return node.type === 'paragraph' && CLOCK_LINE.test(linesOf(node, source)[0] ?? '');
}

/** The two lines under a time: the title then its byline, or (a schedule copied as it is) the speaker then the title. */
export type TimedLineOrder = 'titleFirst' | 'nameFirst';

/** The two lines a time line opens: the rest of its paragraph, or the first lines of the next. */
function linesUnderTime(node: RootContent, next: RootContent | undefined, source: string): [string, string] {
  const [, ...after] = linesOf(node, source);
  const [line, byline] = after.length > 0 ? after : next?.type === 'paragraph' ? linesOf(next, source) : [];
  return [plainLine(line), plainLine(byline)];
}

/**
 * Pure: how the two lines under a time read on their own words: `nameFirst` when the first reads as names and the
 * second as a title that names no one (`TIM HOLMAN` / `FUN.CSS`), `titleFirst` the other way round, null when the words
 * do not say (a title in capitals reads as names too: `COMPLEX RESPONSIVE ANIMATIONS`).
 */
export function timedLineOrder(
  node: RootContent,
  next: RootContent | undefined,
  source: string,
): TimedLineOrder | null {
  return opensWithClockLine(node, source) ? orderOf(...linesUnderTime(node, next, source)) : null;
}

/** How two lines under a time read on their own words (timedLineOrder). */
function orderOf(line: string, byline: string): TimedLineOrder | null {
  const [first, second] = [readsAsNames(line), readsAsNames(byline)];
  if (first && !second && isTitleLine(byline)) return 'nameFirst';
  if (second && !first && isTitleLine(line)) return 'titleFirst';
  return null;
}

/**
 * Pure: a line that is only a time, the talk's title on the line after it or the first line of the next paragraph
 * (`4:00pm` / `How to Feed Your Robot` / `Jane Roe - Example`). Its title reads as no sentence (`12:00` / `We had lunch.`).
 * Weak alone, so it counts only in numbers (MIN_PLAIN_TALK_LINES time lines between two headings). Under `nameFirst`
 * (the run's habit, see runOrder), a line of names over a second line is the speaker over the title, whatever the
 * title's words (`ESTELLE WEYL` / `CSS? WTF!`).
 */
export function timedTalkLine(
  node: RootContent,
  next: RootContent | undefined,
  source: string,
  order: TimedLineOrder | null = null,
): TalkLineHead | null {
  if (!opensWithClockLine(node, source)) return null;
  const [line, byline] = linesUnderTime(node, next, source);
  // A party's name may read as names (`BOCOUP PARTY AFTER` / `GRAN MORSI`): it is never a speaker.
  if (order === 'nameFirst' && readsAsNames(line) && !isNonTalkName(line) && byline !== '' && isHabitTitle(byline))
    return { text: byline, speaker: line };
  // A schedule may name the speaker first (`10:00 - 10:40` / `TIM HOLMAN` / `FUN.CSS`): of the two lines, the one that
  // reads as names is the speaker, the other the title.
  const [text, speaker] = orderOf(line, byline) === 'nameFirst' ? [byline, line] : [line, byline];
  if (!isTitleLine(text)) return null;
  // The line under the title may name the speaker (`Jane Roe - Example`, `Jane Roe & John Doe`).
  return speaker !== '' && readsAsNames(speaker) && !readsAsNames(text) ? { text, speaker } : { text };
}

/** Time lines in a run that must read name first, and outnumber those that read title first, to make it the run's habit. */
export const MIN_NAME_FIRST_LINES = 2;

/** Pure: the order most time lines of a run read in on their own words, when they say name first; else null. */
export function runOrder(orders: readonly (TimedLineOrder | null)[]): TimedLineOrder | null {
  const nameFirst = orders.filter((order) => order === 'nameFirst').length;
  const titleFirst = orders.filter((order) => order === 'titleFirst').length;
  return nameFirst >= MIN_NAME_FIRST_LINES && nameFirst > titleFirst ? 'nameFirst' : null;
}

/** A title under a speaker, in a run that writes them so: any short line but a sentence or a caption (`CSS? WTF!` is one). */
function isHabitTitle(text: string): boolean {
  return text.length <= MAX_TALK_LINE && !/[.。:：]$/u.test(text);
}

/** A line that may be a talk's title: not empty, not too long, no sentence or caption (`We had lunch.`, `Notes:`). */
function isTitleLine(text: string): boolean {
  return text.length > 0 && text.length <= MAX_TALK_LINE && !/[.!。！:：]$/u.test(text);
}

/** A line without its emphasis marks. */
function plainLine(line: string | undefined): string {
  return line?.replace(/[*_`]/g, '').trim() ?? '';
}

/**
 * Pure: the paragraphs of a run of nodes that stand in for talk headings, each with how it reads: talk lines
 * (isTalkLine), bold title-and-name pairs, plain talk lines over lists where the notes write enough of them, and time
 * lines over titles where enough paragraphs open with a time.
 */
export function talkLineHeads(nodes: RootContent[], source: string): Map<RootContent, TalkLineHead> {
  const heads = new Map<RootContent, TalkLineHead>();
  // Plain lines between two headings: a byline under each talk heading ("Jane Roe - Owner, Example") never makes a run.
  let plainLines: [RootContent, TalkLineHead][] = [];
  // Paragraphs set apart whole (`**[Jane Roe - Title](talks/x.md)**`), a talk each where most of a run name a speaker.
  let linkLines: [RootContent, LinkTalkLine][] = [];
  // Time lines over titles (`4:00pm` then `Title`), and how many paragraphs of the run open with a time, in any shape.
  let timedLines: [RootContent, TalkLineHead, RootContent | undefined][] = [];
  // Paragraphs led by a talk in bold, its notes after it (`**Title** (Jane Roe): notes…`).
  let leadLines: [RootContent, TalkLineHead][] = [];
  let clockLines = 0;
  const endRun = () => {
    const plainRun = plainLines.length >= MIN_PLAIN_TALK_LINES;
    if (plainRun) for (const [node, head] of plainLines) heads.set(node, head);
    if (leadLines.length >= MIN_PLAIN_TALK_LINES) for (const [node, head] of leadLines) heads.set(node, head);
    for (const [node, head] of linkTalkRun(linkLines)) heads.set(node, head);
    // Among plain talk lines, a link that names its speaker is one more, notes under it or not (the last of the run).
    if (plainRun) for (const [node, head] of linkLines) if (head.speaker !== undefined) heads.set(node, head);
    // A time over a paragraph that is a talk's line already (`11:00am` / `**Title**` `**Jane Roe**`) adds no talk.
    if (clockLines >= MIN_PLAIN_TALK_LINES) {
      const order = runOrder(timedLines.map(([node, , next]) => timedLineOrder(node, next, source)));
      // Each line was read on its own words; a run that names speakers first is read again by that habit.
      for (const [node, head, next] of timedLines)
        if (next === undefined || !heads.has(next))
          heads.set(node, order === null ? head : (timedTalkLine(node, next, source, order) ?? head));
    }
    plainLines = [];
    leadLines = [];
    linkLines = [];
    timedLines = [];
    clockLines = 0;
  };
  nodes.forEach((node, index) => {
    if (opensWithClockLine(node, source)) clockLines++;
    if (node.type === 'heading') endRun();
    else if (isTalkLine(node)) {
      // `**[Jane Roe (Chef)⏎Title - Subtitle](…)**`: a line of names over the title says who speaks, before any dash.
      const text = toString(node).trim();
      const link = text.includes('\n') ? linkTalkLine(node) : null;
      heads.set(node, link?.speaker === undefined ? { text } : link);
    } else if (node.type === 'paragraph' && boldLead(node, source)?.reads === 'named') {
      const lead = boldLead(node, source)!;
      leadLines.push([node, { text: lead.text, lead: lead.markdown, rest: lead.rest }]);
    } else {
      const pair = boldTitleAndName(node, source);
      const timed = pair ? null : timedTalkLine(node, nodes[index + 1], source);
      if (pair) heads.set(node, pair);
      else if (timed) timedLines.push([node, timed, nodes[index + 1]]);
      else if (!opensWithClockLine(node, source)) {
        const plain = plainTalkLine(node, nodes[index + 1]);
        const link = plain ? null : linkTalkLine(node);
        if (plain) plainLines.push([node, plain]);
        else if (link) linkLines.push([node, link]);
      }
    }
  });
  endRun();
  return heads;
}
