import { describe, expect, it } from 'vitest';
import { blockLines } from '../../src/plan/paginate.js';
import { sliceQuote } from '../../src/plan/sliceQuote.js';
import { textFrame } from '../../src/plan/textFrame.js';

const frame = textFrame('4:3');
const sentence = (n: number) => `Sentence number ${n} says a thing about async functions and streams.`;

describe('sliceQuote', () => {
  it('keeps a quote that fits whole, as written', () => {
    expect(sliceQuote('> Short and sweet.\n> Two lines.', 11, frame)).toEqual(['> Short and sweet.\n> Two lines.']);
  });

  it('cuts a long quote between sentences into quotes that each fit, keeping every word in order', () => {
    const text = Array.from({ length: 20 }, (_, n) => sentence(n)).join(' ');
    const pieces = sliceQuote(`> ${text}`, 11, frame);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(blockLines(piece, frame.chars, frame)).toBeLessThanOrEqual(11);
    expect(pieces.every((piece) => piece.startsWith('> Sentence number ') && piece.endsWith('streams.'))).toBe(true);
    expect(pieces.map((piece) => piece.slice(2)).join(' ')).toBe(text);
  });

  it('keeps line breaks between the pieces of a quote written over lines', () => {
    const lines = Array.from({ length: 14 }, (_, n) => `Line ${n} of the quote`);
    const pieces = sliceQuote(lines.map((line) => `> ${line}`).join('\n'), 6, frame);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('\n')).toBe(lines.map((line) => `> ${line}`).join('\n'));
  });

  it('cuts a sentence longer than a slide between words', () => {
    const words = Array.from({ length: 300 }, (_, n) => `word${n}`).join(' ');
    const pieces = sliceQuote(`> ${words}`, 11, frame);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((piece) => piece.slice(2)).join(' ')).toBe(words);
  });
});
