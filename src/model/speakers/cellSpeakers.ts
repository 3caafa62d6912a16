import type { Speaker } from '../types.js';
import { parseSpeakerHeading } from './speakerLists.js';

/** A line break inside a table cell, as parsing leaves it (`; `, parse/safeSource.ts) or as written (`<br>`). */
const CELL_BREAK = /<br\s*\/?>|;/iu;
/** A social handle beside a name (`Jane Roe [@jroe](…)`, `Jane Roe @jroe`): who the person is online, not a name. */
const HANDLE = /(?:^|\s)\(?@[\p{L}\p{N}_.-]+\)?(?=\s|$)/gu;
/** A line that is only an organisation in parentheses, under the name it belongs to: `(연세의료원)`, `(Example Corp)`. */
const ORG_LINE = /^\(([^()]+)\)$/u;

/**
 * Two to four capitalised words (name particles between them): in a column of speakers that is a name even where a word
 * would end a title's noun elsewhere (`Charity Majors`).
 */
const PLAIN_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|da|di|del|la|le)){1,3}$/u;

/**
 * Pure: the people a table's speaker cell names (its plain text), one a line where `<br>` (or `;`) parts them:
 * `Jane Roe [@jroe](…)` (the handle dropped), `장혁재 단장<BR>(연세의료원)` (a line of its own in parentheses is the
 * organisation of the name above), `Ann Lee<br />Bob Smith` (two people). Null when a line reads as no name.
 */
export function cellSpeakers(text: string): Speaker[] | null {
  const speakers: Speaker[] = [];
  for (const line of text.split(CELL_BREAK)) {
    const written = line.replace(HANDLE, ' ').replace(/\s+/gu, ' ').trim();
    if (written === '') continue;
    const org = ORG_LINE.exec(written);
    const named = speakers.at(-1);
    if (org && named && named.org === null) {
      named.org = org[1]!.trim();
      continue;
    }
    const found = parseSpeakerHeading(written) ?? (PLAIN_NAME.test(written) ? [{ name: written, org: null }] : null);
    if (!found) return null;
    speakers.push(...found);
  }
  return speakers.length > 0 ? speakers : null;
}
