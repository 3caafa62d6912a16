import { wordsOf } from '../words.js';

/** Pure: whether two titles say the same thing, case and punctuation aside; never for a missing one (`null`). */
export function sameWords(a: string, b: string | null): boolean {
  return b !== null && wordsOf(a).join(' ') === wordsOf(b).join(' ');
}
