// Bylines: a line (or a few) that names who spoke: "Jane Roe - Staff Engineer @ Acme", "― Matz", "Ann & Surma".
import type { Speaker } from '../types.js';
import { isCjkName, looksLikeName, withoutHonorific } from './nameWords.js';
import { looksLikeOrg, parseSpeakerList, parseSpeakers } from './speakerLists.js';
import { HANDLE } from './speakerMarks.js';
import { TITLE_LABEL, labelledSpeakers } from './speakerLabels.js';
import { MONONYM, ROLE, commaRole, mononymRole, orgOfRole } from './speakerRoles.js';

/** What marks a line as a byline rather than a name-like phrase: a handle, "@ Org", or a role after a dash, a bar or a tilde. */
export const MARK = /@|\s[-–—|~]\s/;

/** A dash that opens a byline, as in "― Jane Roe" or "ー Jane Roe氏" (Japanese notes), "-- Jane Roe" or "-- by Jane Roe" (par, por, von). */
export const LEADING_DASH = /^(?:[―ー—–]|--)\s*(?:(?:by|par|por|von)\s+)?(?=\S)/iu;

/** A dash, then "by" (par, por, von): what follows names who spoke, even a handle. */
export const DASH_BY = /^(?:[―ー—–]|--)\s*(?:by|par|por|von)\s+\S/iu;

/** A handle: a letter, then letters, digits, "_", "." or "-" ("m4dz", "jane_roe"). */
export const HANDLE_WORD = /^@?\p{L}[\p{L}\p{N}_.-]{1,30}$/u;

/**
 * Every line names a speaker, or says more about the one named on the line before: a handle
 * ("@jroe") or a role line ("GM, Storage, Example Corp", whose last part is the organisation).
 * Under a slot heading a "Topic: Title" line may be among them.
 */
export function speakersOfLines(lines: string[], slot: boolean): { speakers: Speaker[]; title: string | null } | null {
  const speakers: Speaker[] = [];
  let title: string | null = null;
  let previousNamed = false;
  for (const line of lines) {
    if (speakers.length > 0 && HANDLE.test(line)) continue;
    // Stryker disable next-line OptionalChaining: the title's group is set in every match
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

/** "Jane Doe - Senior Engineer @ Acme" → Jane Doe of Acme; a line that is only a name counts too. */
export function bylineSpeaker(written: string): Speaker[] | null {
  // "― Jane Roe": the dash only opens the line, and says what follows is who spoke, so one word
  // ("― Matz", "― 山田太郎") is enough.
  // "-- by Jane Roe -": a dash that closes the byline closes nothing else.
  const line = written.replace(LEADING_DASH, '').replace(/\s+[-–—]$/u, '');
  if (line !== written && !/\s[-–—|@~]\s|,/.test(line)) {
    const name = line.replace(/\s*[(（][^)）]*[)）]\s*/gu, ' ').trim();
    if (/^\S+$/u.test(name) && looksLikeName(name, true)) return [{ name: withoutHonorific(name) ?? name, org: null }];
    // "-- by M4dz": after a dash and "by", one word is a handle, digits and all (an acronym is an organisation's).
    if (DASH_BY.test(written) && HANDLE_WORD.test(name) && !/^[\p{Lu}\d&._-]{2,}$/u.test(name))
      return [{ name, org: null }];
  }
  // A line of nothing but markup (`\`, `**`) is empty once plain.
  const match = /^(.+?)(?:\s+[-–—|@~]\s+(.+))?$/.exec(line);
  if (!match) return null;
  const [, rawName, role] = match;
  // "(she/her)", "(@jroe)" and a bare "@jroe" say more about the person; they are not the name.
  const name = rawName!
    .replace(/\s*[(（][^)）]*[)）]\s*/gu, ' ')
    .replace(/(?:^|\s)@[\w.-]+(?=\s|$)/gu, ' ')
    .trim();
  // "Jane Roe, Staff Engineer at Example": one name, then her role after a comma.
  const roled = commaRole(name) ?? mononymRole(name);
  if (roled && role === undefined) return [roled];
  // "Jane Roe, Principal Engineer @ Acme": her role after the comma, her organisation after the @.
  // Stryker disable next-line ConditionalExpression: with no role the slice after the name is empty, and holds no @
  const atOrg = role !== undefined && /\s@\s/.test(line.slice(rawName!.length, rawName!.length + 3));
  if (roled && atOrg) return [{ ...roled, org: role.trim() }];
  // "Taylor Roe and Scott Doe", "Jane Roe et John Doe", "Jane Roe, John Doe": one line may name several;
  // after commas each must be a full name, for "Jane Roe, Acme" is one person and her company.
  // "黄盈樟 ~ 硬件极客": a Chinese or Korean name is one word; with a role after it, that word is enough.
  const names =
    (name.includes(',') ? fullNames(name) : parseSpeakers(name)) ??
    (role !== undefined && ROLE.test(role) && isCjkName(name) ? [{ name, org: null }] : null) ??
    (role === undefined ? withMononym(name) : null);
  // "Sandia National Labs" on a line of its own: words that end an organisation's name end no person's.
  if (!names || (role === undefined && names.some((speaker) => looksLikeOrg(speaker.name)))) return null;
  // "Jane Roe @ Example Corp": what follows the @ is the organisation.
  if (atOrg && !/\s[-–—|]\s/.test(role)) return names.map((speaker) => ({ ...speaker, org: role.trim() }));
  if (role !== undefined && !ROLE.test(role)) return null;
  const org = role ? orgOfRole(role) : null;
  return names.map((speaker) => ({ name: speaker.name, org: org ?? speaker.org }));
}

/**
 * "Paul Lewis & Surma": a full name, then one more who goes by one word, on a byline of its own. Null unless the first
 * part reads as names and the last word as a name alone (not an organisation's word: "Jane Roe & Example Labs").
 */
export function withMononym(line: string): Speaker[] | null {
  const match = /^(.+?)\s+(?:&|and|et|und|y)\s+(\S+)$/u.exec(line);
  const first = match ? parseSpeakers(match[1]!) : null;
  const last = match?.[2];
  if (!first || !last || !MONONYM.test(last) || looksLikeOrg(last) || !looksLikeName(last, true)) return null;
  return [...first, { name: last, org: null }];
}

/** "Jane Roe, Acme": one full name (two words or more), then her organisation after the only comma. */
export function nameAndOrg(line: string): Speaker[] | null {
  const [name, org, ...more] = line.split(',').map((part) => part.trim());
  // Stryker disable next-line BooleanLiteral: a name with a space is two words or more: with an organisation or without, the same
  if (more.length > 0 || !name || !org || !/\s/.test(name) || !looksLikeName(name, true)) return null;
  return parseSpeakers(line);
}

/** "Jane Roe, John Doe and Ann Lee": a list of names of two words or more each. */
export function fullNames(text: string): Speaker[] | null {
  const speakers = parseSpeakerList(text);
  // "Jane Roe, Example Corp": a company is not a second person.
  return speakers?.every((speaker) => /\s/.test(speaker.name) && speaker.org === null && !looksLikeOrg(speaker.name))
    ? speakers
    : null;
}
