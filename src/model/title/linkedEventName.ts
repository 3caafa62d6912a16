import { wordsOf } from '../../words.js';
import { isEventWord } from './eventWordName.js';

/**
 * A title without a year ("Big Ruby") whose opening paragraph links the event by its whole name, the title's words and
 * the word for an event ("[Big Ruby Conf](http://www.bigrubyconf.com)"): that name. Only event words may be added: a
 * link "[Big Ruby talks and slides](…)" names a page, not the event.
 */

/** A link's text, not an image's. */
const LINK_TEXT = /(?<!!)\[([^\]\n]+)\]\(/gu;

export function linkedEventName(title: string, opening: string | null): string | null {
  if (opening === null || /\p{N}/u.test(title)) return null;
  const titleWords = wordsOf(title);
  for (const match of opening.matchAll(LINK_TEXT)) {
    const name = match[1]!.trim();
    const nameWords = wordsOf(name);
    const added = nameWords.filter((word) => !titleWords.includes(word));
    const holdsTitle = titleWords.every((word) => nameWords.includes(word));
    if (holdsTitle && added.length > 0 && added.every(isEventWord)) return name;
  }
  return null;
}
