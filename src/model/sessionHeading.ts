import type { Speaker } from './types.js';
import { displayCase } from './titleCase.js';

export interface SessionHeading {
  title: string;
  speakers: Speaker[];
}

const PREFIX = /^\s*(?:session|talk(?:\s+\d+)?|keynote session)\s*:\s*/i;
/** " - ", " – ", " — " between a title and its speakers. */
const DASH = /\s+[-–—]\s+/g;
/** Words found in talk titles but not in people's names. */
const TITLE_WORDS = new Set([
  'a', 'an', 'and', 'about', 'are', 'at', 'beyond', 'by', 'deep', 'dive', 'for', 'from', 'how', 'in', 'into', 'intro', 'is',
  'looking', 'new', 'of', 'on', 'or', 'our', 'the', 'to', 'using', 'what', 'when', 'why', 'with', 'without', 'your', 'day', 'keynote',
]);
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'bin', 'al']);

/**
 * Splits a session heading into its display title and speakers:
 * "Session: Trust No One - Samuel Ortiz, Intel & Eric Ernst, Apple" →
 * "Trust No One", [{ Samuel Ortiz, Intel }, { Eric Ernst, Apple }].
 * No speaker is invented: a dash-separated part counts only when it reads as names.
 */
export function parseSessionHeading(heading: string): SessionHeading {
  const text = heading.replace(PREFIX, '').trim();
  const dashes = [...text.matchAll(DASH)];
  const last = dashes.at(-1);
  if (last?.index !== undefined) {
    const speakers = parseSpeakers(text.slice(last.index + last[0].length));
    if (speakers) return { title: displayCase(text.slice(0, last.index).trim()), speakers };
  }
  return { title: displayCase(text), speakers: [] };
}

/** "A & B, Org" → two speakers of Org; "A, Org1 & B, Org2" → one each. Null when it does not read as names. */
export function parseSpeakers(text: string): Speaker[] | null {
  const segments = text.split(/\s+(?:&|and)\s+|\s*&\s*/).map((segment) => segment.trim()).filter(Boolean);
  if (segments.length === 0) return null;
  const speakers: Speaker[] = [];
  for (const segment of segments) {
    const parts = segment.split(',').map((part) => part.trim()).filter(Boolean);
    const name = parts[0] ?? '';
    const org = parts.length > 1 ? parts.at(-1)! : null;
    if (!looksLikeName(name, org !== null)) return null;
    speakers.push({ name: displayCase(name), org: org === null ? null : displayCase(org) });
  }
  // "A & B, Org": the organisation written once after the last name belongs to all before it.
  for (let index = speakers.length - 2; index >= 0; index--) {
    if (speakers[index]!.org === null) speakers[index]!.org = speakers[index + 1]!.org;
  }
  return speakers;
}

function looksLikeName(name: string, hasOrg: boolean): boolean {
  if (/[\d:!?()[\]]/.test(name)) return false;
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 4) return false;
  if (words.length === 1 && !hasOrg) return false;
  return words.every((word) => {
    const lower = word.toLocaleLowerCase();
    if (TITLE_WORDS.has(lower)) return false;
    return NAME_PARTICLES.has(lower) || /^\p{Lu}/u.test(word);
  });
}
