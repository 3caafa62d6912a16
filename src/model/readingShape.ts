import type { DaySource } from './inferStructure.js';
import type { OutlineSection } from './outline.js';
import type { ReadingShape } from './reading/chooseReading.js';

/** Pure: the heading ranks the rule-based reading put its days and talks at: the most common of each. */
export function shapeOf(days: DaySource[], sections: OutlineSection[]): ReadingShape {
  const ranks = new Map<number, number>();
  const visit = (section: OutlineSection) => {
    ranks.set(section.line, section.writtenRank ?? section.rank);
    section.children.forEach(visit);
  };
  sections.forEach(visit);
  const level = (lines: (number | null)[]): string | null => {
    const counts = new Map<string, number>();
    for (const line of lines) {
      // Stryker disable next-line ConditionalExpression: the map holds no null line, so its get would be undefined too
      const rank = line === null ? undefined : ranks.get(line);
      const name = rank === undefined ? 'list' : rank > 6 ? 'bold' : `h${rank}`;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  };
  const dayLines = days.map((day) => day.line).filter((line) => line !== null);
  return {
    // No day lines, no rank: level gives null.
    days: level(dayLines),
    talks: level(days.flatMap((day) => day.talks.map((talk) => talk.line))) ?? 'none',
  };
}
