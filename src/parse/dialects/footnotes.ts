import { outsideCodeSpans, type Dialect } from './types.js';

/** `[^1]: Text`, `[^note]: Text`: a footnote's definition, at the start of a line. */
const DEFINITION = /^( {0,3})\[\^([^\]\s]+)\]:[ \t]?/;
/** `[^1]` in the text: a reference to a footnote. */
const REFERENCE = /\[\^([^\]\s]+)\](?!:)/g;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * GitHub footnotes (`…this API[^2].` and `[^2]: See the slides`). The model's Markdown has none, so a
 * definition was read as nothing and its words were lost (corpus 136). Each footnote is numbered in
 * the order it is defined; a reference becomes that number in superscript and a definition a line of
 * text opened by it, where the author wrote it. A reference with no definition stays as written.
 */
export const footnotes: Dialect = {
  // Stryker disable next-line StringLiteral: the name shows only in the error for a dialect that changes its line count
  name: 'footnotes',
  normalize: (lines, { code }) => {
    const numbers = new Map<string, number>();
    lines.forEach((line, index) => {
      const label = code[index] ? undefined : DEFINITION.exec(line)?.[2];
      if (label !== undefined && !numbers.has(label)) numbers.set(label, numbers.size + 1);
    });
    // Stryker disable next-line ConditionalExpression: a shortcut; with no definition no line changes
    if (numbers.size === 0) return [...lines];
    const mark = (label: string, written: string) => {
      const number = numbers.get(label);
      return number === undefined ? written : superscript(number);
    };
    return lines.map((line, index) => {
      if (code[index]) return line;
      const opened = line.replace(
        DEFINITION,
        // Stryker disable next-line StringLiteral: each definition outside code has its number, so this stand-in is never written
        (_whole, indent: string, label: string) => `${indent}${mark(label, '')} `,
      );
      return outsideCodeSpans(opened, (part) =>
        part.replace(REFERENCE, (written, label: string) => mark(label, written)),
      );
    });
  },
};

/** 12 → "¹²". */
function superscript(number: number): string {
  return [...String(number)].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)]).join('');
}
