import { normalizeText } from './normalizeText.js';
import { textSimilarity } from './textSimilarity.js';

/** Names at least this alike (edit distance over length) are one speaker, misspelt: "Kelsy Hightower". */
export const SAME_SPEAKER = 0.85;

/** Whether two speaker names, as written, name the same person. */
export function sameSpeakerName(a: string, b: string): boolean {
  return textSimilarity(normalizeText(a), normalizeText(b)) >= SAME_SPEAKER;
}

/**
 * Whether two talks have the same speakers: all of them, each matched to one of the other's, so
 * that one person's two talks (one alone, one with a co-speaker) are told apart.
 */
export function sameSpeakers(a: string[], b: string[]): boolean {
  if (a.length === 0 || a.length !== b.length) return false;
  const unmatched = [...b];
  return a.every((name) => {
    const index = unmatched.findIndex((other) => sameSpeakerName(name, other));
    // Stryker disable next-line ConditionalExpression: with no match, `every` stops here, whatever was spliced
    if (index !== -1) unmatched.splice(index, 1);
    return index !== -1;
  });
}
