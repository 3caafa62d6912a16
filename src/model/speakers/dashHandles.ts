import { parseSessionHeading, type SessionHeading } from '../sessionHeading.js';
import { ACRONYM, byHandleSpeakers } from './byHandles.js';
import { looksLikeName } from './nameWords.js';
import { parenHandleSpeakers } from './parenHandles.js';
import { roleHeadingSpeaker } from './speakerRoles.js';

/** At least this many items of a list must end in "- Jane Roe" before a lone word after a dash is read as a speaker. */
export const MIN_DASH_NAMED = 2;
/** One word after the last dash: a handle ("carlsu", "YuTin") or a short name in CJK ("雨蒼"). */
const DASH_WORD = /^(.+?)\s+[-–—]\s+([\p{L}\p{N}_.]{2,24})$/u;

/**
 * Pure: lines of one list ("Open Source Job Board - Sammy Fung", "iHaskell - carlsu") weighed together:
 * where at least MIN_DASH_NAMED of them name their speaker after a dash, a line that ends in one word after
 * a dash names its speaker there too, by a handle. Each line's title and speaker, or null where it has none so.
 */
export function dashHandleSpeakers(lines: string[]): (SessionHeading | null)[] {
  const named = lines.filter(
    (line) => /\s[-–—]\s/.test(line) && parseSessionHeading(line).speakers.some((speaker) => /\s/.test(speaker.name)),
  ).length;
  return lines.map((line) => {
    if (named < MIN_DASH_NAMED || parseSessionHeading(line).speakers.length > 0) return null;
    // "Ann Lee – CTO – Acme" names a person, her role and her company: its last word is no handle.
    if (roleHeadingSpeaker(line) !== null) return null;
    const match = DASH_WORD.exec(line.trim());
    if (!match || ACRONYM.test(match[2]!) || !/\p{L}/u.test(match[2]!)) return null;
    // A word of titles ("intro", "Overview") is the title's, not a person's; a handle may be in lower case.
    const word = match[2]!;
    if (!looksLikeName(word[0]!.toLocaleUpperCase() + word.slice(1), true)) return null;
    // Stryker disable next-line MethodExpression: the lazy title ends before the spaces the dash needs, on a trimmed line
    return { title: match[1]!.trim(), speakers: [{ name: match[2]!, org: null }] };
  });
}

/**
 * Pure: the speaker each line of one list or day names by a lone word, after a dash (dashHandleSpeakers), after "by"
 * (byHandles.ts) or in parentheses at its end (parenHandles.ts), each weighed over all the lines; null where a line names
 * none so.
 */
export function handleSpeakers(lines: string[]): (SessionHeading | null)[] {
  const byWords = byHandleSpeakers(lines);
  const inParentheses = parenHandleSpeakers(lines);
  return dashHandleSpeakers(lines).map((dash, index) => dash ?? byWords[index] ?? inParentheses[index] ?? null);
}
