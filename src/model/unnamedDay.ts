import type { DaySource, TalkSource } from './inferStructure.js';

/** Pure: a day the notes do not name (talks before the first day heading, notes with no days), a new one each call. */
export function unnamedDay(talks: TalkSource[] = []): DaySource {
  return { heading: null, text: null, line: null, intro: [], talks };
}
