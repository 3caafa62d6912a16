/**
 * A post title of parts, one of them the event with its year: "La veille de Wittouck - Édition spéciale - DevFest de
 * Nantes 2025", "Persönlicher Eindruck | Chemnitzer Linux Tage 2011", "Jfokus 2016 - Day 2: Talks, talks and some
 * snoring", "Facile.it devs @ PHP Day 2015". The part that names the event is the conference's title.
 */

/** What parts a title: a spaced dash, bar, at-sign or middle dot, or a colon before a space. */
const SEPARATOR = /\s+[-–—|@·]\s+|:\s+/u;

/** A year, standing alone or glued to a name ("PHPerKaigi2023", "Next'19" is not one: two digits say too little). */
const YEAR = /(?<!\d)(?:19[9]\d|20[0-3]\d)(?!\d)/u;

/** A part names an event when it has its year and a word of letters beside it ("2019" alone is a date's part). */
function namesEvent(part: string): boolean {
  return YEAR.test(part) && /\p{L}{2}/u.test(part.replace(YEAR, ' '));
}

export function eventPartOf(title: string): string {
  const parts = title
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return title;
  return parts.find(namesEvent) ?? title;
}
