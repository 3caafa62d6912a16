import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, type PDFPage } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { lazyBrowser } from '../../src/export/pdf/browser.js';
import type { Manifest } from '../../src/export/manifest.js';
import { EXAMPLE, runCli, tempDir } from '../support/cli.js';

const CLOUDEVENTS = 'sessions/03-cloudevents-looking-beyond-event-delivery';

interface LinkAnnotation {
  page: number;
  uri: string | null;
  /** The 1-based page an internal link jumps to, or null. */
  jump: number | null;
}

/** Every link annotation of a PDF, as a PDF viewer reads it: a URI action, or a named destination in the catalog. */
function linksOf(doc: PDFDocument): LinkAnnotation[] {
  const pages = doc.getPages();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const pageOf = (ref: unknown) => pages.findIndex((page: PDFPage) => page.ref === ref) + 1;
  return pages.flatMap((page, index) => {
    const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    return Array.from({ length: annotations?.size() ?? 0 }, (_, at) => annotations!.lookup(at, PDFDict))
      .filter((link) => link.get(PDFName.of('Subtype')) === PDFName.of('Link'))
      .map((link) => {
        const uri =
          link.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString)?.decodeText() ?? null;
        const dest = link.get(PDFName.of('Dest'));
        const target = dest instanceof PDFName ? dests?.lookupMaybe(dest, PDFArray) : undefined;
        return { page: index + 1, uri, jump: target ? pageOf(target.get(0)) : null };
      });
  });
}

describe('links between the recap, its slides and the session decks (real Chromium)', () => {
  let dir: string;
  let manifest: Manifest;

  beforeAll(async () => {
    const out = await tempDir();
    const result = await runCli(['build', EXAMPLE, '-o', out]);
    expect(result.code, result.stderr).toBe(0);
    dir = join(out, 'kubecon-eu-2021');
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  });

  it('links each talk slide of the recap PDF to its session PDF, relatively, and back', async () => {
    const recap = linksOf(await PDFDocument.load(await readFile(join(dir, 'recap.pdf'))));
    const toSessions = [
      ...new Set(recap.filter((link) => link.uri?.startsWith('sessions/')).map((link) => `${link.page} ${link.uri}`)),
    ];
    // 16 talks, two of them on two slides.
    expect(toSessions).toHaveLength(18);
    expect(toSessions).toContain(`8 ${CLOUDEVENTS}.pdf`);
    expect(recap.every((link) => !link.uri?.includes('recapdeck.invalid'))).toBe(true);
    const session = linksOf(await PDFDocument.load(await readFile(join(dir, `${CLOUDEVENTS}.pdf`))));
    expect(session).toContainEqual({ page: 1, uri: '../recap.pdf', jump: null });
  });

  it('makes each agenda entry of the recap PDF jump to its talk’s page', async () => {
    const doc = await PDFDocument.load(await readFile(join(dir, 'recap.pdf')));
    // A link that wraps over lines is one annotation a line: count each entry once.
    const jumps = linksOf(doc).filter((link, index, all) => link.jump !== null && link.jump !== all[index - 1]?.jump);
    expect(jumps.map((link) => link.page)).toEqual([...Array(9).fill(2), ...Array(7).fill(3)]);
    const markdown = await readFile(join(dir, 'recap.md'), 'utf8');
    const agenda = [...markdown.matchAll(/\]\(#(\d+)\)/g)].map((match) => Number(match[1]));
    expect(jumps.map((link) => link.jump)).toEqual(agenda);
    expect(doc.getPageCount()).toBe(manifest.decks[0]!.slides);
  });

  it('opens the talk’s session deck on a click in the recap HTML, and the agenda jumps to the slide', async () => {
    const browsers = lazyBrowser({});
    try {
      const page = await (await browsers.get()).newPage();
      await page.goto(`${pathToFileURL(join(dir, 'recap.html')).href}#2`, { waitUntil: 'load' });
      await page.click('section[id="2"] a[href="#8"]');
      await page.waitForFunction(() => location.hash === '#8', { timeout: 5_000 });
      await Promise.all([
        page.waitForNavigation({ timeout: 10_000 }),
        page.click(`section[id="8"] a[href="${CLOUDEVENTS}.html"]`),
      ]);
      expect(page.url()).toBe(pathToFileURL(join(dir, `${CLOUDEVENTS}.html`)).href);
      await Promise.all([
        page.waitForNavigation({ timeout: 10_000 }),
        page.click('section[id="1"] a[href="../recap.html"]'),
      ]);
      expect(page.url()).toBe(pathToFileURL(join(dir, 'recap.html')).href);
    } finally {
      await browsers.close();
    }
  });
});
