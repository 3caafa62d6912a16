import { describe, expect, it } from 'vitest';
import { latexText, latexTextOf } from '../../../src/parse/dialects/latexText.js';
import { normalize } from './normalize.js';

describe('LaTeX text macros', () => {
  it('shows the words of coloured or styled text in $…$', () => {
    expect(normalize(latexText, '## $\\textcolor{orange}{Booth Tour}$ 10:00').text).toBe('## Booth Tour 10:00');
    expect(latexTextOf('\\color{red}{Keynote}\\ \\textbf{Day~1}')).toBe('Keynote Day 1');
    expect(latexTextOf('\\text{Q\\&A}')).toBe('Q&A');
  });

  it('leaves real math, prices and code alone', () => {
    const text = 'costs $5 and $10; $\\frac{a}{b}$, $\\textcolor{red}{x}^2$ and `$\\text{raw}$`';
    expect(normalize(latexText, text).text).toBe(text);
    expect(normalize(latexText, '```\n$\\text{in code}$\n```').text).toBe('```\n$\\text{in code}$\n```');
  });

  it('reads macros spaced from their arguments, and squeezes the spaces of the words', () => {
    expect(latexTextOf('\\textcolor {orange} {Booth Tour}')).toBe('Booth Tour');
    expect(latexTextOf('\\textbf {Keynote}')).toBe('Keynote');
    expect(latexTextOf('\\text{ Booth  Tour }')).toBe('Booth Tour');
  });

  it('unwraps three levels of styling, not a fourth', () => {
    expect(latexTextOf('\\textbf{\\textit{\\emph{x}}}')).toBe('x');
    expect(latexTextOf('\\textbf{\\textit{\\emph{\\underline{x}}}}')).toBeNull();
  });
});
