import { distance } from 'fastest-levenshtein';

/**
 * Scoring of what the model read against a hand-made truth (docs/CORPUS.md): tolerant title and name
 * matching, one-to-one pairing, precision / recall / F1. Pure: no files, no model.
 */

/** Titles are equal enough at this similarity (1 − edit distance / longer length). */
export const SIMILARITY_THRESHOLD = 0.8;

/** Case, quotes, punctuation and whitespace folded: "Don’t  Stop!" and "don't stop" compare equal. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** 1 for equal strings, 0 for nothing in common, from the edit distance over the longer length. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

/**
 * How well two titles (or names) match, or null when they do not: after folding, one contains the other
 * or their similarity reaches the threshold. A containment scores at least the threshold so it can pair.
 */
export function matchScore(found: string, truth: string): number | null {
  const a = normalizeText(found);
  const b = normalizeText(truth);
  if (a === '' || b === '') return null;
  const score = similarity(a, b);
  if (a.includes(b) || b.includes(a)) return Math.max(score, SIMILARITY_THRESHOLD);
  return score >= SIMILARITY_THRESHOLD ? score : null;
}

export interface Pair {
  found: number;
  truth: number;
}

/**
 * One-to-one pairs between two lists, best matches first: each item is used at most once, so two found
 * talks cannot both claim one true talk. Ties go to the earlier item in file order.
 */
export function matchOneToOne(found: readonly string[], truth: readonly string[]): Pair[] {
  const candidates: (Pair & { score: number })[] = [];
  found.forEach((f, i) =>
    truth.forEach((t, j) => {
      const score = matchScore(f, t);
      if (score !== null) candidates.push({ found: i, truth: j, score });
    }),
  );
  candidates.sort((x, y) => y.score - x.score || x.truth - y.truth || x.found - y.found);
  const usedFound = new Set<number>();
  const usedTruth = new Set<number>();
  const pairs: Pair[] = [];
  for (const { found: i, truth: j } of candidates) {
    if (usedFound.has(i) || usedTruth.has(j)) continue;
    usedFound.add(i);
    usedTruth.add(j);
    pairs.push({ found: i, truth: j });
  }
  return pairs.sort((x, y) => x.truth - y.truth);
}

/** Counts that add up across files (micro-averaging). */
export interface Counts {
  matched: number;
  found: number;
  truth: number;
}

export const noCounts = (): Counts => ({ matched: 0, found: 0, truth: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return { matched: a.matched + b.matched, found: a.found + b.found, truth: a.truth + b.truth };
}

export interface Rates {
  precision: number;
  recall: number;
  f1: number;
}

/** Nothing found and nothing expected is perfect; an empty side against a non-empty one scores 0. */
export function rates({ matched, found, truth }: Counts): Rates {
  const precision = found === 0 ? (truth === 0 ? 1 : 0) : matched / found;
  const recall = truth === 0 ? (found === 0 ? 1 : 0) : matched / truth;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The hand-made truth of one notes file (its `.truth.json`). */
export interface Truth {
  title: string;
  days: string[];
  talks: { title: string; speakers: string[]; day: string | null }[];
}

/** What the model read, reduced to what the truth holds. `days` are the days that came from the notes. */
export type Reading = Truth;

export interface FileScore {
  talks: Counts;
  speakers: Counts;
  days: Counts;
  dayCountRight: boolean;
  titleRight: boolean;
  /** Pairs of talk indices (reading, truth), for reports. */
  pairs: Pair[];
}

export function scoreReading(reading: Reading, truth: Truth): FileScore {
  const pairs = matchOneToOne(
    reading.talks.map((talk) => talk.title),
    truth.talks.map((talk) => talk.title),
  );
  // Speakers count only on paired talks: a missed talk is already a talk error.
  const speakers = pairs.reduce<Counts>((sum, { found, truth: t }) => {
    const foundNames = reading.talks[found]!.speakers;
    const trueNames = truth.talks[t]!.speakers;
    return addCounts(sum, {
      matched: matchOneToOne(foundNames, trueNames).length,
      found: foundNames.length,
      truth: trueNames.length,
    });
  }, noCounts());
  return {
    talks: { matched: pairs.length, found: reading.talks.length, truth: truth.talks.length },
    speakers,
    days: {
      matched: matchOneToOne(reading.days, truth.days).length,
      found: reading.days.length,
      truth: truth.days.length,
    },
    dayCountRight: reading.days.length === truth.days.length,
    titleRight: matchScore(reading.title, truth.title) !== null,
    pairs,
  };
}
