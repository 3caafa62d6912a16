import type { Browser } from 'puppeteer';
import { RecapError } from '../errors.js';
import { guardRequests } from './guardRequests.js';

export interface PrintablePage {
  /** A complete HTML document with everything inline. */
  html: string;
  title: string;
}

/** Time one deck may take to load and print before the export gives up. */
export const PRINT_TIMEOUT_MS = 60_000;

export interface PrintSettings {
  /** Milliseconds the deck may take to load and print (default PRINT_TIMEOUT_MS). */
  timeout?: number | undefined;
  /** Let the page load http(s) resources; otherwise it loads nothing but inline data. */
  allowRemote?: boolean;
}

/** Prints one self-contained page to PDF bytes: no network wait, just fonts and one frame. */
export async function printPdf(browser: Browser, page: PrintablePage, settings: PrintSettings = {}): Promise<Uint8Array> {
  const timeout = settings.timeout ?? PRINT_TIMEOUT_MS;
  const tab = await browser.newPage();
  try {
    tab.setDefaultTimeout(timeout);
    await guardRequests(tab, { allowRemote: settings.allowRemote ?? false });
    await tab.setJavaScriptEnabled(false);
    await tab.setContent(page.html, { waitUntil: 'load', timeout });
    await tab.evaluate(() => document.fonts.ready.then(() => undefined));
    return await tab.pdf({ preferCSSPageSize: true, printBackground: true, timeout });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new RecapError('export', `Cannot print \`${page.title}\` to PDF: ${reason}`, {}, { cause: error });
  } finally {
    await tab.close().catch(() => undefined);
  }
}
