import type { Page } from 'puppeteer-core';
import { RecapError } from '../../errors.js';

export interface PrintablePage {
  /** A complete HTML document with everything inline. */
  html: string;
  title: string;
  slides: number;
}

/** Time one deck may take to load and print before the export gives up, plus a little per slide (a 3,000-slide recap takes minutes). */
export const PRINT_TIMEOUT_MS = 60_000;
const PER_SLIDE_MS = 100;

export interface PrintSettings {
  /** Milliseconds one deck may take to load and print (default: PRINT_TIMEOUT_MS plus a little per slide). */
  timeout?: number | undefined;
  /** Let the page load http(s) resources; otherwise it loads nothing but inline data. */
  allowRemote?: boolean;
}

/**
 * Prints one self-contained page to PDF bytes in a tab of the pool. Nothing is fetched, so there is
 * no network to wait for: the page is ready once its fonts are loaded and it is laid out once.
 * (Page scripts are off, so no animation frame ever fires; reading a size forces the layout instead.)
 */
export async function printPdf(tab: Page, page: PrintablePage, settings: PrintSettings = {}): Promise<Uint8Array> {
  const timeout = settings.timeout ?? PRINT_TIMEOUT_MS + page.slides * PER_SLIDE_MS;
  try {
    tab.setDefaultTimeout(timeout);
    await tab.setContent(page.html, { waitUntil: 'load', timeout });
    await tab.evaluate(() => document.fonts.ready.then(() => document.body.offsetHeight));
    return await tab.pdf({ preferCSSPageSize: true, printBackground: true, timeout });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new RecapError('export', `Cannot print \`${page.title}\` to PDF: ${reason}`, {}, { cause: error });
  }
}
