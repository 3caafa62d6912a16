import { titleKey } from './titleKey.js';
import { titleSimilarity } from './titleSimilarity.js';

/** A short tail after " - " or in brackets: "scaling prom w/ thanos - lessons", "k8s update (janet kuo)". */
const TAIL = /^(.*\S)\s+(?:[-–—]\s+([^-–—]+)|\(([^()]+)\))\s*$/u;
/** Longest tail left out, in words: more is part of the title ("Kubernetes - Don't Stop Believin'"). */
const TAIL_MAX_WORDS = 3;
/** Fewest words the rest needs: "Kubernetes - the hard way" is not the talk "Kubernetes". */
const HEAD_MIN_WORDS = 2;

/**
 * How likely two talk titles, as written, name the same talk (see titleSimilarity): the titles
 * are also compared without a short tail, which notes add for the speaker, a mood or a remark.
 */
export function talkTitleSimilarity(a: string, b: string): number {
  return keysSimilarity(titleKeys(a), titleKeys(b));
}

/** talkTitleSimilarity on titleKeys already made, for comparing many titles. */
export function keysSimilarity(a: string[], b: string[]): number {
  let best = 0;
  for (const keyA of a) for (const keyB of b) best = Math.max(best, titleSimilarity(keyA, keyB));
  return best;
}

/** The title's key, and the key without its tail when it has one. */
export function titleKeys(title: string): string[] {
  const key = titleKey(title);
  const match = TAIL.exec(title);
  if (!match) return [key];
  const tail = (match[2] ?? match[3])!;
  const head = titleKey(match[1]!);
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  return words(tail) <= TAIL_MAX_WORDS && words(head) >= HEAD_MIN_WORDS && head !== key ? [key, head] : [key];
}
