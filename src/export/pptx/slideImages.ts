import type { Page } from 'puppeteer-core';
import { RecapError } from '../../errors.js';
import { PRINT_TIMEOUT_MS, type PrintablePage, type PrintSettings } from '../pdf/printPdf.js';

/** Pixels per CSS pixel: a 1280 × 720 slide becomes a 2560 × 1440 picture, sharp on a projector (marp-cli's PPTX default too). */
export const PPTX_IMAGE_SCALE = 2;
const PER_SLIDE_MS = 500;

/** A deck's slides as pictures, and the slide size in CSS pixels (1280 × 720 for 16:9, 960 × 720 for 4:3). */
export interface SlidePictures {
  width: number;
  height: number;
  images: Uint8Array[];
}

/**
 * Each slide of a printable page (see printableDocument) as a PNG, taken in the tab as it lays the
 * page out for print: the pixels of the deck's PDF. Marp draws each slide as an `svg[data-marpit-svg]`
 * whose viewBox is the slide size (the deck's `size`).
 */
export async function slideImages(
  tab: Page,
  page: PrintablePage,
  settings: PrintSettings = {},
): Promise<SlidePictures> {
  const timeout = settings.timeout ?? PRINT_TIMEOUT_MS + page.slides * PER_SLIDE_MS;
  const viewport = tab.viewport();
  try {
    tab.setDefaultTimeout(timeout);
    // Each slide is as wide as the window: a window of the slide's size draws it at its own size.
    const size = slideSize(page.html);
    await tab.setViewport({ ...size, deviceScaleFactor: 1 });
    await tab.emulateMediaType('print');
    await tab.setContent(page.html, { waitUntil: 'load', timeout });
    await tab.evaluate(() => document.fonts.ready.then(() => document.body.offsetHeight));
    const boxes = await tab.evaluate(() =>
      [...document.querySelectorAll('svg[data-marpit-svg]')].map((slide) => {
        const rect = slide.getBoundingClientRect();
        return { x: rect.left + window.scrollX, y: rect.top + window.scrollY, width: rect.width, height: rect.height };
      }),
    );
    const images: Uint8Array[] = [];
    for (const box of boxes)
      images.push(
        new Uint8Array(
          await tab.screenshot({
            type: 'png',
            clip: { ...box, scale: PPTX_IMAGE_SCALE },
            captureBeyondViewport: true,
            optimizeForSpeed: true,
          }),
        ),
      );
    return { ...size, images };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new RecapError(
      'export',
      `Cannot picture the slides of \`${page.title}\` for its PPTX: ${reason}`,
      {},
      { cause: error },
    );
  } finally {
    // The tab is reused for printing and measuring: back to its own window and media.
    await tab.emulateMediaType().catch(() => undefined);
    if (viewport) await tab.setViewport(viewport).catch(() => undefined);
  }
}

/** The slide size Marp gives its slides (`<svg data-marpit-svg viewBox="0 0 1280 720">`), in CSS pixels. */
function slideSize(html: string): { width: number; height: number } {
  const found = /<svg data-marpit-svg="[^"]*" viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(html);
  if (!found) throw new Error('no Marp slide in the page');
  return { width: Math.round(Number(found[1])), height: Math.round(Number(found[2])) };
}
