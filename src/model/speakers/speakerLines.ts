import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { sourceOf } from '../blocks.js';
import { looksLikeName, parseSpeakerList, parseSpeakers } from './names.js';
import type { Speaker } from '../types.js';

export interface SpeakerLines {
  speakers: Speaker[];
  /** The talk's title from a label line ("__Topic__: Title") under a slot heading, or null. */
  title: string | null;
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
/** A line that gives the talk's title: "Topic: …", "**Title:** …", "Thema: …", "題目：…". */
const TITLE_LABEL = /^(?:topic|title|talk title|subject|thema|titel|sujet|titre|tema|t[ií]tulo|题目|題目|主題|主题|제목|タイトル)\s*[:：]\s*(\S.*)$/iu;

/** A slot heading names a talk's place, not the talk: its title and speakers sit in the lines below, over at most this many blocks. */
const SLOT_BLOCKS = 3;
/** A paragraph under a slot heading this short, with a "Topic:" line, is the talk's header (moved to the speaker notes). */
const SLOT_HEADER_LINES = 4;

/**
 * Speakers written under a session's title rather than in it: a "speaker: X" bullet, a "Speaker:" or
 * "By X" line, or byline lines such as "Jane Doe - Staff Engineer @ Acme" (one per speaker).
 * Only the first block is looked at: that is where people write them. Under a slot heading
 * (`slot`: "## Talk 1") the first three are, and a "Topic: Title" line there gives the talk's title.
 */
export function takeSpeakerLines(content: RootContent[], source: string, options: { slot?: boolean } = {}): SpeakerLines {
  const taken: SpeakerLines = { speakers: [], title: null, byline: [], rest: content };
  for (let block = 0; block < (options.slot ? SLOT_BLOCKS : 1); block++) {
    const next = takeFirstBlock(taken.rest, source, options.slot === true);
    if (!next) break;
    taken.speakers.push(...next.speakers);
    taken.title ??= next.title;
    taken.byline.push(...next.byline);
    taken.rest = next.rest;
  }
  return taken;
}

/** Pure: the content opens with a line that says who speaks ("Presenter: Jane Roe", "- Speaker: …", "By Jane Roe"): it is a talk's. */
export function opensWithSpeakerLabel(content: RootContent[], source: string): boolean {
  const [first] = content;
  const firstLine = first?.type === 'paragraph' ? sourceOf(first, source).split('\n')[0]! : first?.type === 'list' && first.children[0] ? toString(first.children[0].children[0] ?? first.children[0]) : '';
  return labelledSpeakers(plain(firstLine)) !== null;
}

function takeFirstBlock(content: RootContent[], source: string, slot: boolean): SpeakerLines | null {
  const [first, ...others] = content;
  if (first?.type === 'list') {
    const labelled = first.children.map((item) => {
      const text = toString(item.children[0] ?? item).trim();
      return { item, speakers: labelledSpeakers(text), title: slot ? (TITLE_LABEL.exec(text)?.[1]?.trim() ?? null) : null };
    });
    const found = labelled.filter((entry) => (entry.speakers !== null || entry.title !== null) && entry.item.children.length === 1);
    if (found.length > 0) {
      const remaining: List = { ...first, children: first.children.filter((item) => !found.some((entry) => entry.item === item)) };
      return {
        speakers: found.flatMap((entry) => entry.speakers ?? []),
        title: found.find((entry) => entry.title !== null)?.title ?? null,
        byline: found.map((entry) => `- ${sourceOf(entry.item.children[0]!, source).trim()}`),
        rest: remaining.children.length > 0 ? [remaining, ...others] : others,
      };
    }
  }
  // "## Session 2" then "**The Real Title**": a bold line right under a slot heading is the talk's title.
  if (slot && first?.type === 'paragraph' && first.children.length === 1 && first.children[0]!.type === 'strong') {
    const bold = toString(first).trim();
    if (bold.length > 0 && !bold.includes('\n') && bold.length <= 200) return { speakers: [], title: bold.replace(/[:：]$/, ''), byline: [sourceOf(first, source).trim()], rest: others };
  }
  if (first?.type === 'paragraph') {
    const lines = sourceOf(first, source).split('\n').map((line) => line.trim()).filter(Boolean);
    const found = speakersOfLines(lines.map((line) => plain(line)), slot);
    if (lines.length <= 6 && found) return { ...found, byline: lines, rest: others };
    // Under a slot heading a short paragraph with a "Topic:" line is the talk's header, whatever else it says.
    const titled = slot && lines.length <= SLOT_HEADER_LINES ? lines.map((line) => TITLE_LABEL.exec(plain(line))?.[1]?.trim()).find(Boolean) : undefined;
    if (titled) return { speakers: lines.flatMap((line) => labelledSpeakers(plain(line)) ?? bylineSpeaker(plain(line)) ?? []), title: titled, byline: lines, rest: others };
  }
  // "### Topic: Title" under "## Talk 1".
  const headingTitle = slot && first?.type === 'heading' ? TITLE_LABEL.exec(toString(first).trim())?.[1]?.trim() : undefined;
  if (headingTitle) return { speakers: [], title: headingTitle, byline: [sourceOf(first!, source).trim()], rest: others };
  return null;
}

/**
 * Every line names a speaker, or says more about the one named on the line before: a handle
 * ("@jroe") or a role line ("GM, Storage, Example Corp", whose last part is the organisation).
 * Under a slot heading a "Topic: Title" line may be among them.
 */
function speakersOfLines(lines: string[], slot: boolean): { speakers: Speaker[]; title: string | null } | null {
  const speakers: Speaker[] = [];
  let title: string | null = null;
  let previousNamed = false;
  for (const line of lines) {
    if (speakers.length > 0 && HANDLE.test(line)) continue;
    const titled: string | undefined = slot && title === null ? TITLE_LABEL.exec(line)?.[1]?.trim() : undefined;
    if (titled) {
      title = titled;
      previousNamed = false;
      continue;
    }
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
  return speakers.length > 0 || title !== null ? { speakers, title } : null;
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
