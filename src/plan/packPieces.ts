/** A unit of text and what joins it to the unit before it in the same piece (a space, a line break). */
export interface GluedUnit {
  text: string;
  glue: string;
}

/**
 * Units packed greedily, in order, into pieces that each `fit`: a piece takes the next unit while
 * the joined text still fits, and a unit too big to fit alone is a piece of its own (the caller cuts
 * it finer first if it can). Nothing is dropped; an empty piece is never returned.
 */
export function packPieces(units: Iterable<GluedUnit>, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const { text, glue } of units) {
    const joined = current ? `${current}${glue}${text}` : text;
    if (current && !fits(joined)) {
      pieces.push(current);
      current = text;
    } else current = joined;
  }
  if (current) pieces.push(current);
  return pieces;
}
