import type { Theme } from '../themes.js';
import type { BrowserProvider } from './browser.js';
import { finishPdf, type PdfInfo } from './finishPdf.js';
import { withTabs } from './pagePool.js';
import { createMarp, printablePage } from './printablePage.js';
import { printPdf } from './printPdf.js';

export interface PdfJob {
  markdown: string;
  /** Metadata, bookmarks and notes; `info.title` also names the deck in errors. */
  info: PdfInfo;
  /** Where the PDF bytes go. */
  write: (pdf: Uint8Array) => Promise<void>;
}

/** Tabs printing at once: two keep both cores busy without starving Chromium. */
const PARALLEL_TABS = 2;

/**
 * Prints every deck once through one shared browser, a few reused tabs at a time, largest deck
 * first so that no big deck is left printing alone at the end.
 */
export async function exportPdfs(jobs: PdfJob[], themes: Theme[], browsers: BrowserProvider, onDone: (job: PdfJob) => void = () => undefined): Promise<void> {
  if (jobs.length === 0) return;
  const browser = await browsers.get();
  const marp = createMarp(themes);
  const queue = [...jobs].sort((a, b) => b.markdown.length - a.markdown.length);
  let failed = false;
  await withTabs(browser, Math.min(PARALLEL_TABS, jobs.length), async (tab) => {
    for (let job = queue.shift(); job && !failed; job = queue.shift()) {
      try {
        // Rendered only now: a thousand decks never sit in memory as HTML at once.
        const pdf = await printPdf(tab, printablePage(marp, job.markdown, job.info.title));
        await job.write(await finishPdf(pdf, job.info));
      } catch (error) {
        failed = true;
        throw error;
      }
      onDone(job);
    }
  });
}
