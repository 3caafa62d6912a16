import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { sourceOf } from './blocks.js';
import { type LinkTalkLine, linkTalkLine, linkTalkRun } from './linkTalkLines.js';
import { parseSessionHeading } from './sessionHeading.js';
import { BY_WORD, parseSpeakerHeading } from './speakers/names.js';

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
  const [first, ...rest] = node.children;
  // All bold ("**„Title“ von Jane Roe**"), or the title bold and "von Jane Roe" after it, or the title quoted.
  const after = rest.map((child) => toString(child)).join('');
  const setApart =
    first?.type === 'strong'
      ? after.trim() === '' || BY.test(after)
      : first?.type === 'text' && OPENING_QUOTE.test(first.value) && quotedThenBy(text);
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
  const pair = TIME_LINE.test(lines[0] ?? '') ? lines.slice(1) : lines;
  if (pair.length < 2 || pair.length > 2 + MAX_ROLE_LINES) return null;
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

/**
 * Pure: a plain line that names a talk and its speaker (`Title - Jane Roe`, `Title (Jane Roe)`, `Jane Roe: Title`,
 * `Title, Jane Roe`), with the talk's notes right under it as a list or a paragraph, read as a talk's heading. Weak
 * alone (a point can read so), so it counts only in numbers (MIN_PLAIN_TALK_LINES). Null when the line is no such line.
 */
export function plainTalkLine(node: RootContent, next: RootContent | undefined): TalkLineHead | null {
  if (node.type !== 'paragraph' || (next?.type !== 'list' && next?.type !== 'paragraph')) return null;
  if (node.children.some((child) => child.type === 'image')) return null;
  const text = toString(node).trim();
  if (text.length === 0 || text.length > MAX_TALK_LINE || text.includes('\n') || /[:：]$/u.test(text)) return null;
  if (parseSessionHeading(text).speakers.length > 0) return { text };
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

function readsAsNames(text: string): boolean {
  return parseSpeakerHeading(text.trim()) !== null;
}

/**
 * Pure: the paragraphs of a run of nodes that stand in for talk headings, each with how it reads: talk lines
 * (isTalkLine), bold title-and-name pairs, and plain talk lines over lists where the notes write enough of them.
 */
export function talkLineHeads(nodes: RootContent[], source: string): Map<RootContent, TalkLineHead> {
  const heads = new Map<RootContent, TalkLineHead>();
  // Plain lines between two headings: a byline under each talk heading ("Jane Roe - Owner, Example") never makes a run.
  let plainLines: [RootContent, TalkLineHead][] = [];
  // Paragraphs set apart whole (`**[Jane Roe - Title](talks/x.md)**`), a talk each where most of a run name a speaker.
  let linkLines: [RootContent, LinkTalkLine][] = [];
  const endRun = () => {
    if (plainLines.length >= MIN_PLAIN_TALK_LINES) for (const [node, head] of plainLines) heads.set(node, head);
    for (const [node, head] of linkTalkRun(linkLines)) heads.set(node, head);
    plainLines = [];
    linkLines = [];
  };
  nodes.forEach((node, index) => {
    if (node.type === 'heading') endRun();
    else if (isTalkLine(node)) heads.set(node, { text: toString(node).trim() });
    else {
      const pair = boldTitleAndName(node, source);
      if (pair) heads.set(node, pair);
      else {
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
