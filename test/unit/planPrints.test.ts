import { describe, expect, it } from 'vitest';
import { MAX_SLIDES_PER_BATCH, planPrints, printParts, type PrintDeck } from '../../src/export/pdf/planPrints.js';

const jobs = (...slides: number[]) => slides.map((count, index) => ({ name: `deck ${index}`, slides: count }));
const deck = (title: string, slides: number, css = 'theme-a'): PrintDeck => ({
  title,
  css,
  slides: Array.from({ length: slides }, (_, index) => `<section>${title} ${index + 1}</section>`),
});

describe('planPrints: which decks are printed together', () => {
  it('prints the example’s recap alone and its 16 session decks in a few batches, every deck once', () => {
    const example = jobs(68, 3, 4, 5, 3, 4, 3, 4, 3, 3, 4, 5, 3, 4, 4, 3, 5);
    const batches = planPrints(example, 2);
    expect(batches[0]!.jobs.map((job) => job.slides)).toEqual([68]);
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(batches.length).toBeLessThanOrEqual(4);
    expect(
      batches
        .flatMap((batch) => batch.jobs)
        .map((job) => job.name)
        .sort(),
    ).toEqual(example.map((job) => job.name).sort());
    // About a quarter of all slides (127 / 4 = 32) per batch, unless one deck is larger on its own.
    for (const batch of batches.slice(1))
      expect(batch.jobs.reduce((sum, job) => sum + job.slides, 0)).toBeLessThanOrEqual(32);
  });

  it('keeps batches at MAX_SLIDES_PER_BATCH slides for a thousand talks, largest decks first', () => {
    const many = jobs(3000, ...Array.from({ length: 1000 }, (_, index) => 2 + (index % 5)));
    const batches = planPrints(many, 2);
    expect(batches[0]!.jobs).toHaveLength(1);
    for (const batch of batches.slice(1))
      expect(batch.jobs.reduce((sum, job) => sum + job.slides, 0)).toBeLessThanOrEqual(MAX_SLIDES_PER_BATCH);
    const sizes = batches.flatMap((batch) => batch.jobs.map((job) => job.slides));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('gives each tab work when there are as many decks as tabs', () => {
    expect(planPrints(jobs(5, 5), 2)).toHaveLength(2);
    expect(planPrints(jobs(1), 2)).toHaveLength(1);
  });
});

describe('printParts: the documents a batch is printed as', () => {
  it('puts decks with the same CSS in one document and keeps each deck’s slides in order', () => {
    const parts = printParts([deck('A', 3), deck('B', 2), deck('C', 4)]);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.slides).toEqual([
      { deck: 0, from: 0, to: 3 },
      { deck: 1, from: 0, to: 2 },
      { deck: 2, from: 0, to: 4 },
    ]);
    expect(parts[0]!.count).toBe(9);
    expect(parts[0]!.title).toBe('A (and 2 more decks)');
  });

  it('starts a new document where the CSS changes (a deck with styles of its own)', () => {
    const parts = printParts([deck('A', 2), deck('B', 2, 'theme-b'), deck('C', 2)]);
    expect(parts.map((part) => [part.css, part.slides.map(({ deck: index }) => index)])).toEqual([
      ['theme-a', [0]],
      ['theme-b', [1]],
      ['theme-a', [2]],
    ]);
    expect(parts.map((part) => part.title)).toEqual(['A', 'B', 'C']);
  });

  it('prints a long deck in parts of at most maxSlides, filling each part across decks', () => {
    const parts = printParts([deck('Recap', 450), deck('Talk', 20)], 200);
    expect(parts.map((part) => part.count)).toEqual([200, 200, 70]);
    expect(parts[2]!.slides).toEqual([
      { deck: 0, from: 400, to: 450 },
      { deck: 1, from: 0, to: 20 },
    ]);
    // Every slide exactly once, in order.
    const printed = parts.flatMap((part) =>
      part.slides.flatMap(({ deck: index, from, to }) =>
        Array.from({ length: to - from }, (_, offset) => `${index}:${from + offset}`),
      ),
    );
    expect(printed).toEqual([
      ...Array.from({ length: 450 }, (_, index) => `0:${index}`),
      ...Array.from({ length: 20 }, (_, index) => `1:${index}`),
    ]);
  });
});
