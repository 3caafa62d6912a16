import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { sourceOf } from './blocks.js';
import { looksLikeName, parseSpeakerList, parseSpeakers } from './sessionHeading.js';
import type { Speaker } from './types.js';

export interface SpeakerLines {
  speakers: Speaker[];
  /** The lines that named them, as written. */
  byline: string[];
  /** The session's content without those lines. */
  rest: RootContent[];
}

/** "Speaker: Jane Doe", "Speakers: A, B", "By Jane Doe, Acme". */
const LABEL = /^(?:speakers?|presenters?|presented by|by|panelists?)\s*[:\-–]?\s+(.+)$/i;
/** Words of a job title in a byline such as "Jane Doe - Senior Engineer @ Acme". */
const ROLE = /\s@\s|\bat\b|\b(?:engineer|developer|manager|founder|cto|ceo|cfo|vp|director|lead|consultant|architect|owner|head|president|staff|principal|senior|sr\.|advocate|maintainer|scientist|researcher|professor|guy)\b/i;

/**
 * Speakers written under a session's title rather than in it: a "speaker: X" bullet, a "Speaker:" or
 * "By X" line, or byline lines such as "Jane Doe - Staff Engineer @ Acme" (one per speaker).
 * Only the first block is looked at: that is where people write them.
 */
export function takeSpeakerLines(content: RootContent[], source: string): SpeakerLines {
  const [first, ...others] = content;
  if (first?.type === 'list') {
    // Stryker disable next-line MethodExpression,LogicalOperator: a paragraph's text has no edge spaces; an item without one has no text either way
    const labelled = first.children.map((item) => ({ item, speakers: labelledSpeakers(toString(item.children[0] ?? item).trim()) }));
    const found = labelled.filter((entry) => entry.speakers !== null && entry.item.children.length === 1);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with nothing found, the list is rebuilt as it was
    if (found.length > 0) {
      const remaining: List = { ...first, children: first.children.filter((item) => !found.some((entry) => entry.item === item)) };
      return {
        speakers: found.flatMap((entry) => entry.speakers!),
        // Stryker disable next-line MethodExpression: a paragraph's source starts and ends with text
        byline: found.map((entry) => `- ${sourceOf(entry.item.children[0]!, source).trim()}`),
        rest: remaining.children.length > 0 ? [remaining, ...others] : others,
      };
    }
  }
  if (first?.type === 'paragraph') {
    // Stryker disable next-line MethodExpression: a paragraph has no blank line
    const lines = sourceOf(first, source).split('\n').map((line) => line.trim()).filter(Boolean);
    const perLine = lines.map((line) => labelledSpeakers(plain(line)) ?? bylineSpeaker(plain(line)));
    if (lines.length <= 6 && perLine.every((speakers) => speakers !== null)) {
      return { speakers: perLine.flatMap((speakers) => speakers!), byline: lines, rest: others };
    }
  }
  return { speakers: [], byline: [], rest: content };
}

function labelledSpeakers(text: string): Speaker[] | null {
  const match = LABEL.exec(text);
  if (!match) return null;
  if (/^by\b/i.test(text)) return parseSpeakers(match[1]!);
  // "Speaker: Jane Doe, @jane, author": one speaker, the rest is about her (unless all of it reads as names).
  if (/^(?:speaker|presenter)\s*:/i.test(text)) return parseSpeakerList(match[1]!) ?? parseSpeakerList(match[1]!.split(',')[0]!, true);
  return parseSpeakerList(match[1]!, true);
}

/** "Jane Doe - Senior Engineer @ Acme" → Jane Doe of Acme; a line that is only a name counts too. */
function bylineSpeaker(line: string): Speaker[] | null {
  // A line of nothing but markup (`\`, `**`) is empty once plain.
  // Stryker disable next-line Regex: the name is lazy, so the match starts at the line's start and takes extra spaces either way
  const match = /^(.+?)(?:\s+[-–—|]\s+(.+))?$/.exec(line);
  if (!match) return null;
  const [, rawName, role] = match;
  const name = rawName!.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (!looksLikeName(name, false)) return null;
  if (role !== undefined && !ROLE.test(role)) return null;
  // Stryker disable next-line MethodExpression,OptionalChaining: the organisation is matched without edge spaces, and group 1 is always there
  const org = role ? /(?:\s@\s*|\bat\s+)([^.|,;()]+?)\s*(?:[.|,;(]|$)/.exec(role)?.[1]?.trim() ?? null : null;
  return [{ name, org }];
}

/** Markdown emphasis and escapes off, for reading a line's words. */
function plain(line: string): string {
  return line.replace(/[*_`\\]/g, '').trim();
}
