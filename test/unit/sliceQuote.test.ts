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

describe('sliceQuote at its edges', () => {
  const lineOf = (n: number) => `Line ${n} of the quote`;
  const quoteOf = (lines: string[]) => lines.map((line) => (line ? `> ${line}` : '>')).join('\n');

  it('keeps a quote that fills its budget exactly, as written', () => {
    const narrow = textFrame('4:3');
    const quote = quoteOf([lineOf(1), lineOf(2), lineOf(3)]);
    const budget = blockLines(quote, narrow.chars, narrow);
    expect(sliceQuote(quote, budget, narrow)).toEqual([quote]);
    expect(sliceQuote('>Written tight', 11, narrow)).toEqual(['>Written tight']);
  });

  it('fills each piece as far as it goes: the next line would not fit', () => {
    const narrow = textFrame('4:3');
    const lines = Array.from({ length: 14 }, (_, n) => lineOf(n));
    const budget = blockLines(quoteOf(lines.slice(0, 4)), narrow.chars, narrow);
    expect(sliceQuote(quoteOf(lines), budget, narrow)).toEqual([
      quoteOf(lines.slice(0, 4)),
      quoteOf(lines.slice(4, 8)),
      quoteOf(lines.slice(8, 12)),
      quoteOf(lines.slice(12)),
    ]);
  });

  it('reads lines written without a space after ">", and keeps a ">" inside the text', () => {
    const narrow = textFrame('4:3');
    const lines = Array.from({ length: 8 }, (_, n) => `${lineOf(n)}, a > b`);
    const budget = blockLines(quoteOf(lines.slice(0, 4)), narrow.chars, narrow);
    expect(sliceQuote(lines.map((line) => `>${line}`).join('\n'), budget, narrow)).toEqual([
      quoteOf(lines.slice(0, 4)),
      quoteOf(lines.slice(4)),
    ]);
  });

  it('keeps a blank line inside a piece as a bare ">"', () => {
    const narrow = textFrame('4:3');
    const lines = [lineOf(1), '', lineOf(2), lineOf(3), '', lineOf(4)];
    const budget = blockLines(quoteOf(lines.slice(0, 3)), narrow.chars, narrow);
    expect(sliceQuote(quoteOf(lines), budget, narrow)).toEqual([quoteOf(lines.slice(0, 3)), quoteOf(lines.slice(3))]);
  });

  it('joins sentences and words by one space, however many the notes had', () => {
    const narrow = textFrame('4:3');
    const sentences = Array.from({ length: 12 }, (_, n) => `Sentence ${n} is here.`);
    const pieces = sliceQuote(`> ${sentences.join('   ')}`, 3, narrow);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((piece) => piece.slice(2)).join(' ')).toBe(sentences.join(' '));
    const words = Array.from({ length: 120 }, (_, n) => `w${n}`);
    const wordPieces = sliceQuote(`> ${words.join('  ')}`, 3, narrow);
    expect(wordPieces.length).toBeGreaterThan(1);
    expect(wordPieces.map((piece) => piece.slice(2)).join(' ')).toBe(words.join(' '));
  });

  it('starts with a word longer than a piece on a piece of its own, with no empty piece around it', () => {
    const narrow = textFrame('4:3');
    const long = 'x'.repeat(2000);
    expect(sliceQuote(`> ${long} short words`, 3, narrow)).toEqual([`> ${long}`, '> short words']);
    // The space after it is no word: no empty piece after it either.
    expect(sliceQuote(`> ${long} `, 3, narrow)).toEqual([`> ${long}`]);
  });
});
