import { PDFDocument } from 'pdf-lib';
import type { EarlierPages } from './earlierPages.js';
import { removeNoteAnnotations } from './pdfNotes.js';

/** Where one page of a deck comes from: a page printed now, or one of the deck's earlier PDF. */
interface PageSource {
  pdf: PDFDocument;
  page: number;
  earlier: boolean;
}

/**
 * One deck's PDF, put together in slide order as its pages are printed. Pages are copied as soon
 * as every slide before them has its page, so a deck printed in many parts (a 1,000-talk recap)
 * never holds all of its printed parts at once. A deck printed whole in one document keeps that
 * document as it is.
 */
export class DeckPdf {
  /** Per slide, its page until it is copied; null while it waits to be printed. */
  private readonly sources: (PageSource | null)[];
  /** Slides before this one are in `doc`. */
  private next = 0;
  private doc: PDFDocument | null = null;
  /** How many pages are kept from the earlier PDF. */
  readonly kept: number;

  constructor(earlier: EarlierPages) {
    this.sources = earlier.index.map((page) => (page === null ? null : { pdf: earlier.pdf!, page, earlier: true }));
    this.kept = this.sources.filter(Boolean).length;
  }

  get complete(): boolean {
    return this.next === this.sources.length;
  }

  /** Pages `first`… of `pdf`, printed for this deck's next slides still without a page. */
  async printed(pdf: PDFDocument, first: number, count: number): Promise<void> {
    let page = first;
    for (let slide = this.next; slide < this.sources.length && page < first + count; slide++) {
      if (this.sources[slide] === null) this.sources[slide] = { pdf, page: page++, earlier: false };
    }
    await this.copyReady();
  }

  /** Copies the pages that can go in now; before any printing, the earlier PDF's pages up to the first slide to print. */
  async start(): Promise<void> {
    await this.copyReady();
  }

  /** The deck's document, once every slide has its page. */
  document(): PDFDocument {
    if (!this.complete || !this.doc) throw new Error('DeckPdf: pages are missing');
    return this.doc;
  }

  private async copyReady(): Promise<void> {
    const ready: PageSource[] = [];
    for (let slide = this.next; slide < this.sources.length && this.sources[slide]; slide++)
      ready.push(this.sources[slide]!);
    if (ready.length === 0) return;
    const only = ready[0]!.pdf;
    if (
      !this.doc &&
      ready.length === this.sources.length &&
      !ready[0]!.earlier &&
      ready.every((source, index) => source.pdf === only && source.page === index) &&
      only.getPageCount() === ready.length
    ) {
      this.doc = only;
    } else {
      this.doc ??= await PDFDocument.create({ updateMetadata: false });
      // One copy per run of pages from one document: pages printed together share their fonts.
      for (const run of runsOf(ready)) {
        for (const page of await this.doc.copyPages(run.pdf, run.pages)) {
          if (run.earlier) removeNoteAnnotations(page);
          this.doc.addPage(page);
        }
      }
    }
    // Copied: the printed parts can go.
    for (let slide = this.next; slide < this.next + ready.length; slide++) this.sources[slide] = null;
    this.next += ready.length;
  }
}

/** Consecutive pages of one document become one run (one copyPages call). */
function runsOf(sources: PageSource[]): { pdf: PDFDocument; pages: number[]; earlier: boolean }[] {
  const runs: { pdf: PDFDocument; pages: number[]; earlier: boolean }[] = [];
  for (const { pdf, page, earlier } of sources) {
    const last = runs.at(-1);
    if (last && last.pdf === pdf) last.pages.push(page);
    else runs.push({ pdf, pages: [page], earlier });
  }
  return runs;
}
