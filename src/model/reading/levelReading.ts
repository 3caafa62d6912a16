import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { headingText, lineOf } from '../blocks.js';
import type { DaySource } from '../inferStructure.js';
import { showsEveryWord } from '../../words.js';
import { unnamedDay } from '../unnamedDay.js';

export interface LevelReading {
  intro: RootContent[];
  days: DaySource[];
  /** Headings above the talks' level that are not days: kept as content, and weighed (a talk there is a talk lost). */
  left: string[];
}

/**
 * Pure: the reading in which every heading of rank `talks` is a talk and every heading of rank `days`
 * (when given) a day. Deeper headings belong to the talk above; shallower ones end it and stay, as
 * content, in the day (or the conference intro). Nothing is dropped: every node lands somewhere.
 */
export function levelReading(
  nodes: RootContent[],
  source: string,
  ranks: { days: number | null; talks: number },
): LevelReading {
  const intro: RootContent[] = [];
  const days: DaySource[] = [];
  const left: string[] = [];
  let talk: DaySource['talks'][number] | null = null;
  // The heading above the talks that encloses them now: their group ("Workshops", "De charla en charla").
  let enclosing: { node: RootContent; text: string; used: boolean } | null = null;
  const intoIntro = (node: RootContent) => (days.length > 0 ? days.at(-1)!.intro : intro).push(node);
  const currentDay = (): DaySource => {
    if (days.length === 0) days.push(unnamedDay());
    return days.at(-1)!;
  };
  for (const node of nodes) {
    // Stryker disable next-line ConditionalExpression: only a heading has a depth (a dropped type test compares undefined)
    if (node.type === 'heading' && node.depth === ranks.days) {
      days.push({
        heading: headingText(node, source),
        text: toString(node).trim(),
        line: lineOf(node),
        intro: [],
        talks: [],
      });
      talk = null;
      enclosing = null;
    } else if (node.type === 'heading' && node.depth === ranks.talks) {
      const text = toString(node).trim();
      talk = { heading: headingText(node, source), text, line: lineOf(node), body: [], group: enclosing?.text ?? null };
      currentDay().talks.push(talk);
      if (enclosing && !enclosing.used) {
        // Shown as the talks' group from now on, not again as content (the group is its plain text: a
        // heading with words that drops, such as a link's target, stays as written).
        enclosing.used = true;
        if (showsEveryWord(headingText(enclosing.node, source), enclosing.text)) {
          const list = days.at(-1)!.intro.includes(enclosing.node) ? days.at(-1)!.intro : intro;
          list.splice(list.indexOf(enclosing.node), 1);
        }
      }
    } else if (node.type === 'heading' && node.depth < ranks.talks) {
      talk = null;
      enclosing = { node, text: toString(node).trim(), used: false };
      left.push(enclosing.text);
      intoIntro(node);
    } else if (talk) talk.body.push(node);
    else intoIntro(node);
  }
  return { intro, days, left };
}
