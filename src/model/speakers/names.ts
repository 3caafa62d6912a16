import type { Speaker } from '../types.js';
import { displayCase } from '../titleCase.js';

/** Words found in talk titles but not in people's names. */
const TITLE_WORDS = new Set([
  'a', 'an', 'and', 'about', 'are', 'at', 'beyond', 'by', 'deep', 'dive', 'for', 'from', 'how', 'in', 'into', 'intro', 'is',
  'looking', 'new', 'of', 'on', 'or', 'our', 'the', 'to', 'using', 'what', 'when', 'why', 'with', 'without', 'your', 'day', 'keynote',
  'lessons', 'learned', 'update', 'updates', 'project', 'community', 'introduction', 'overview', 'remarks', 'welcome', 'opening',
  'closing', 'panel', 'talk', 'talks', 'workshop', 'session', 'notes', 'kubernetes', 'cloud', 'native', 'security', 'state', 'future',
  'getting', 'started', 'best', 'practices', 'part', 'demo', 'q&a', 'ama', 'lightning', 'we', 'you', 'it', 'my', 'i', 'vs',
]);
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'del', 'bin', 'al', 'dos', 'das', 'ter', 'mc']);
/** Word endings of nouns that are seldom surnames: "Observability", "Deployment", "Kinetics". */
const NOUN_ENDING = /(?:tion|sion|ment|ity|ics|ology|ship|ware)$/i;

/** "A & B, Org" → two speakers of Org; "A, Org1 & B, Org2" → one each. Null when it does not read as names. */
export function parseSpeakers(text: string): Speaker[] | null {
  const segments = joinRoles(text.split(/\s+(?:&|and)\s+|\s*&\s*/).map((segment) => segment.trim()).filter(Boolean));
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

/** "Jane Doe, VP, Services & GM, Acme": an "&" inside a job title does not start a new speaker. */
function joinRoles(segments: string[]): string[] {
  const joined: string[] = [];
  for (const segment of segments) {
    const name = segment.split(',')[0]!.trim();
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
  const segments = outsideParentheses(text, /\s*[,;]\s*|\s+(?:&|and)\s+|\s*&\s*/).map((segment) => segment.trim()).filter(Boolean);
  const shared = labelled && segments.length > 2 && !segments.at(-1)!.includes(' ') ? segments.pop()! : null;
  if (segments.length === 0) return null;
  const speakers: Speaker[] = [];
  for (const segment of segments) {
    const [, name, org] = /^(.+?)\s*(?:\(([^()]+)\))?$/.exec(segment)!;
    const bare = name!.replace(/^(?:dr|prof)\.?\s+/i, '');
    if (labelled ? /[:!?@]/.test(bare) || bare.split(/\s+/).length > 5 : !looksLikeName(bare, true)) return null;
    // "Ann Lee ([@alee](…))": a handle in the parentheses says who she is online, not where she works.
    speakers.push({ name: displayCase(name!), org: org && !/^@/.test(org.trim()) ? org.trim() : shared });
  }
  return speakers;
}

/** `text` split at `separator`, except inside parentheses: "Jane Roe (Example; Chair & Lead), Ann Lee". */
function outsideParentheses(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const piece of text.split(/([()])/)) {
    if (piece === '(') depth++;
    if (piece === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || piece === '(' || piece === ')') current += piece;
    else {
      const split = piece.split(separator);
      current += split[0];
      for (const next of split.slice(1)) {
        parts.push(current);
        current = next;
      }
    }
  }
  parts.push(current);
  return parts;
}

/** Capitalised words (or name particles), two to four of them, none of them a word of talk titles. */
export function looksLikeName(written: string, hasOrg: boolean): boolean {
  // A nickname in quotes between the names: Yukihiro "Matz" Matsumoto.
  const name = written.replace(/\s["“][\p{L}.-]+["”]\s/u, ' ');
  if (/[\d:!?()[\]"“”/]/.test(name)) return false;
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 4) return false;
  if (words.length === 1 && !hasOrg) return false;
  // "Docker Web 管理界面": Latin words mixed with CJK ones, or a CJK run longer than a name, are a title.
  const cjk = words.filter((word) => /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u.test(word));
  if (cjk.length > 0 && (cjk.length < words.length || cjk.some((word) => [...word].length > 4))) return false;
  // "(VIGL)", "(AWS)": an acronym is an organisation or a workshop, not a person.
  if (words.length === 1 && /^[\p{Lu}\d&-]{2,}$/u.test(words[0]!)) return false;
  return words.every((word) => {
    const lower = word.toLocaleLowerCase();
    if (TITLE_WORDS.has(lower) || NOUN_ENDING.test(word)) return false;
    return NAME_PARTICLES.has(lower) || /^\p{Lu}/u.test(word) || /^\p{Lo}/u.test(word);
  });
}

/** A heading that is only names: "Jane Roe", "Jane Roe, Example Corp", "Jane Roe (Example)". */
export function parseSpeakerHeading(text: string): Speaker[] | null {
  const named = /^(.+?)\s*\(([^()]+)\)$/.exec(text.trim());
  if (!named) return parseSpeakers(text);
  return parseSpeakers(named[1]!)?.map((speaker) => ({ ...speaker, org: speaker.org ?? named[2]!.trim() })) ?? null;
}
