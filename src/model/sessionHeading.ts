import type { Speaker } from './types.js';
import { displayCase } from './titleCase.js';

export interface SessionHeading {
  title: string;
  speakers: Speaker[];
}

/** "Talk 3:" numbers a talk whose speaker is written first ("Talk 1: Dan Kohn - Stitching things together"). */
const TALK_NUMBER = /^\s*talk\s+\d+\s*[:.\-–—]\s*/i;
/** Prefixes dropped from display: "Session:", "Keynote session:" and a list letter ("B. "). */
const SESSION_PREFIX = /^\s*(?:keynote\s+)?session\s*:\s*/i;
const LETTER_PREFIX = /^\s*[A-Z]\.\s+(?=\S\S)/;
/** " - ", " – ", " — " between a title and its speakers. */
const DASH = /\s+[-–—]\s+/g;
/** Words found in talk titles but not in people's names. */
// Stryker disable StringLiteral: word lists are data, not logic; each word is one more title the tests would have to spell out
const TITLE_WORDS = new Set([
  'a', 'an', 'and', 'about', 'are', 'at', 'beyond', 'by', 'deep', 'dive', 'for', 'from', 'how', 'in', 'into', 'intro', 'is',
  'looking', 'new', 'of', 'on', 'or', 'our', 'the', 'to', 'using', 'what', 'when', 'why', 'with', 'without', 'your', 'day', 'keynote',
  'lessons', 'learned', 'update', 'updates', 'project', 'community', 'introduction', 'overview', 'remarks', 'welcome', 'opening',
  'closing', 'panel', 'talk', 'talks', 'workshop', 'session', 'notes', 'kubernetes', 'cloud', 'native', 'security', 'state', 'future',
  'getting', 'started', 'best', 'practices', 'part', 'demo', 'q&a', 'ama', 'lightning', 'we', 'you', 'it', 'my', 'i', 'vs',
]);
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'bin', 'al', 'dos', 'das', 'ter', 'mc']);
// Stryker restore StringLiteral
/** Word endings of nouns that are seldom surnames: "Observability", "Deployment", "Kinetics". */
const NOUN_ENDING = /(?:tion|sion|ment|ity|ics|ology|ship|ware)$/i;

/**
 * Splits a session heading into its display title and speakers:
 * "Session: Trust No One - Samuel Ortiz, Intel & Eric Ernst, Apple" → "Trust No One", [{ Samuel Ortiz, Intel }, { Eric Ernst, Apple }];
 * "Talk 2: Cheryl Hung: 2.66 Million" → "2.66 Million", [{ Cheryl Hung }]; "Title (Jane Doe, John Roe)"; "Title by Jane Doe".
 * No speaker is invented: a part counts only when it reads as names.
 */
export function parseSessionHeading(heading: string): SessionHeading {
  const speakerFirst = TALK_NUMBER.test(heading);
  const text = heading.replace(TALK_NUMBER, '').replace(SESSION_PREFIX, '').replace(LETTER_PREFIX, '').trim() || heading.trim();
  const found = titleFirst(text) ?? (speakerFirst ? nameFirst(text) : null) ?? inParentheses(text) ?? byline(text);
  if (found) return { title: displayCase(found.title), speakers: found.speakers };
  return { title: displayCase(text), speakers: [] };
}

/** "Title - Speaker, Org": the part after the last dash reads as names. */
function titleFirst(text: string): SessionHeading | null {
  const last = [...text.matchAll(DASH)].at(-1);
  if (last?.index === undefined) return null;
  const speakers = parseSpeakers(text.slice(last.index + last[0].length));
  // Stryker disable next-line MethodExpression: the text is trimmed and the dash's match starts at its first space
  const title = text.slice(0, last.index).trim();
  return speakers && title ? { title, speakers } : null;
}

/** "Speaker - Title" or "Speaker: Title", only where the notes number their talks ("Talk 1: ..."). */
function nameFirst(text: string): SessionHeading | null {
  // Stryker disable next-line Regex: spaces the separator leaves are trimmed off the name and the title
  const separator = /\s+[-–—]\s+|:\s+/.exec(text);
  if (separator?.index === undefined) return null;
  const speakers = parseSpeakers(text.slice(0, separator.index));
  // Stryker disable next-line MethodExpression: the text is trimmed and the separator takes the spaces after it
  const title = text.slice(separator.index + separator[0].length).trim();
  return speakers && title ? { title, speakers } : null;
}

/** "Title (Jane Doe, John Roe)". */
function inParentheses(text: string): SessionHeading | null {
  const match = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
  if (!match) return null;
  const speakers = parseSpeakerList(match[2]!);
  // Stryker disable next-line MethodExpression: the lazy title leaves its spaces to the pattern after it
  return speakers ? { title: match[1]!.trim(), speakers } : null;
}

/** "Title by Jane Doe". */
function byline(text: string): SessionHeading | null {
  // Stryker disable next-line Regex: the lazy title starts the match and takes extra spaces, which are trimmed
  const match = /^(.+?),?\s+by\s+(.+)$/i.exec(text);
  if (!match) return null;
  const speakers = parseSpeakers(match[2]!);
  // Stryker disable next-line MethodExpression: the lazy title leaves its spaces to the pattern after it
  return speakers ? { title: match[1]!.trim(), speakers } : null;
}

/** "A & B, Org" → two speakers of Org; "A, Org1 & B, Org2" → one each. Null when it does not read as names. */
export function parseSpeakers(text: string): Speaker[] | null {
  const segments = joinRoles(text.split(/\s+(?:&|and)\s+|\s*&\s*/).map((segment) => segment.trim()).filter(Boolean));
  if (segments.length === 0) return null;
  const speakers: Speaker[] = [];
  for (const segment of segments) {
    const parts = segment.split(',').map((part) => part.trim()).filter(Boolean);
    // Stryker disable next-line StringLiteral: any text with "!" is no name either
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

/** "Jane Doe, VP, Services & GM, Acme": an "&" inside a job title does not start a new speaker. */
function joinRoles(segments: string[]): string[] {
  const joined: string[] = [];
  for (const segment of segments) {
    const name = segment.split(',')[0]!.trim();
    // Stryker disable next-line Regex,BooleanLiteral: only "two words or more" counts here, and an organisation matters for one word only
    const startsSpeaker = joined.length === 0 || (name.split(/\s+/).length >= 2 && looksLikeName(name, true));
    if (startsSpeaker) joined.push(segment);
    else joined[joined.length - 1] += ` & ${segment}`;
  }
  return joined;
}

/**
 * "Jane Doe, John Roe and Ann Lee (Tufts)": a list of names, each with an optional organisation in parentheses.
 * `labelled` names came after "Speakers:", so they are taken as written (even in lower case); a last
 * one-word entry there is the organisation of all ("Speakers: Moses Schwartz, Andy Culler, Box").
 */
export function parseSpeakerList(text: string, labelled = false): Speaker[] | null {
  const segments = text.split(/\s*[,;]\s*|\s+(?:&|and)\s+|\s*&\s*/).map((segment) => segment.trim()).filter(Boolean);
  const shared = labelled && segments.length > 2 && !segments.at(-1)!.includes(' ') ? segments.pop()! : null;
  if (segments.length === 0) return null;
  const speakers: Speaker[] = [];
  for (const segment of segments) {
    const [, name, org] = /^(.+?)\s*(?:\(([^()]+)\))?$/.exec(segment)!;
    const bare = name!.replace(/^(?:dr|prof)\.?\s+/i, '');
    if (labelled ? /[:!?@]/.test(bare) || bare.split(/\s+/).length > 5 : !looksLikeName(bare, true)) return null;
    speakers.push({ name: displayCase(name!), org: org ? org.trim() : shared });
  }
  return speakers;
}

/** Capitalised words (or name particles), two to four of them, none of them a word of talk titles. */
export function looksLikeName(name: string, hasOrg: boolean): boolean {
  if (/[\d:!?()[\]"“”/]/.test(name)) return false;
  // Stryker disable next-line Regex,MethodExpression: every caller passes a trimmed name
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 4) return false;
  if (words.length === 1 && !hasOrg) return false;
  return words.every((word) => {
    const lower = word.toLocaleLowerCase();
    if (TITLE_WORDS.has(lower) || NOUN_ENDING.test(word)) return false;
    return NAME_PARTICLES.has(lower) || /^\p{Lu}/u.test(word) || /^\p{Lo}/u.test(word);
  });
}
