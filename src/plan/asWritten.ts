import { showsEveryWord } from '../words.js';

/** The heading as the author wrote it, when some of its words ("Talk 3:", "{#anchor}") are not on the slide. */
export function asWritten(heading: string, shown: string): string[] {
  return showsEveryWord(heading, shown) ? [] : [heading];
}
