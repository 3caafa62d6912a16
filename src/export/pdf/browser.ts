import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { RecapError } from '../../errors.js';
import { findBrowser, INSTALL_BROWSER_HINT, isHeadlessShell, type BrowserSearch } from './findBrowser.js';

/** Flags for a headless Chromium that never reaches out to the network on its own. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

/** One browser per run: started on first use, shared by every deck, closed by `close()`. */
export interface BrowserProvider {
  get(): Promise<Browser>;
  /** True when the browser was started and has since gone away (crashed or killed). */
  lost(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * `handleSignals: false` leaves Ctrl-C to the caller, e.g. a server that closes the browser as it
 * stops. A caller with a `signal` handles them itself: once it aborts, the browser is closed (its
 * profile removed) and never started again, so no retry brings it back.
 */
export function lazyBrowser(
  search: BrowserSearch,
  options: { handleSignals?: boolean; signal?: AbortSignal } = {},
): BrowserProvider {
  let starting: Promise<{ browser: Browser; profile: string }> | null = null;
  let closing: Promise<void> | null = null;
  const { signal } = options;
  const provider: BrowserProvider = {
    async get() {
      signal?.throwIfAborted();
      starting ??= launch(search, options.handleSignals ?? !signal);
      const { browser } = await starting;
      // Stopped while it started: close() has it (it waits for the start), and nothing may print.
      signal?.throwIfAborted();
      return browser;
    },
    async lost() {
      if (signal?.aborted) return false;
      const launched = await starting?.catch(() => null);
      return Boolean(launched && !launched.browser.connected);
    },
    async close() {
      if (starting) {
        const launching = starting;
        starting = null;
        // Every caller waits for the same closing: none returns while Chromium or its profile is still there.
        closing = (async () => {
          const launched = await launching.catch(() => null);
          if (!launched) return;
          await launched.browser.close().catch(() => undefined);
          await rm(launched.profile, { recursive: true, force: true });
        })();
      }
      await closing;
    },
  };
  signal?.addEventListener('abort', () => void provider.close(), { once: true });
  return provider;
}

async function launch(search: BrowserSearch, handleSignals: boolean): Promise<{ browser: Browser; profile: string }> {
  const executablePath = await findBrowser(search);
  if (!executablePath)
    throw new RecapError('export', `Cannot export PDF: no Chromium or Chrome found; ${INSTALL_BROWSER_HINT}`);
  // puppeteer-core: the launcher alone (puppeteer adds its own browser download and config files,
  // which recapdeck does not use); it is part of the CLI's bundle.
  const { default: puppeteer } = await import('puppeteer-core');
  // A fresh profile per run: nothing from an earlier run (or another build) leaks in.
  const profile = await mkdtemp(join(tmpdir(), 'recapdeck-chromium-'));
  try {
    const browser = await puppeteer.launch({
      executablePath,
      headless: isHeadlessShell(executablePath) ? 'shell' : true,
      args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`],
      timeout: 30_000,
      handleSIGINT: handleSignals,
      handleSIGTERM: handleSignals,
      handleSIGHUP: handleSignals,
    });
    return { browser, profile };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new RecapError('export', `Cannot start browser \`${executablePath}\`: ${reason}`, {}, { cause: error });
  }
}
