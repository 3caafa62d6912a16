// Names written as a list of speakers (a heading's tail, a byline, a labelled list) → each speaker and organisation.
import type { Speaker } from '../types.js';
import { displayCase } from '../titleCase.js';
import { isRoleWord, looksLikeName, withoutHonorific } from './nameWords.js';

/** A word that ends in a job title in Chinese or Japanese (`创始人` founder, `组织者` organiser, `工程师` engineer): a role, never a name. */
const CJK_ROLE_ENDING =
  /(?:创始人|創始人|组织者|組織者|工程师|工程師|架构师|架構師|总监|總監|经理|經理|主席|教授|研究员|研究員|负责人|負責人|讲师|講師|社长|社長|部长|部長)$/u;

/** A segment of a labelled list that says what someone does (`不甘社 创始人`, `Senior Engineer`), not who. */
function isRoleSegment(segment: string): boolean {
  const plain = segment.replace(/[`*_]/g, '');
  // Stryker disable next-line Regex: an empty word between two spaces is no role word
  const words = plain.split(/\s+/);
  return words.some((word) => isRoleWord(word) || CJK_ROLE_ENDING.test(word));
}

/**
 * Words that join two names: "&", "and", and the same word in the corpus languages: "et" (French),
 * "und" (German), "e" (Italian, Portuguese), "y" (Spanish), before a capital only. Each side must still read as a name.
 */
const NAME_JOINER = /\s*,?\s+(?:&|and)\s+|\s*,?\s+(?:et|und|e|y)\s+(?=\p{Lu})|\s*,?\s*&\s*/u;
/** A joiner with no name after it: "by Jane Roe and [slides](…)" read without its link. */
const TRAILING_JOINER = /\s*(?:(?:^|\s)(?:and|et|und|e|y)|&)\s*$/u;

/** "Jane Roe and " → "Jane Roe": the names a byline wrote, without a joiner whose name was not text. */
export function withoutTrailingJoiner(text: string): string {
  return text.replace(TRAILING_JOINER, '');
}
/** Between names of a list: the joiners (after a serial comma too: "A, B, and C"), commas, semicolons, the Japanese "、" and a spaced slash ("Jane Roe / John Doe"). */
const LIST_SEPARATOR =
  /\s*,\s*(?:&|and)\s+|\s*,\s*(?:et|und|e|y)\s+(?=\p{Lu})|\s*[,;、]\s*|\s+(?:&|and)\s+|\s+(?:et|und|e|y)\s+(?=\p{Lu})|\s*&\s*|\s+\/\s+/u;

/** A name written with its initial: "A. Rigo", "J.R. Smith". */
const INITIAL_NAME = /^(?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{L}'’-]+$/u;

/** "A & B, Org" → two speakers of Org; "A, Org1 & B, Org2" → one each. Null when it does not read as names. */
export function parseSpeakers(text: string): Speaker[] | null {
  const segments = joinRoles(
    text
      .split(NAME_JOINER)
      .map((segment) => segment.trim())
      .filter(Boolean),
  );
  if (segments.length === 0) return null;
  const speakers: Speaker[] = [];
  for (const segment of serialNames(segments)) {
    const parts = segment
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    // "A. Cuni, A. Rigo": names written with an initial on both sides of the comma are two people, no organisation.
    if (parts.length > 1 && parts.every((part) => INITIAL_NAME.test(part))) {
      speakers.push(...parts.map((part) => ({ name: part, org: null })));
      continue;
    }
    // Stryker disable next-line StringLiteral: a segment of commas only has no name, in either stand-in
    const name = parts[0] ?? '';
    const org = parts.length > 1 ? parts.at(-1)! : null;
    // "Lights, Camera, Action!": a subtitle's words, not a name and an organisation, which end in no "!" or "?".
    if (!looksLikeName(name, org !== null) || (org !== null && /[!?]$/u.test(org))) return null;
    speakers.push({ name: displayCase(withoutHonorific(name) ?? name), org: org === null ? null : displayCase(org) });
  }
  // "A & B, Org": the organisation written once after the last name belongs to all before it.
  for (let index = speakers.length - 2; index >= 0; index--) {
    if (speakers[index]!.org === null) speakers[index]!.org = speakers[index + 1]!.org;
  }
  return speakers;
}

/** Words that end an organisation's name, not a person's: "Example Corp", "Acme Labs". */
const ORG_WORD =
  /\b(?:inc|corp|corporation|ltd|llc|gmbh|sa|sas|ag|labs?|group|university|universit[ée]|institute|foundation|team|company|technologies|systems|software|cloud)\.?$/iu;

/** "Example Corp", "Example University": a name that ends as an organisation's does. */
export function looksLikeOrg(text: string): boolean {
  return ORG_WORD.test(text.trim());
}

/**
 * "Jane Roe, John Doe and Ann Lee": when the last name has no organisation, the commas before the joiner
 * separate names (each of two words or more), not a name from its organisation.
 */
function serialNames(segments: string[]): string[] {
  if (segments.length < 2 || segments.at(-1)!.includes(',')) return segments;
  return segments.flatMap((segment) => {
    const parts = segment.split(',').map((part) => part.trim());
    const names =
      parts.length > 1 &&
      parts.every((part) => part.split(/\s+/).length >= 2 && !ORG_WORD.test(part) && looksLikeName(part, false));
    return names ? parts : [segment];
  });
}

/** "Jane Doe, VP, Services & GM, Acme": an "&" inside a job title does not start a new speaker. */
function joinRoles(segments: string[]): string[] {
  const joined: string[] = [];
  for (const segment of segments) {
    const name = segment.split(',')[0]!.trim();
    // Stryker disable next-line BooleanLiteral: a name of two words or more reads the same with or without an organisation
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
  // "Jane Roe (GM, Storage, Acme), John Doe": separators inside parentheses are the person's, not the list's;
  // so are the spaces around words ("(Infrastructure and Modularity Engineer)" is one role).
  const hidden = text.replace(/[(（][^()（）]*[)）]/gu, (inside) =>
    inside.replace(/[,;、&/ ]/gu, (mark) => HIDDEN.get(mark)!),
  );
  const segments = hidden
    .split(LIST_SEPARATOR)
    .map((segment) => reveal(segment).trim())
    .filter(Boolean);
  // "讲师: 老高, 不甘社 创始人, 珠海GDG 组织者, 腾讯高级开发工程师": after the first name, a role says the rest are
  // that person's roles, the last of them where they work.
  const roleAt = labelled ? segments.findIndex((segment, index) => index > 0 && isRoleSegment(segment)) : -1;
  if (roleAt > 0) {
    const roles = segments.splice(roleAt);
    segments[segments.length - 1] += ` (${roles.join(', ')})`;
  }
  const shared = labelled && segments.length > 2 && !segments.at(-1)!.includes(' ') ? segments.pop()! : null;
  if (segments.length === 0) return null;
  const speakers: Speaker[] = [];
  for (const segment of segments) {
    const [, name, org] = /^(.+?)\s*(?:[(（]([^()（）]+)[)）])?$/u.exec(segment)!;
    const bare = name!.replace(/^(?:dr|prof)\.?\s+/i, '');
    if (labelled ? /[:!?@]/.test(bare) || bare.split(/\s+/).length > 5 : !looksLikeName(bare, true)) return null;
    // "Ann Lee ([@alee](…))": a handle in the parentheses says who she is online, not where she works;
    // "(GM, Storage, Acme)": the last part of a role is the organisation.
    speakers.push({
      name: displayCase(withoutHonorific(name!) ?? name!),
      org: org && !/^@/.test(org.trim()) ? org.split(',').at(-1)!.trim() : shared,
    });
  }
  return speakers;
}

/** Stand-ins for list separators inside parentheses while a list is split (private-use characters). */
// Stryker disable next-line ArithmeticOperator,ArrowFunction: any six distinct stand-ins do (those below U+E000 are surrogates, never alone in text); no entries throw as the module loads, a failed file Stryker counts as survived
const HIDDEN = new Map([...',;、&/ '].map((mark, index) => [mark, String.fromCodePoint(0xe000 + index)]));
function reveal(text: string): string {
  let shown = text;
  for (const [mark, stand] of HIDDEN) shown = shown.replaceAll(stand, mark);
  return shown;
}

/** A heading that is only names: "Jane Roe", "Jane Roe, Example Corp", "Jane Roe (Example)". */
export function parseSpeakerHeading(text: string): Speaker[] | null {
  // "(3)", "(2019)": a count or a year in parentheses is nobody's organisation.
  const named = /^(.+?)\s*\(([^()]*\p{L}[^()]*)\)$/u.exec(text.trim());
  if (!named) return parseSpeakers(text);
  return parseSpeakers(named[1]!)?.map((speaker) => ({ ...speaker, org: speaker.org ?? named[2]!.trim() })) ?? null;
}
