import type { Page } from 'puppeteer';
import { RecapError } from '../errors.js';
import type { Theme } from '../themes.js';
import type { BrowserProvider } from './browser.js';
import { finishPdf, loadPdf, type PageRange, type PdfInfo } from './finishPdf.js';
import { guardRequests } from './guardRequests.js';
import { withTabs } from './pagePool.js';
import { planPrints, printParts, type Batch } from './planPrints.js';
import { createMarp, printableDocument, renderSlides, type RenderedSlides } from './printablePage.js';
import { printPdf, type PrintSettings } from './printPdf.js';

export interface PdfJob {
  markdown: string;
  /** The deck's slide count: how its pages are told apart from those of decks printed with it. */
  slides: number;
  /** Metadata, bookmarks and notes; `info.title` also names the deck in errors. */
  info: PdfInfo;
  /** Where the PDF bytes go. */
  write: (pdf: Uint8Array) => Promise<void>;
}

export interface PdfExportSettings extends PrintSettings {
  /** Renders a deck's slides for print; by default Marp on this thread (a build passes a worker's). */
  renderSlides?: (markdown: string) => Promise<RenderedSlides>;
}

/** Tabs printing at once: two keep both cores busy without starving Chromium. */
const PARALLEL_TABS = 2;

/**
 * Prints every deck through one shared browser, a few reused tabs at a time. Small decks are
 * printed together, one `page.pdf()` for several decks, and their pages are then split into a PDF
 * per deck: each print has a fixed cost (loading the page, starting the PDF) that a session deck of
 * five slides would otherwise pay on its own. See planPrints for how decks are grouped.
 */
export async function exportPdfs(jobs: PdfJob[], themes: Theme[], browsers: BrowserProvider, onDone: (job: PdfJob) => void = () => undefined, settings: PdfExportSettings = {}): Promise<void> {
  if (jobs.length === 0) return;
  const starting = browsers.get();
  const render = settings.renderSlides ?? inThread(themes);
  const batches = planPrints(jobs, PARALLEL_TABS);
  // Each batch is rendered once a tab takes the one before it (at the start, one per tab): the
  // renderer works ahead of the printing, yet a thousand decks never sit in memory as HTML at once.
  const rendering = new Map<Batch<PdfJob>, Promise<RenderedSlides[]>>();
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

  /** Prints a batch's slides in as few documents as their CSS and the part size allow, and gives each deck its pages. */
  async function printBatch(tab: Page, batch: Batch<PdfJob>): Promise<void> {
    renderAhead(batch);
    const rendered = await rendering.get(batch)!;
    rendering.delete(batch);
    const decks = batch.jobs.map((job, index) => ({ job, title: job.info.title, ...rendered[index]! }));
    const pages: PageRange[][] = decks.map(() => []);
    for (const part of printParts(decks)) {
      const slides = part.slides.flatMap(({ deck, from, to }) => decks[deck]!.slides.slice(from, to));
      const pdf = await loadPdf(await printPdf(tab, printableDocument(part.css, slides, part.title), settings));
      // Pages are told apart by count: a slide that printed on two pages would shift every deck after it.
      if (pdf.getPageCount() !== slides.length) throw new RecapError('export', `Cannot print \`${part.title}\` to PDF: ${slides.length} slides printed as ${pdf.getPageCount()} pages`);
      let first = 0;
      for (const { deck, from, to } of part.slides) {
        pages[deck]!.push({ pdf, first, count: to - from });
        first += to - from;
      }
    }
    for (const [index, { job }] of decks.entries()) {
      await job.write(await finishPdf(pages[index]!, job.info));
      onDone(job);
    }
  }
}

/** Marp on this thread, made on first use. */
function inThread(themes: Theme[]): (markdown: string) => Promise<RenderedSlides> {
  let marp: ReturnType<typeof createMarp> | null = null;
  return async (markdown) => renderSlides((marp ??= createMarp(themes)), markdown);
}
