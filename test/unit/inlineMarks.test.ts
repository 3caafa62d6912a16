import { describe, expect, it } from 'vitest';
import { allClosed, countMarks, noOpenMarks } from '../../src/plan/inlineMarks.js';

const marksOf = (...texts: string[]) => {
  const open = noOpenMarks();
  for (const text of texts) countMarks(text, open);
  return open;
};

describe('inline marks', () => {
  it('counts each kind of mark a text opens less what it closes', () => {
    expect(marksOf('`a` **b [c (d <e')).toEqual({ ticks: 2, stars: 1, square: 1, round: 1, angle: 1 });
    expect(marksOf('a] b) c>')).toEqual({ ticks: 0, stars: 0, square: -1, round: -1, angle: -1 });
  });

  it('adds up over pieces of a text', () => {
    expect(marksOf('[a', '](b', ')')).toEqual({ ticks: 0, stars: 0, square: 0, round: 0, angle: 0 });
  });

  it('is closed only when every kind is', () => {
    expect(allClosed(marksOf('`a` **b** [c](d) <e>'))).toBe(true);
    for (const open of ['`a', '**a', '[a', '(a', '<a', 'a]', 'a)', 'a>'])
      expect(allClosed(marksOf(open)), open).toBe(false);
    expect(allClosed(marksOf('*a'))).toBe(true);
  });
});
