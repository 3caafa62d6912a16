import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { lazyBrowser } from '../../src/export/pdf/browser.js';
import { withTabs } from '../../src/export/pdf/pagePool.js';

/** The tabs a run of withTabs gives its workers, each worker holding its tab a moment. */
async function tabsOfOneRun(run: (worker: (tab: Page) => Promise<void>) => Promise<void>): Promise<Page[]> {
  const tabs: Page[] = [];
  await run(async (tab) => {
    tabs.push(tab);
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
  return tabs;
}

describe('tabs for printing (withTabs)', () => {
  const browsers = lazyBrowser({});
  afterAll(() => browsers.close());

  it('gives each worker a tab of its own, and the next run the same tabs, open', async () => {
    const browser = await browsers.get();
    const first = await tabsOfOneRun((worker) => withTabs(browser, 2, worker));
    expect(first).toHaveLength(2);
    expect(first[0]).not.toBe(first[1]);
    const second = await tabsOfOneRun((worker) => withTabs(browser, 2, worker));
    expect(new Set(second)).toEqual(new Set(first));
    expect(second.every((tab) => !tab.isClosed())).toBe(true);
  });

  it('replaces a kept tab that was closed', async () => {
    const browser = await browsers.get();
    const [tab] = await tabsOfOneRun((worker) => withTabs(browser, 1, worker));
    await tab!.close();
    const [next] = await tabsOfOneRun((worker) => withTabs(browser, 1, worker));
    expect(next).not.toBe(tab);
    expect(next!.isClosed()).toBe(false);
  });
});
