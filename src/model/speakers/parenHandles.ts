import { parseSessionHeading, type SessionHeading, withoutTrailingMarks } from '../sessionHeading.js';
import { readsAsHandle } from './byHandles.js';

/** At least this many titles of a list or a day must name their speakers in parentheses at the end (`Title (Jane Roe)`). */
export const MIN_PAREN_NAMED = 2;
/**
 * And at least this share of them must end in parentheses, naming someone or holding one word: the series' habit. Two
 * `(Jane Roe)` among many titles with a tag in parentheses (`(Beginner)`) say nothing of the tags.
 */
export const MIN_PAREN_TAIL_SHARE = 0.5;
/** One word in parentheses, half- or full-width, ending a title: `Title (Shimmy)`, `タイトル（higak9）`, `标题（福地开）`. */
const PAREN_WORD = /^(.+?)\s*[(（]\s*@?([\p{L}\p{N}_.-]{1,24})\s*[)）]$/u;
/** A heading that ends in parentheses: `Title (…)`, `Title（…）`. */
const PAREN_TAIL = /[)）]\s*$/u;

/**
 * Pure: titles of one list or day (`TanStack Start で作る API（Yuki Terashima）`, `型定義を読み解く（Shimmy）`) weighed
 * together: where at least MIN_PAREN_NAMED of them name their speakers in parentheses at the end, and half of them or more
 * end in parentheses, one word there (a handle, a one-word name, a name in Han or Kana) names the speaker too. Alone,
 * one word in parentheses is a tag or a company (sessionHeading.ts). Each title's title and speaker, or null.
 */
export function parenHandleSpeakers(lines: string[]): (SessionHeading | null)[] {
  const read = lines.map((line) => parseSessionHeading(line));
  const plain = lines.map(withoutTrailingMarks);
  const named = plain.filter((line, index) => PAREN_TAIL.test(line) && read[index]!.speakers.length > 0).length;
  const tails = plain.filter((line) => PAREN_TAIL.test(line)).length;
  const habit = named >= MIN_PAREN_NAMED && tails >= lines.length * MIN_PAREN_TAIL_SHARE;
  return plain.map((line, index) => {
    if (!habit || read[index]!.speakers.length > 0) return null;
    const match = PAREN_WORD.exec(line);
    const word = match?.[2];
    if (!word || !readsAsHandle(word)) return null;
    return { title: match![1]!.trim(), speakers: [{ name: word, org: null }] };
  });
}
