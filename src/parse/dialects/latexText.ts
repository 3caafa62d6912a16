import { outsideCodeSpans, type Dialect } from './types.js';

/** `$\textcolor{orange}{Booth Tour}$`: math mode used only to colour or style words (HackMD, Obsidian). */
const INLINE_MATH = /\$(\\[a-zA-Z]+[^$\n]*?)\$/g;
/** Macros that style their last argument; the colour or box argument before it goes. */
const STYLED =
  /\\(?:textcolor|color|colorbox)\s*\{[^{}]*\}\s*\{([^{}]*)\}|\\(?:text|textbf|textit|textsf|texttt|textrm|mathrm|mathbf|mathit|mathsf|emph|underline|boldsymbol|large|Large|LARGE|huge|Huge)\s*\{([^{}]*)\}/g;

/** The words of `$…$` that holds nothing but text macros, or null when it is real math. */
export function latexTextOf(math: string): string | null {
  let text = math;
  for (let pass = 0; pass < 3 && STYLED.test(text); pass++)
    // Stryker disable next-line StringLiteral: each alternative of STYLED captures its group, so one is always a string
    text = text.replace(STYLED, (_whole, coloured?: string, styled?: string) => coloured ?? styled ?? '');
  text = text.replace(/\\[ ,;:!]|~/g, ' ').replace(/\\([#$%&_{}])/g, '$1');
  return text === math || /[\\^{}]/.test(text) ? null : text.replace(/\s+/g, ' ').trim();
}

export const latexText: Dialect = {
  // Stryker disable next-line StringLiteral: the name shows only in the error for a dialect that changes its line count
  name: 'LaTeX text macros',
  normalize: (lines, { code }) =>
    lines.map((line, index) =>
      // Stryker disable next-line StringLiteral: a shortcut; INLINE_MATH matches only at `$\\`
      code[index] || !line.includes('$\\')
        ? line
        : outsideCodeSpans(line, (part) =>
            part.replace(INLINE_MATH, (whole, math: string) => latexTextOf(math) ?? whole),
          ),
    ),
};
