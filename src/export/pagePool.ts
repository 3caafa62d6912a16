import type { Browser, Page } from 'puppeteer-core';

/** The browser's own first tab, while a print run uses it (a server may run several at once). */
const claimed = new WeakSet<Page>();

/**
 * Runs `worker` on `count` tabs at once, each tab reused for every deck its worker prints: opening
 * a tab costs more than printing a small deck. The browser's blank first tab is used when free.
 * Tabs opened here are closed when their worker ends; the first failure is thrown once all have ended.
 */
export async function withTabs(browser: Browser, count: number, worker: (tab: Page) => Promise<void>): Promise<void> {
  const run = async () => {
    const blank = (await browser.pages()).find((tab) => tab.url() === 'about:blank' && !claimed.has(tab));
    const tab = blank ?? (await browser.newPage());
    claimed.add(tab);
    try {
      // Decks are static: no script runs in the printed page.
      await tab.setJavaScriptEnabled(false);
      await worker(tab);
    } finally {
      claimed.delete(tab);
      if (blank) await tab.goto('about:blank').catch(() => undefined);
      else await tab.close().catch(() => undefined);
    }
  };
  // Every worker ends before this returns, so nothing still writes after a failure is reported.
  const results = await Promise.allSettled(Array.from({ length: count }, run));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}
