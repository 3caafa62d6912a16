import type { Theme } from '../themes.js';
import type { BrowserProvider } from './browser.js';
import { createMarp, printablePage } from './printablePage.js';
import { printPdf, type PrintSettings } from './printPdf.js';

export interface PdfJob {
  markdown: string;
  title: string;
  /** Where the PDF bytes go. */
  write: (pdf: Uint8Array) => Promise<void>;
}

/** Tabs printing at once: two keeps both cores busy without starving Chromium. */
const PARALLEL_TABS = 2;

/** Prints every deck through one shared browser, a few tabs at a time. */
export async function exportPdfs(jobs: PdfJob[], themes: Theme[], browsers: BrowserProvider, onDone: () => void = () => undefined, settings: PrintSettings = {}): Promise<void> {
  if (jobs.length === 0) return;
  const browser = await browsers.get();
  const marp = createMarp(themes);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      await job.write(await printPdf(browser, printablePage(marp, job.markdown, job.title), settings));
      onDone();
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_TABS, jobs.length) }, worker));
}
