import { allClosed, countMarks, noOpenMarks } from './inlineMarks.js';

const CONTINUED = ' *(cont.)*';

/**
 * The text a parent shows again over its next slice of children: the whole text with "(cont.)" when
 * that fits `fits` (a line, say), else its first words up to a cut where no link, code span or emphasis
 * is open, with "…". A four-line parent repeated in full on every "(cont.)" slide left too little room
 * under it for a chain of lone children. Its whole text stays on the first slide.
 */
export function continuedLead(markdown: string, fits: (text: string) => boolean): string {
  const whole = `${markdown}${CONTINUED}`;
  if (fits(whole)) return whole;
  const open = noOpenMarks();
  let counted = 0;
  let lead: string | null = null;
  for (const space of markdown.matchAll(/\s+/g)) {
    countMarks(markdown.slice(counted, space.index), open);
    counted = space.index;
    if (!allClosed(open)) continue;
    const cut = `${markdown.slice(0, space.index).replace(/[,;:.]$/, '')}…${CONTINUED}`;
    if (!fits(cut)) break;
    lead = cut;
  }
  return lead ?? whole;
}
