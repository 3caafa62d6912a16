import { capitalised, parseSessionHeading, type SessionHeading } from '../sessionHeading.js';
import { looksLikeName } from './nameWords.js';
import { BY_WORD } from './speakerMarks.js';

/** At least this many titles of a list or a day must name their speaker after "by" before one word there is read as one. */
export const MIN_BY_NAMED = 2;
/**
 * Or at least this many titles, and this share of them, end in one word after "by" (`Title by h1d3mun3`, `Title by giginet`):
 * the series' own habit says the word is who gave the talk, though no title names a speaker in full.
 */
export const MIN_BY_TAILS = 3;
export const MIN_BY_TAIL_SHARE = 0.5;
/** One word after the last "by": a handle ("m4dz", "たけてぃ") or a one-word name ("玉"). */
const BY_HANDLE = new RegExp(String.raw`^(.+?)\s+${BY_WORD}\s+@?([\p{L}\p{N}_.-]{1,24})$`, 'iu');
/** "taiki komaba": a name in lower case, two words after the last "by". */
const BY_LOWER_NAME = new RegExp(String.raw`^(.+?)\s+${BY_WORD}\s+(\p{Ll}+\s+\p{Ll}+)$`, 'u');
/** "八十嶋祐樹": a name in Han or Kana, written as one word, runs to this many characters (isCjkName stops at 4). */
export const MAX_CJK_NAME = 6;
const CJK_WORD = new RegExp(
  `^[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]{1,${MAX_CJK_NAME}}$`,
  'u',
);
/**
 * "AWS", "K8S", "VIGL": an acronym where a handle would stand (after "by", a dash, in parentheses) is a product, an
 * organisation or a workshop's code.
 */
export const ACRONYM = /^[\p{Lu}\d&._-]{2,}$/u;
/** Words that follow "by" in titles, not names: "Security by Design", "Learning by Doing", "Testing by Example". */
const BY_PHRASE = new Set([
  'accident',
  'chance',
  'committee',
  // Stryker disable next-line StringLiteral: a word ending in -tion is no name (nameWords.ts' NOUN_ENDING), listed or not
  'construction',
  'contract',
  // Stryker disable next-line StringLiteral: a word ending in -tion is no name (nameWords.ts' NOUN_ENDING), listed or not
  'convention',
  'default',
  'design',
  'doing',
  'example',
  'far',
  'hand',
  'heart',
  'itself',
  'nature',
  'night',
  'now',
  'numbers',
  'proxy',
  'reference',
  'step',
  'value',
]);

/**
 * Pure: titles of one list or day ("readonly class で作る堅牢なアプリ by 河瀨 翔吾", "TypeScript vs PHP by 玉") weighed
 * together: where at least MIN_BY_NAMED of them name their speaker after "by", a title that ends in one word after "by"
 * names its speaker there too, by a handle or a one-word name. Each title's title and speaker, or null where it has none so.
 */
export function byHandleSpeakers(lines: string[]): (SessionHeading | null)[] {
  const named = lines.filter(
    (line) => new RegExp(String.raw`\s${BY_WORD}\s`, 'iu').test(line) && parseSessionHeading(line).speakers.length > 0,
  ).length;
  const tails = lines.filter((line) => BY_HANDLE.test(line.trim())).length;
  const habit = named >= MIN_BY_NAMED || (tails >= MIN_BY_TAILS && tails >= lines.length * MIN_BY_TAIL_SHARE);
  return lines.map((line) => {
    if (!habit || parseSessionHeading(line).speakers.length > 0) return null;
    const lower = BY_LOWER_NAME.exec(line.trim());
    if (lower && readsAsLowerName(lower[2]!)) return { title: lower[1]!, speakers: [{ name: lower[2]!, org: null }] };
    const match = BY_HANDLE.exec(line.trim());
    const word = match?.[2];
    if (!word || BY_PHRASE.has(word.toLocaleLowerCase()) || !readsAsHandle(word)) return null;
    // Stryker disable next-line MethodExpression: the line is trimmed and the lazy title stops before the spaces before "by"
    return { title: match![1]!.trim(), speakers: [{ name: word, org: null }] };
  });
}

/**
 * Pure: one word where a series names its speakers that may be a person's: no acronym, a letter in it, and a name in Han,
 * Kana or Hangul of up to MAX_CJK_NAME characters or a name once capitalised. A word of titles ("intro", "Overview") is
 * the title's, not a person's; a handle may be in lower case or hold digits ("higak9").
 */
export function readsAsHandle(word: string): boolean {
  if (ACRONYM.test(word) || !/\p{L}/u.test(word)) return false;
  return CJK_WORD.test(word) || looksLikeName(word[0]!.toLocaleUpperCase() + word.slice(1).replace(/\d/g, 'x'), true);
}

/** "taiki komaba" reads as a name capitalised ("Taiki Komaba"), its first word no phrase "by" makes ("by design patterns"). */
function readsAsLowerName(words: string): boolean {
  const [first, last] = words.split(/\s+/u) as [string, string];
  return !BY_PHRASE.has(first) && looksLikeName(capitalised(`${first} ${last}`), false);
}
