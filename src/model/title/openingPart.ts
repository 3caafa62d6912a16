import { isDayTitle } from '../headingKinds.js';

/**
 * A post title of parts, none with a year, whose first part names the event while the rest says what the post is
 * about: "KubeCon - Other Cool Things", "infomeet - konferencja o IT?", "Full Stack Fest: Barcelona". Where the
 * opening paragraph writes that first part too ("while at KubeCon 2019", "na konferencji [infomeet](…)"), it is the
 * conference's name; the notes' year may follow it (notesYear).
 */

/**
 * What parts such a title: a spaced dash or bar, or a colon before a space. Not an at-sign: in "Acme devs @ PHP Day"
 * the first part is who went, not where.
 */
const TITLE_PARTS = /\s+[-–—|]\s+|:\s+/u;

/** Words a name has at most ("Chemnitzer Linux Tage", "Web Unleashed Conf Toronto"): more make a sentence. */
const MAX_NAME_WORDS = 4;

/** The opening's words as read: images left out, links read by their text, Markdown marks and spaces folded. */
function plainWords(markdown: string): string {
  return ` ${markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, ' ')
    .replace(/\]\([^)]*\)/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .toLocaleLowerCase()
    .trim()} `;
}

export function partNamedInOpening(title: string, opening: string | null): string | null {
  if (opening === null) return null;
  const said = plainWords(opening);
  // An opening that holds the whole title is the title's own line (notes without headings), or says it again.
  if (said.includes(plainWords(title))) return null;
  const parts = title
    .split(TITLE_PARTS)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const first = parts[0]!;
  // A day before the parts ("Day 2 – Keynotes") names no event: the title stays whole, as partTail keeps it.
  if (first.split(/\s+/u).length > MAX_NAME_WORDS || !/\p{L}{2}/u.test(first) || isDayTitle(first)) return null;
  // Whole words only: "Kube" is not named by "KubeCon".
  return said.includes(plainWords(first)) ? first : null;
}
