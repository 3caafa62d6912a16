import type { HTTPRequest, Page } from 'puppeteer-core';

export interface RequestGuard {
  /** Stops guarding, so that a reused tab starts clean. */
  release(): Promise<void>;
}

/**
 * Lets a page load only what is inline (`data:`), and with `allowRemote` http(s) too: no
 * `file:` read and no network request unless the user allowed it. A refused request fails at
 * once, so printing never waits on one.
 */
export async function guardRequests(page: Page, options: { allowRemote: boolean }): Promise<RequestGuard> {
  const onRequest = (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (url.startsWith('data:') || url === 'about:blank' || (options.allowRemote && /^https?:/i.test(url))) {
      void request.continue().catch(() => undefined);
    } else {
      void request.abort('blockedbyclient').catch(() => undefined);
    }
  };
  await page.setRequestInterception(true);
  page.on('request', onRequest);
  return {
    async release() {
      page.off('request', onRequest);
      await page.setRequestInterception(false).catch(() => undefined);
    },
  };
}
