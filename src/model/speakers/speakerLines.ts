import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { sourceOf } from '../blocks.js';
import { looksLikeName, parseSpeakerList, parseSpeakers } from './names.js';
import type { Speaker } from '../types.js';

export interface SpeakerLines {
  speakers: Speaker[];
  /** The lines that named them, as written. */
  byline: string[];
  /** The session's content without those lines. */
  rest: RootContent[];
}

/** "Speaker: Jane Doe", "Speakers: A, B", "By Jane Doe, Acme", "講者：Jane Doe", "Ponente: Jane Doe". */
const LABEL = /^(?:speakers?|presenters?|presented by|by|panelists?|講者|讲者|演講者|演讲者|講師|讲师|発表者|登壇者|연사|발표자|ponentes?|orateurs?|intervenants?|referenten?|sprecher(?:in)?)\s*(?:[:：\-–]\s*|\s+)(.+)$/iu;
/** A line that is only a handle: "@jroe", "[@jroe](https://twitter.com/jroe)". */
const HANDLE = /^@[\w.-]+$/u;
/** Words of a job title in a byline such as "Jane Doe - Senior Engineer @ Acme". */
const ROLE = /\s@\s|\bat\b|\b(?:engineer|developer|manager|founder|co-?founder|cto|ceo|cfo|coo|cio|gm|vp|svp|evp|director|lead|consultant|architect|owner|head|president|staff|principal|senior|sr\.|advocate|maintainer|scientist|researcher|professor|guy|evangelist|designer|analyst|specialist|fellow|partner|chair|member)\b/i;

/**
 * Speakers written under a session's title rather than in it: a "speaker: X" bullet, a "Speaker:" or
 * "By X" line, or byline lines such as "Jane Doe - Staff Engineer @ Acme" (one per speaker).
 * Only the first block is looked at: that is where people write them.
 */
export function takeSpeakerLines(content: RootContent[], source: string): SpeakerLines {
  const [first, ...others] = content;
  if (first?.type === 'list') {
    const labelled = first.children.map((item) => ({ item, speakers: labelledSpeakers(toString(item.children[0] ?? item).trim()) }));
    const found = labelled.filter((entry) => entry.speakers !== null && entry.item.children.length === 1);
    if (found.length > 0) {
      const remaining: List = { ...first, children: first.children.filter((item) => !found.some((entry) => entry.item === item)) };
      return {
        speakers: found.flatMap((entry) => entry.speakers!),
        byline: found.map((entry) => `- ${sourceOf(entry.item.children[0]!, source).trim()}`),
        rest: remaining.children.length > 0 ? [remaining, ...others] : others,
      };
    }
  }
  if (first?.type === 'paragraph') {
    const lines = sourceOf(first, source).split('\n').map((line) => line.trim()).filter(Boolean);
    const speakers = speakersOfLines(lines.map((line) => plain(line)));
    if (lines.length <= 6 && speakers) return { speakers, byline: lines, rest: others };
  }
  return { speakers: [], byline: [], rest: content };
}

/**
 * Every line names a speaker, or says more about the one named on the line before: a handle
 * ("@jroe") or a role line ("GM, Storage, Example Corp", whose last part is the organisation).
 */
function speakersOfLines(lines: string[]): Speaker[] | null {
  const speakers: Speaker[] = [];
  let previousNamed = false;
  for (const line of lines) {
    if (speakers.length > 0 && HANDLE.test(line)) continue;
    const named = labelledSpeakers(line) ?? bylineSpeaker(line);
    if (named) {
      speakers.push(...named);
      previousNamed = true;
    } else if (previousNamed && ROLE.test(line) && line.length <= 120) {
      const last = speakers.at(-1)!;
      last.org ??= orgOfRole(line);
      previousNamed = false;
    } else return null;
  }
  return speakers.length > 0 ? speakers : null;
}

/** "GM, Storage, Example Corp" → "Example Corp"; "Engineer @ Acme" → "Acme"; a bare role has none. */
function orgOfRole(role: string): string | null {
  const at = /(?:\s@\s*|\bat\s+)([^.|,;()]+?)\s*(?:[.|,;(]|$)/.exec(role)?.[1]?.trim();
  if (at) return at;
  const parts = role.split(',').map((part) => part.trim()).filter(Boolean);
  return parts.length > 1 && !ROLE.test(parts.at(-1)!) ? parts.at(-1)! : null;
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
  const match = /^(.+?)(?:\s+[-–—|@]\s+(.+))?$/.exec(line);
  if (!match) return null;
  const [, rawName, role] = match;
  const name = rawName!.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (name.includes(',') || !looksLikeName(name, false)) return null;
  // "Jane Roe @ Example Corp": what follows the @ is the organisation.
  if (role !== undefined && /\s@\s/.test(line.slice(rawName!.length, rawName!.length + 3)) && !/\s[-–—|]\s/.test(role)) return [{ name, org: role.trim() }];
  if (role !== undefined && !ROLE.test(role)) return null;
  const org = role ? orgOfRole(role) : null;
  return [{ name, org }];
}

/** Markdown emphasis and escapes off, for reading a line's words. */
function plain(line: string): string {
  return line.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`\\]/g, '').trim();
}
