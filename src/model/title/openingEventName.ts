import { eventNameIn } from '../eventName.js';

/**
 * A title that names the event in short ("devopsdays16", "PHPカンファレンス2023", "PyCon 2019") while the notes'
 * opening paragraph names it in full with the same year ("[devopsdays Amsterdam '16](…) Report", "[PHP Conference
 * Japan 2023](…) に行ってきた", "at PyCon US 2019"): the full name is the conference's title.
 */

/** A link's text, not an image's: the name of the event's page as its author wrote it. */
const LINK_TEXT = /(?<!!)\[([^\]\n]+)\]\(/gu;

/**
 * A name ends with its year, four digits or two after an apostrophe ("'16"): "PyCon 2021 Playlist" names a playlist.
 */
const YEAR_AT_END = /(?<![\p{N}])(?:(?:19|20)\d\d|['’]\d\d)[.!,:]?$/u;

/** Runs of one script: a title's letters and digits glued together are words apart ("devopsdays16": devopsdays, 16). */
const TOKEN =
  /\p{N}+|[\p{Script=Latin}\p{M}]+|[\p{Script=Han}]+|[\p{Script=Hiragana}\p{Script=Katakana}ー]+|[\p{Script=Hangul}]+|[\p{L}]+/gu;

function tokensOf(text: string): string[] {
  // Stryker disable next-line ArrayDeclaration: a text of no word gives no year, and a name always has one
  return (text.normalize('NFKC').toLocaleLowerCase().match(TOKEN) ?? []).map((token) =>
    // "2016" and "16" are one year.
    /^(?:19|20)\d\d$/u.test(token) ? token.slice(2) : token,
  );
}

/** The script a token is written in: a title's words in a script the name does not use are a translation of it. */
// Only 'latin' is asked for by name; the other labels need only differ.
function scriptOf(token: string): string {
  // A token holding a digit is all digits (TOKEN).
  // Stryker disable next-line StringLiteral: any label apart from the others
  if (/\p{N}/u.test(token)) return 'digits';
  if (/\p{Script=Latin}/u.test(token)) return 'latin';
  // Stryker disable next-line StringLiteral: any label apart from the others
  if (/\p{Script=Han}/u.test(token)) return 'han';
  // Stryker disable next-line StringLiteral: any label apart from the others
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(token)) return 'kana';
  // Stryker disable next-line StringLiteral: any label apart from the others
  return /\p{Script=Hangul}/u.test(token) ? 'hangul' : 'other';
}

/**
 * True when the name says all the title says, and more: each of the title's words is one of the name's, but for words
 * in a script the name is not written in ("カンファレンス" for "Conference"); a Latin word and the year must be among them.
 */
function namesInFull(name: string, title: string): boolean {
  const nameTokens = new Set(tokensOf(name));
  const nameScripts = new Set([...nameTokens].map(scriptOf));
  const compared = new Set(tokensOf(title).filter((token) => nameScripts.has(scriptOf(token))));
  const year = [...compared].find((token) => /^\d\d$/u.test(token));
  return (
    year !== undefined &&
    [...compared].some((token) => scriptOf(token) === 'latin') &&
    [...compared].every((token) => nameTokens.has(token)) &&
    nameTokens.size > compared.size
  );
}

/** The event's full name in the opening paragraph (its link texts first), or null when it names none of the title. */
export function openingEventName(title: string, opening: string | null): string | null {
  if (opening === null) return null;
  const linked = [...opening.matchAll(LINK_TEXT)].map((match) => match[1]!.trim());
  // The plain text: images left out, links read by their text.
  const named = eventNameIn(opening.replace(/!\[[^\]]*\]\([^)]*\)/gu, ' ').replace(/\]\([^)]*\)/gu, ']'));
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: no name, or one with no year, is filtered out
  const candidates = [...linked, ...(named === null ? [] : [named])].filter((name) => YEAR_AT_END.test(name));
  return candidates.find((name) => namesInFull(name, title)) ?? null;
}
