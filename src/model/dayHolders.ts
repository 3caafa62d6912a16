import { isDayTitle } from './headingKinds.js';
import type { OutlineSection } from './outline.js';

/** A heading over days needs at least this many of them, all its sub-sections, before its days are read as the notes' days. */
export const MIN_HELD_DAYS = 2;

/**
 * Pure: sections that only hold days (`## Highlights` over `### Day One`, `### Day Two`, each with its talks) give way
 * to those days, as if the days were written at their rank: a page's wrapper is no talk and no group. The holder stays,
 * without its days, where it was (an aside or a talk as its place decides), so that its heading and words are kept.
 * Needs MIN_HELD_DAYS sub-sections, every one a day, one of them with talks under it; a day is never a holder.
 */
export function unwrapDayHolders(sections: OutlineSection[]): OutlineSection[] {
  return sections.flatMap((section) => {
    if (!holdsDays(section)) return [section];
    const holder: OutlineSection = { ...section, body: section.content, children: [] };
    return [holder, ...section.children];
  });
}

function holdsDays(section: OutlineSection): boolean {
  const days = section.children;
  return (
    !isDayTitle(section.text) &&
    days.length >= MIN_HELD_DAYS &&
    days.every((day) => isDayTitle(day.text)) &&
    days.some((day) => day.children.length > 0)
  );
}
