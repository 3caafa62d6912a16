import { describe, expect, it } from 'vitest';
import { packPieces } from '../../src/plan/packPieces.js';

const spaced = (...texts: string[]) => texts.map((text) => ({ text, glue: ' ' }));
const atMost = (chars: number) => (text: string) => text.length <= chars;

describe('packPieces', () => {
  it('joins units with their glue while the piece still fits, exactly at the limit', () => {
    // "aa bb" is 5 characters: it fits a limit of 5, not of 4.
    expect(packPieces(spaced('aa', 'bb', 'cc'), atMost(5))).toEqual(['aa bb', 'cc']);
    expect(packPieces(spaced('aa', 'bb', 'cc'), atMost(4))).toEqual(['aa', 'bb', 'cc']);
    expect(packPieces(spaced('aa', 'bb', 'cc'), atMost(8))).toEqual(['aa bb cc']);
  });

  it('uses each unit’s own glue', () => {
    const units = [
      { text: 'one', glue: '\n' },
      { text: 'two', glue: ' ' },
      { text: 'three', glue: '\n' },
    ];
    expect(packPieces(units, atMost(7))).toEqual(['one two', 'three']);
    expect(packPieces(units, atMost(20))).toEqual(['one two\nthree']);
  });

  it('keeps a unit too big to fit alone as a piece of its own, dropping nothing', () => {
    expect(packPieces(spaced('a', 'toolongunit', 'b'), atMost(3))).toEqual(['a', 'toolongunit', 'b']);
  });

  it('returns no empty piece', () => {
    expect(packPieces([], atMost(3))).toEqual([]);
    expect(packPieces(spaced(''), atMost(3))).toEqual([]);
  });
});
