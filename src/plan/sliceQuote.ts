import { packPieces } from './packPieces.js';
import { blockLines } from './paginate.js';
import type { TextFrame } from './textFrame.js';

/**
 * A quote (`> …` Markdown) cut into quotes that each fit `budget` body lines: between its lines,
 * then between sentences, then between words for a sentence longer than a slide. A quote that fits
 * is returned whole; nothing is dropped, and lines stay lines.
 */
export function sliceQuote(quote: string, budget: number, frame: TextFrame): string[] {
  const fits = (text: string) => blockLines(asQuote(text), frame.chars, frame) <= budget;
  const text = quote.replace(/^> ?/gm, '');
  if (fits(text)) return [quote];
  // Each unit with what joins it to the one before: a line break, or a space inside a line.
  const units = text
    .split('\n')
    .flatMap((line) =>
      (fits(line)
        ? [line]
        : line.split(/(?<=[.!?。！？])\s+/).flatMap((sentence) => (fits(sentence) ? [sentence] : sentence.split(/\s+/)))
      ).map((unit, index) => ({ text: unit, glue: index === 0 ? '\n' : ' ' })),
    );
  const pieces = packPieces(units, fits);
  return pieces.map(asQuote);
}

function asQuote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');
}
