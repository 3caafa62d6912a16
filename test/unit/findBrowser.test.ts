import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser, isHeadlessShell } from '../../src/export/pdf/findBrowser.js';

describe('browser discovery (DESIGN.md "Browser")', () => {
  let tmp: string;
  const noDownload = async () => null;
  /** A folder of executable stand-ins with these names. */
  const binDir = async (name: string, executables: string[]) => {
    const dir = join(tmp, name);
    await mkdir(dir);
    for (const file of executables) {
      await writeFile(join(dir, file), '#!/bin/sh\n');
      await chmod(join(dir, file), 0o755);
    }
    return dir;
  };

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'recapdeck-find-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('prefers the headless shell to a full Chromium on PATH, and Chromium to Chrome', async () => {
    const both = await binDir('both', ['google-chrome', 'chromium', 'chromium-headless-shell']);
    expect(await findBrowser({ env: { PATH: both }, puppeteerPath: noDownload })).toBe(
      join(both, 'chromium-headless-shell'),
    );
    const full = await binDir('full', ['google-chrome', 'chromium']);
    expect(await findBrowser({ env: { PATH: full }, puppeteerPath: noDownload })).toBe(join(full, 'chromium'));
    // PATH order wins over name order: an earlier folder is searched first.
    expect(await findBrowser({ env: { PATH: `${full}:${both}` }, puppeteerPath: noDownload })).toBe(
      join(full, 'chromium'),
    );
  });

  it('takes --browser-path, then CHROME_PATH, then PUPPETEER_EXECUTABLE_PATH before PATH', async () => {
    const dir = await binDir('named', ['chromium', 'mine', 'env-chrome', 'puppeteer-chrome']);
    const env = {
      PATH: dir,
      CHROME_PATH: join(dir, 'env-chrome'),
      PUPPETEER_EXECUTABLE_PATH: join(dir, 'puppeteer-chrome'),
    };
    expect(await findBrowser({ browserPath: join(dir, 'mine'), env, puppeteerPath: noDownload })).toBe(
      join(dir, 'mine'),
    );
    expect(await findBrowser({ env, puppeteerPath: noDownload })).toBe(join(dir, 'env-chrome'));
    expect(await findBrowser({ env: { ...env, CHROME_PATH: join(dir, 'missing') }, puppeteerPath: noDownload })).toBe(
      join(dir, 'puppeteer-chrome'),
    );
  });

  it('falls back to puppeteer’s browser, and finds nothing when there is none', async () => {
    const empty = await binDir('empty', []);
    const downloaded = join(await binDir('downloaded', ['chrome']), 'chrome');
    expect(await findBrowser({ env: { PATH: empty }, puppeteerPath: async () => downloaded })).toBe(downloaded);
    expect(await findBrowser({ env: { PATH: empty }, puppeteerPath: noDownload })).toBeNull();
  });

  it('finds a browser in puppeteer’s cache without the puppeteer package: the headless shell, newest build first', async () => {
    const empty = await binDir('empty-path', []);
    const cache = join(tmp, 'puppeteer-cache');
    const install = async (browser: string, buildId: string, folder: string, file: string) => {
      const dir = join(cache, browser, `linux-${buildId}`, folder);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, file), '#!/bin/sh\n');
      await chmod(join(dir, file), 0o755);
      return join(dir, file);
    };
    expect(await findBrowser({ env: { PATH: empty, PUPPETEER_CACHE_DIR: cache } })).toBeNull();
    const chrome = await install('chrome', '131.0.6778.85', 'chrome-linux64', 'chrome');
    expect(await findBrowser({ env: { PATH: empty, PUPPETEER_CACHE_DIR: cache } })).toBe(chrome);
    await install('chrome-headless-shell', '99.0.4844.51', 'chrome-headless-shell-linux64', 'chrome-headless-shell');
    const newest = await install(
      'chrome-headless-shell',
      '131.0.6778.85',
      'chrome-headless-shell-linux64',
      'chrome-headless-shell',
    );
    expect(await findBrowser({ env: { PATH: empty, PUPPETEER_CACHE_DIR: cache } })).toBe(newest);
    expect(await findBrowser({ env: { PATH: empty, PUPPETEER_CACHE_DIR: join(tmp, 'no-cache-here') } })).toBeNull();
  });

  it('refuses a --browser-path that is not executable, with a hint', async () => {
    await expect(findBrowser({ browserPath: join(tmp, 'nope') })).rejects.toThrow(
      /Cannot run browser `.*nope`.*apt-get install chromium/,
    );
  });

  it('knows a headless shell by its name', () => {
    expect(isHeadlessShell('/usr/bin/chromium-headless-shell')).toBe(true);
    expect(
      isHeadlessShell(
        '/home/me/.cache/puppeteer/chrome-headless-shell/linux-131/chrome-headless-shell-linux64/chrome-headless-shell',
      ),
    ).toBe(true);
    expect(isHeadlessShell('C:\\Chrome\\chrome-headless-shell.exe')).toBe(true);
    expect(isHeadlessShell('/usr/bin/chromium')).toBe(false);
    expect(isHeadlessShell('/opt/headless-shell-wrapper/chrome')).toBe(false);
  });
});
