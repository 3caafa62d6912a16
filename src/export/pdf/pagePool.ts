import type { Browser, Page } from 'puppeteer-core';

/** Tabs in use by a print run (a server may run several at once). */
const claimed = new WeakSet<Page>();
/** Tabs an earlier run of this browser is done with, kept open for the next run (a watch's rebuild); they close with the browser. */
const idle = new WeakMap<Browser, Page[]>();

/**
 * Runs `worker` on `count` tabs at once, each tab reused for every deck its worker prints: opening
 * a tab costs more than printing a small deck. A tab of an earlier run, or the browser's blank
 * first tab, is used when free; the tabs are kept for the next run. The first failure is thrown
 * once all workers have ended.
 */
export async function withTabs(browser: Browser, count: number, worker: (tab: Page) => Promise<void>): Promise<void> {
  const kept = idle.get(browser) ?? [];
  idle.set(browser, kept);
  const claim = (tab: Page) => (claimed.add(tab), tab);
  // A tab is claimed as soon as it is found, before anything is awaited: two workers never share one.
  const take = async () => {
    let tab = kept.pop();
    while (tab?.isClosed()) tab = kept.pop();
    tab ??= (await browser.pages()).find((blank) => blank.url() === 'about:blank' && !claimed.has(blank));
    return tab ? claim(tab) : claim(await browser.newPage());
  };
  const run = async () => {
    const tab = await take();
    try {
      // Decks are static: no script runs in the printed page.
      await tab.setJavaScriptEnabled(false);
      await worker(tab);
    } finally {
      claimed.delete(tab);
      if (!tab.isClosed()) kept.push(tab);
    }
  };
  // Every worker ends before this returns, so nothing still writes after a failure is reported.
  const results = await Promise.allSettled(Array.from({ length: count }, run));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}
