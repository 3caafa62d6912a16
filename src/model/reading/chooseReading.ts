import type { RootContent } from 'mdast';
import type { AsideSource, DaySource } from '../inferStructure.js';
import { readingEvidence } from './evidence.js';
import { levelReading } from './levelReading.js';
import { listReading } from './listReading.js';
import { proseReading } from './proseTalks.js';

/** Where days and talks sit: a heading rank ("h2"), list items ("list"), or nowhere (days: null). */
export interface ReadingShape {
  days: string | null;
  talks: string;
}

export interface Reading {
  shape: ReadingShape;
  intro: RootContent[];
  days: DaySource[];
  asides: AsideSource[];
  evidence: number;
}

export interface ChosenReading extends Reading {
  /** 0..1: how far the chosen reading leads the runner-up (1 when nothing else came close). */
  confidence: number;
  runnerUp: (ReadingShape & { evidence: number }) | null;
}

/** The rule-based heading reading (inferStructure) wins ties: it knows groups, asides and level slips. */
const RULES_PREFERENCE = 0.5;

/**
 * Pure: weighs the candidate readings of a whole document on the evidence of their talks and keeps
 * the best. Candidates: the rule-based heading reading and talks as list items. Fixed-rank readings
 * (talks at h3, days at h2) are only taken when asked for (forcedReading): as automatic candidates
 * they raised the seen files' scores and lowered the held-out ones (docs/STRUCTURE.md).
 */
export function chooseReading(rules: Reading, nodes: RootContent[], source: string): ChosenReading {
  const candidates: Reading[] = [{ ...rules, evidence: rules.evidence + RULES_PREFERENCE }];
  for (const [talks, read] of [
    ['list', listReading],
    ['prose', proseReading],
  ] as const) {
    const found = read(nodes, source);
    if (found)
      candidates.push({
        // Stryker disable next-line ConditionalExpression: dayRank finds no rank where no day has a heading
        shape: { days: found.days.some((day) => day.text !== null) ? dayRank(nodes, found.days) : null, talks },
        intro: found.intro,
        days: found.days,
        asides: found.asides,
        evidence: found.evidence,
      });
  }
  const sorted = [...candidates].sort((a, b) => b.evidence - a.evidence);
  const [best, ...others] = sorted;
  const second = others.find((other) => !sameShape(other.shape, best!.shape)) ?? null;
  const confidence =
    best!.evidence <= 0
      ? 0
      : second === null
        ? 1
        : Math.max(0, Math.min(1, (best!.evidence - second.evidence) / best!.evidence));
  return {
    ...best!,
    confidence: Math.round(confidence * 100) / 100,
    runnerUp: second ? { ...second.shape, evidence: second.evidence } : null,
  };
}

/** A forced reading (front matter or config `structure`): no weighing. */
export function forcedReading(
  shape: ReadingShape,
  rules: Reading,
  nodes: RootContent[],
  source: string,
): Reading | null {
  if (shape.talks === 'list' || shape.talks === 'prose') {
    const list = (shape.talks === 'list' ? listReading : proseReading)(nodes, source);
    return list ? { shape, intro: list.intro, days: list.days, asides: list.asides, evidence: list.evidence } : null;
  }
  const talks = rankOf(shape.talks);
  const days = shape.days === null ? null : rankOf(shape.days);
  if (talks === null) return null;
  const reading = levelReading(nodes, source, { days, talks });
  return {
    shape,
    intro: reading.intro,
    days: reading.days,
    asides: [],
    evidence: readingEvidence(reading.days, reading.left),
  };
}

function sameShape(a: ReadingShape, b: ReadingShape): boolean {
  return a.days === b.days && a.talks === b.talks;
}

export function rankOf(level: string): number | null {
  const match = /^h([1-6])$/i.exec(level.trim());
  return match ? Number(match[1]) : null;
}

function dayRank(nodes: RootContent[], days: DaySource[]): string | null {
  // Stryker disable next-line OptionalChaining: called only when a day has a heading, so a line
  const line = days.find((day) => day.line !== null)?.line;
  // Stryker disable next-line ConditionalExpression,OptionalChaining: only the day's heading starts on its line; parsed nodes have positions
  const node = nodes.find((entry) => entry.type === 'heading' && entry.position?.start.line === line);
  // Stryker disable next-line ConditionalExpression,OptionalChaining: the node found is always that heading
  return node?.type === 'heading' ? `h${node.depth}` : null;
}
