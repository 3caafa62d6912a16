import type { RootContent } from 'mdast';
import { isGroupTitle } from '../headingKinds.js';
import type { DaySource, TalkSource } from '../inferStructure.js';
import { joinAdjacentLists, talksOfList } from './listTalks.js';
import { talksOfTable } from './tableTalks.js';

/**
 * Pure: talks written as list items or table rows inside a heading reading: a day with no talk headings takes the
 * talks of its lists and tables ("## Day 1" then "* 14:30 - 15:00 : Title - Speaker"). A talk's own list stays
 * its notes, even under "Lightning Talks": there the list reading competes as a whole (chooseReading).
 */
export function expandListTalks(days: DaySource[], source: string): DaySource[] {
  return days.map((day) => {
    if (day.talks.length > 0) return day;
    const talks: TalkSource[] = [];
    const intro: RootContent[] = [];
    // Stryker disable next-line ConditionalExpression: a day with no title reads as "null", no group title
    const inGroup = day.text !== null && isGroupTitle(day.text);
    for (const { node, parts } of joinAdjacentLists(day.intro)) {
      // Stryker disable next-line ConditionalExpression: a table's rows and a paragraph's words have no item paragraph, so no talk
      const found = node.type === 'list' ? talksOfList(node, source, null, inGroup) : null;
      // A table of talks stays in the day's intro: its other columns (notes, slides) are shown there.
      const listed = node.type === 'table' ? talksOfTable(node, source) : null;
      if (found) talks.push(...found.talks);
      else intro.push(...parts);
      if (listed) talks.push(...listed);
    }
    return talks.length > 0 ? { ...day, intro, talks } : day;
  });
}
