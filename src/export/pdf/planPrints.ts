/**
 * How decks are grouped for printing. Each `page.pdf()` has a fixed cost (loading the page,
 * starting the PDF), so small decks are printed together; a very long deck (a 1,000-talk recap)
 * is printed in parts, which Chromium does faster and with less memory than all at once.
 */

/** Tabs printing at once: two keep both cores busy without starving Chromium. */
export const PARALLEL_TABS = 2;

/** Slides in one printed document at most (a long deck's part). */
export const MAX_SLIDES_PER_PRINT = 100;

/**
 * Slides of small decks printed together at most. Past a couple of dozen slides a print gains
 * little from being bigger, and Chromium's memory grows with it: in a 1,000-talk build the peak
 * of recapdeck and Chromium together was 1,053 MiB with batches of 50 slides, 973 MiB with 25,
 * 933 MiB with 12 (which took 15% longer).
 */
export const MAX_SLIDES_PER_BATCH = 25;

/** Decks printed by one tab in one go (their HTML is rendered only then). */
export interface Batch<T> {
  jobs: T[];
}

/**
 * Decks → batches of about `1/(2 × tabs)` of all slides (at most MAX_SLIDES_PER_BATCH), largest
 * decks first: every tab gets work, no big deck is left printing alone at the end, and a tab
 * splits one batch's pages into PDFs while the other prints.
 */
export function planPrints<T extends { slides: number }>(jobs: T[], tabs: number): Batch<T>[] {
  const total = jobs.reduce((sum, job) => sum + job.slides, 0);
  const limit = Math.min(MAX_SLIDES_PER_BATCH, Math.max(1, Math.ceil(total / (2 * tabs))));
  const batches: Batch<T>[] = [];
  let current: Batch<T> | null = null;
  let size = 0;
  for (const job of [...jobs].sort((a, b) => b.slides - a.slides)) {
    if (!current || size + job.slides > limit) {
      current = { jobs: [] };
      batches.push(current);
      size = 0;
    }
    current.jobs.push(job);
    size += job.slides;
  }
  return batches;
}

/** A deck as rendered for print. */
export interface PrintDeck {
  title: string;
  css: string;
  slides: string[];
}

/** One printed document: slides `from`–`to` (exclusive) of each deck it holds, in order. */
export interface PrintPart {
  css: string;
  title: string;
  slides: { deck: number; from: number; to: number }[];
  count: number;
}

/**
 * A batch's rendered decks → the documents to print: consecutive slides that share their CSS (one
 * theme and size; a deck's own styles make it a document of its own), at most `maxSlides` each.
 */
export function printParts(decks: PrintDeck[], maxSlides = MAX_SLIDES_PER_PRINT): PrintPart[] {
  const parts: PrintPart[] = [];
  let part: PrintPart | null = null;
  for (const [index, deck] of decks.entries()) {
    for (let from = 0; from < deck.slides.length; ) {
      if (!part || part.css !== deck.css || part.count >= maxSlides) {
        part = { css: deck.css, title: deck.title, slides: [], count: 0 };
        parts.push(part);
      }
      const to = Math.min(deck.slides.length, from + maxSlides - part.count);
      part.slides.push({ deck: index, from, to });
      part.count += to - from;
      from = to;
    }
  }
  for (const made of parts) {
    const decks = new Set(made.slides.map(({ deck }) => deck)).size;
    if (decks > 1) made.title = `${made.title} (and ${decks - 1} more deck${decks > 2 ? 's' : ''})`;
  }
  return parts;
}
