// The floor the full build is compared with: one browser launch, one page.pdf() per deck, nothing
// else. Reads printable pages made beforehand (everything inline) and prints them one by one.
// Usage: node bench/floor.mjs <out-dir> <page.html>...
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { isHeadlessShell } from '../dist/export/pdf/findBrowser.js';

const [out, ...pages] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH,
  headless: isHeadlessShell(process.env.CHROME_PATH ?? '') ? 'shell' : true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
  ],
});
try {
  const [tab] = await browser.pages();
  // As recapdeck prints: no script runs in the printed page.
  await tab.setJavaScriptEnabled(false);
  for (const page of pages) {
    await tab.setContent(await readFile(page, 'utf8'), { waitUntil: 'load' });
    await writeFile(
      join(out, `${basename(page, '.html')}.pdf`),
      await tab.pdf({ preferCSSPageSize: true, printBackground: true }),
    );
  }
} finally {
  await browser.close();
}
