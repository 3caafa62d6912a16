import { textSimilarity } from './textSimilarity.js';

/** Titles at least this alike name the same talk. */
export const SAME_TITLE = 0.85;
/** Words too common to tell two talks apart. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'your',
  'our',
]);
/** One title's words all found in the other's: "Trust No One" and "Trust No One: Confidential Containers". */
const CONTAINED = 0.9;
/** Fewest significant words a title needs before containment counts. */
const CONTAINED_MIN_WORDS = 3;

/**
 * How likely two title keys (see titleKey) name the same talk, from 0 to 1: the best of their edit
 * likeness, one's words all in the other's, and the share of words they have in common (Dice), so
 * that words in another order ("linkerd deep dive" / "deep dive linkerd") still match.
 */
export function titleSimilarity(a: string, b: string): number {
  const edit = textSimilarity(a, b);
  // textSimilarity is nought when the numbers differ: so is every other measure.
  if (edit === 1 || edit === 0) return edit;
  const [fewer, more] = [significantWords(a), significantWords(b)].sort((x, y) => x.size - y.size) as [
    Set<string>,
    Set<string>,
  ];
  const shared = [...fewer].filter((word) => more.has(word)).length;
  const overlap = (2 * shared) / (fewer.size + more.size);
  if (fewer.size < CONTAINED_MIN_WORDS || shared < fewer.size) return Math.max(edit, overlap);
  // "Scaling CI" and "Scaling CI part 2" are different talks: extra words may not be numbers.
  const extra = [...more].filter((word) => !fewer.has(word));
  return extra.some((word) => /\d/.test(word)) ? edit : Math.max(edit, overlap, CONTAINED);
}

function significantWords(key: string): Set<string> {
  return new Set(key.split(' ').filter((word) => word && !STOP_WORDS.has(word)));
}
