import type { Page } from 'puppeteer-core';
import { RecapError } from '../../errors.js';
import { plural } from '../../plural.js';
import type { BrowserProvider } from './browser.js';
import { DeckPdf } from './deckPdf.js';
import { earlierPages, pageKeys, type KeptPages } from './earlierPages.js';
import { finishPdf, loadPdf, type PdfInfo } from './finishPdf.js';
import { guardRequests } from './guardRequests.js';
import { withTabs } from './pagePool.js';
import { PARALLEL_TABS, planPrints, printParts, type Batch } from './planPrints.js';
import { printableDocument, type MarpSlides } from '../slides/printablePage.js';
import { printPdf, type PrintSettings } from './printPdf.js';
import { slideThumbnail } from './slideThumbnail.js';

export interface PdfJob {
  markdown: string;
  /** The deck's slide count: how its pages are told apart from those of decks printed with it. */
  slides: number;
  /** Metadata, bookmarks and notes; `info.title` also names the deck in errors. */
  info: PdfInfo;
  /** The deck's PDF from an earlier build, if any: its unchanged pages are kept, not printed. */
  earlier?: KeptPages | null;
  /** Called with the deck's slides once they are rendered, before they are printed (a build writes the deck's HTML from them). */
  onRendered?: (rendered: MarpSlides) => Promise<void>;
  /** Called with a small picture of the deck's first slide when that slide is printed (not when its page is kept). */
  onThumbnail?: (image: Uint8Array) => Promise<void>;
  /** The picture's width in pixels (320 by default). */
  thumbnailWidth?: number;
  /** Where the PDF bytes go, with what its pages were printed from. */
  write: (pdf: Uint8Array, pages: PdfPages) => Promise<void>;
}

/** A PDF's pages: the key of each (for the next build's `earlier`), and how many were kept from the earlier PDF. */
export interface PdfPages {
  keys: string[];
  kept: number;
}

export interface PdfExportSettings extends PrintSettings {
  /** Renders a deck's slides for print (the export session's renderer thread). */
  marpSlides: (markdown: string) => Promise<MarpSlides>;
}

/**
 * Prints every deck through one shared browser, a few reused tabs at a time. Small decks are
 * printed together, one `page.pdf()` for several decks, and their pages are then split into a PDF
 * per deck: each print has a fixed cost (loading the page, starting the PDF) that a session deck of
 * five slides would otherwise pay on its own. See planPrints for how decks are grouped.
 */
export async function exportPdfs(
  jobs: PdfJob[],
  browsers: BrowserProvider,
  onDone: (job: PdfJob) => void,
  settings: PdfExportSettings,
): Promise<void> {
  if (jobs.length === 0) return;
  const starting = browsers.get();
  const render = settings.marpSlides;
  const batches = planPrints(jobs, PARALLEL_TABS);
  // Each batch is rendered once a tab takes the one before it (at the start, one per tab): the
  // renderer works ahead of the printing, yet a thousand decks never sit in memory as HTML at once.
  const rendering = new Map<Batch<PdfJob>, Promise<MarpSlides[]>>();
  const renderAhead = (batch: Batch<PdfJob> | undefined) => {
    if (!batch || rendering.has(batch)) return;
    const rendered = Promise.all(batch.jobs.map((job) => render(job.markdown)));
    // Awaited when the batch is printed; until then a failure must not count as unhandled.
    rendered.catch(() => undefined);
    rendering.set(batch, rendered);
  };
  batches.slice(0, PARALLEL_TABS).forEach(renderAhead);
  const browser = await starting;
  let failed = false;
  await withTabs(browser, Math.min(PARALLEL_TABS, batches.length), async (tab) => {
    // Only inline data loads (and http(s) with --allow-remote): no file is read, no network waited on.
    const guard = await guardRequests(tab, { allowRemote: settings.allowRemote ?? false });
    try {
      for (let batch = batches.shift(); batch && !failed; batch = batches.shift()) {
        renderAhead(batches[0]);
        try {
          await printBatch(tab, batch);
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    } finally {
      await guard.release();
    }
  });

  /** Prints a batch once it is rendered; what else is made of its renders (a build's HTML) is made meanwhile. */
  async function printBatch(tab: Page, batch: Batch<PdfJob>): Promise<void> {
    renderAhead(batch);
    const rendered = await rendering.get(batch)!;
    rendering.delete(batch);
    const alongside = Promise.all(batch.jobs.map((job, index) => job.onRendered?.(rendered[index]!)));
    // Handled from the start: one that fails while the batch prints would otherwise be an unhandled
    // rejection, which ends the process with a stack trace and leaves the staging folder behind.
    const settled = alongside.then(
      () => undefined,
      () => undefined,
    );
    try {
      await printRendered(tab, batch, rendered);
    } finally {
      await settled;
    }
    await alongside;
  }

  /** Prints a batch's slides in as few documents as their CSS and the part size allow, and gives each deck its pages. */
  async function printRendered(tab: Page, batch: Batch<PdfJob>, rendered: MarpSlides[]): Promise<void> {
    const decks = await Promise.all(
      batch.jobs.map(async (job, index) => {
        const { css, slides } = rendered[index]!;
        const keys = pageKeys(css, slides);
        const earlier = await earlierPages(job.earlier, keys);
        // Only the slides without a page to keep are printed.
        return {
          job,
          title: job.info.title,
          css,
          keys,
          earlier,
          slides: slides.filter((_, slide) => earlier.index[slide] === null),
        };
      }),
    );
    const pdfs = decks.map(({ earlier }) => new DeckPdf(earlier));
    const finished = new Set<number>();
    // A deck is finished as soon as its last page is in: its pages need not wait for the batch.
    const finishReady = async () => {
      for (const [index, { job, keys }] of decks.entries()) {
        if (finished.has(index) || !pdfs[index]!.complete) continue;
        finished.add(index);
        await job.write(await finishPdf(pdfs[index]!.document(), job.info), { keys, kept: pdfs[index]!.kept });
        onDone(job);
      }
    };
    for (const pdf of pdfs) await pdf.start();
    await finishReady();
    for (const part of printParts(decks)) {
      const slides = part.slides.flatMap(({ deck, from, to }) => decks[deck]!.slides.slice(from, to));
      const pdf = await loadPdf(await printPdf(tab, printableDocument(part.css, slides, part.title), settings));
      // Pages are told apart by count: a slide that printed on two pages would shift every deck after it.
      if (pdf.getPageCount() !== slides.length)
        throw new RecapError(
          'export',
          `Cannot print \`${part.title}\` to PDF: ${plural(slides.length, 'slide')} printed as ${plural(pdf.getPageCount(), 'page')}`,
        );
      // The first slide of each deck in this print, pictured while the page is still open.
      let at = 0;
      for (const { deck, from, to } of part.slides) {
        const job = decks[deck]!.job;
        if (from === 0 && decks[deck]!.earlier.index[0] === null && job.onThumbnail) {
          const image = await slideThumbnail(tab, at, job.thumbnailWidth).catch(() => null);
          if (image) await job.onThumbnail(image);
        }
        at += to - from;
      }
      let first = 0;
      for (const { deck, from, to } of part.slides) {
        await pdfs[deck]!.printed(pdf, first, to - from);
        first += to - from;
      }
      await finishReady();
    }
  }
}
