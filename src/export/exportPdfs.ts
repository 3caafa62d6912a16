import type { Page } from 'puppeteer';
import type { Theme } from '../themes.js';
import type { BrowserProvider } from './browser.js';
import { finishPdf, type PdfInfo } from './finishPdf.js';
import { guardRequests } from './guardRequests.js';
import { withTabs } from './pagePool.js';
import { createMarp, printableParts } from './printablePage.js';
import { printPdf, type PrintSettings } from './printPdf.js';

export interface PdfJob {
  markdown: string;
  /** Metadata, bookmarks and notes; `info.title` also names the deck in errors. */
  info: PdfInfo;
  /** Where the PDF bytes go. */
  write: (pdf: Uint8Array) => Promise<void>;
}

/** Tabs printing at once: two keep both cores busy without starving Chromium. */
const PARALLEL_TABS = 2;

/** Slides per page.pdf(): every deck of a usual conference prints at once; a 1,000-talk recap in parts. */
const MAX_SLIDES_PER_PRINT = 200;

/**
 * Prints every deck once through one shared browser, a few reused tabs at a time, largest deck
 * first so that no big deck is left printing alone at the end.
 */
export async function exportPdfs(jobs: PdfJob[], themes: Theme[], browsers: BrowserProvider, onDone: (job: PdfJob) => void = () => undefined, settings: PrintSettings = {}): Promise<void> {
  if (jobs.length === 0) return;
  const starting = browsers.get();
  const marp = createMarp(themes);
  const render = (job: PdfJob) => ({ job, parts: printableParts(marp, job.markdown, job.info.title, MAX_SLIDES_PER_PRINT) });
  // Largest first; each deck rendered only when a tab is about to print it (a thousand decks never
  // sit in memory as HTML at once), except the first ones, rendered while the browser starts.
  const queue = [...jobs].sort((a, b) => b.markdown.length - a.markdown.length);
  const tabs = Math.min(PARALLEL_TABS, jobs.length);
  const ready = queue.splice(0, tabs).map(render);
  const browser = await starting;
  let failed = false;
  await withTabs(browser, tabs, async (tab) => {
    // Only inline data loads (and http(s) with --allow-remote): no file is read, no network waited on.
    const guard = await guardRequests(tab, { allowRemote: settings.allowRemote ?? false });
    try {
      await printEach(tab);
    } finally {
      await guard.release();
    }
  });

  async function printEach(tab: Page): Promise<void> {
    for (let next = ready.shift() ?? take(queue, render); next && !failed; next = take(queue, render)) {
      const { job, parts } = next;
      try {
        const pdfs: Uint8Array[] = [];
        for (const part of parts) pdfs.push(await printPdf(tab, part, settings));
        await job.write(await finishPdf(pdfs, job.info));
      } catch (error) {
        failed = true;
        throw error;
      }
      onDone(job);
    }
  }
}

function take<T, R>(queue: T[], render: (item: T) => R): R | undefined {
  const item = queue.shift();
  return item === undefined ? undefined : render(item);
}
