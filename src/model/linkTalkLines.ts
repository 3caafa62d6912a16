import type { PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseSpeakerHeading } from './speakers/speakerLists.js';
import { BY_WORD } from './speakers/speakerMarks.js';

/**
 * Talks given as paragraphs set apart whole, one a talk, their notes elsewhere (a linked page) or under them:
 * `**[Jane Roe - Example - Title](talks/x.md)**`, `[Jane Roe (Example)⏎Title](talks/y.md)`, `~~Jane Roe⏎Title~~`,
 * `**[Title](url)** - Jane Roe`. Weak one by one (a paragraph of links reads so too), so only a run of them, most
 * naming a speaker, is read as talks (linkTalkRun).
 */

/** How a set-apart paragraph reads: its title, and the speaker it names beside it. */
export interface LinkTalkLine {
  text: string;
  speaker?: string;
}

/** A paragraph longer than this is prose. */
const MAX_LINE = 200;
/** Link paragraphs in a run, between two headings, before they are read as talks. */
export const MIN_LINK_TALKS = 3;
/** The share of them that must name a speaker. */
export const NAMED_SHARE = 0.6;

/** "Jane Roe - Title", "Title – Jane Roe": the first dash between words. */
const DASH = /\s+[-–—]\s+/u;
/** " - Jane Roe", " by Jane Roe" after the link. */
const AFTER = /^\s*(?:[-–—]|by)\s+(\S.*)$/iu;

/** Pure: a paragraph that is one link (or one bold, struck or emphasised run, perhaps around a link), read as a talk line. */
export function linkTalkLine(node: RootContent): LinkTalkLine | null {
  if (node.type !== 'paragraph') return null;
  const [core, ...rest] = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (!core || !setApart(core)) return null;
  const after = rest.map((child) => toString(child)).join('');
  const lines = toString(core)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const text = lines.join(' ');
  if (text.length === 0 || text.length > MAX_LINE || lines.length > 2) return null;
  if (after.trim() !== '') {
    const speaker = AFTER.exec(after)?.[1]?.trim();
    return speaker && readsAsNames(speaker) && !readsAsNames(text) ? { text, speaker } : null;
  }
  if (lines.length === 2) return eitherSide(lines[0]!, lines[1]!) ?? { text };
  // "[Video](…)", "[Slides](…)": a link to a talk's material, never a talk.
  if (MATERIAL.test(text)) return null;
  const dash = DASH.exec(text);
  if (!dash) return byWord(text) ?? { text };
  return eitherSide(text.slice(0, dash.index), text.slice(dash.index + dash[0].length)) ?? byWord(text) ?? { text };
}

/** Words that name a talk's material, not a talk: the link's whole text. */
const MATERIAL = /^(?:slides?|video|recording|replay|link|abstract|vid[ée]o|folien|diapos?|transparents)$/iu;
/** "Title par Maria Sokolova", "Title by Jane Roe" inside the link: the last by-word before names. */
const BY_NAME = new RegExp(String.raw`^(.+\S)\s+${BY_WORD}\s+(\p{Lu}.*)$`, 'u');

function byWord(text: string): LinkTalkLine | null {
  const match = BY_NAME.exec(text);
  return match && readsAsNames(match[2]!) ? { text: match[1]!, speaker: match[2]! } : null;
}

/** A link, or a bold, struck or emphasised run, perhaps around a link: what sets a whole paragraph apart. */
function setApart(node: PhrasingContent): boolean {
  if (node.type === 'link') return true;
  if (node.type !== 'strong' && node.type !== 'delete' && node.type !== 'emphasis') return false;
  return node.children.length > 0;
}

/** One side names people, the other does not: the names are the speaker, the rest the title. */
function eitherSide(first: string, second: string): LinkTalkLine | null {
  const [a, b] = [readsAsNames(first), readsAsNames(second)];
  if (a && !b) return { text: second.trim(), speaker: first.trim() };
  if (b && !a) return { text: first.trim(), speaker: second.trim() };
  return null;
}

function readsAsNames(text: string): boolean {
  return parseSpeakerHeading(text.trim()) !== null;
}

/** Pure: the lines of a run between two headings are talks when there are enough of them, most naming a speaker. */
export function linkTalkRun<T>(run: [T, LinkTalkLine][]): [T, LinkTalkLine][] {
  const named = run.filter(([, line]) => line.speaker !== undefined).length;
  return run.length >= MIN_LINK_TALKS && named >= run.length * NAMED_SHARE ? run : [];
}
