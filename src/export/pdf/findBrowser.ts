import { accessSync, constants, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { RecapError } from '../../errors.js';

/**
 * Executables looked up on PATH, most specific first. Chromium's headless shell (Debian's
 * chromium-headless-shell, Chrome for Testing's chrome-headless-shell) comes first: made for
 * headless printing, it starts in about a third of the time of a full Chromium and prints faster.
 */
const PATH_NAMES = [
  'chromium-headless-shell',
  'chrome-headless-shell',
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
  'microsoft-edge',
];

export interface BrowserSearch {
  browserPath?: string | undefined;
  env?: NodeJS.ProcessEnv;
  /** Puppeteer's own downloaded browser, if any; loaded only when nothing else is found. */
  puppeteerPath?: () => Promise<string | null>;
}

/** Finds Chromium/Chrome in DESIGN.md's order; null when there is none. */
export async function findBrowser(search: BrowserSearch = {}): Promise<string | null> {
  const env = search.env ?? process.env;
  if (search.browserPath) {
    if (isExecutable(search.browserPath)) return search.browserPath;
    throw new RecapError(
      'export',
      `Cannot run browser \`${search.browserPath}\`, expected an executable Chromium or Chrome; ${INSTALL_BROWSER_HINT}`,
    );
  }
  const fromEnv = [env.CHROME_PATH, env.PUPPETEER_EXECUTABLE_PATH].filter((path): path is string => Boolean(path));
  for (const path of fromEnv) if (isExecutable(path)) return path;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of PATH_NAMES) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
  }
  const downloaded = await (search.puppeteerPath ?? (() => puppeteerBrowser(env)))();
  return downloaded && isExecutable(downloaded) ? downloaded : null;
}

/** The headless shell is launched in its own mode; a full Chromium or Chrome in its new headless mode. */
export function isHeadlessShell(executablePath: string): boolean {
  return /headless[-_]shell(\.exe)?$/i.test(executablePath);
}

/**
 * A browser puppeteer downloaded into its cache (`npx puppeteer browsers install chrome-headless-shell`):
 * recapdeck depends on puppeteer-core only, which never downloads one, so it reads the cache
 * itself. The headless shell first (see PATH_NAMES), then Chrome; the newest build of each.
 */
async function puppeteerBrowser(env: NodeJS.ProcessEnv): Promise<string | null> {
  const cacheDir = env.PUPPETEER_CACHE_DIR || join(homedir(), '.cache', 'puppeteer');
  if (!existsSync(cacheDir)) return null;
  try {
    const { getInstalledBrowsers } = await import('@puppeteer/browsers');
    const installed = await getInstalledBrowsers({ cacheDir });
    for (const kind of ['chrome-headless-shell', 'chrome']) {
      const builds = installed
        .filter((browser) => browser.browser === kind)
        .sort((a, b) => b.buildId.localeCompare(a.buildId, 'en', { numeric: true }));
      const found = builds.find((browser) => isExecutable(browser.executablePath));
      if (found) return found.executablePath;
    }
    return null;
  } catch {
    return null;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export const INSTALL_BROWSER_HINT =
  'install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or Chrome, or pass --browser-path / set CHROME_PATH';
