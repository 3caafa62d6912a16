import type { Page } from 'puppeteer-core';

/** Thumbnails are 320 px wide (a quarter of a 16:9 slide) unless asked otherwise, WebP: a few kilobytes each. */
export const THUMBNAIL_WIDTH = 320;

/**
 * A picture of one slide of the document open in the tab (the page just printed), taken while it is
 * still open: the gallery's thumbnails cost no browser start and no load of their own.
 * `index` counts the slides (Marp's `svg` per slide) of the document.
 */
export async function slideThumbnail(tab: Page, index: number, width = THUMBNAIL_WIDTH): Promise<Uint8Array | null> {
  const box = await tab.evaluate((at) => {
    const slide = document.querySelectorAll('svg[data-marpit-svg]')[at];
    if (!slide) return null;
    slide.scrollIntoView();
    const rect = slide.getBoundingClientRect();
    return { x: rect.left + window.scrollX, y: rect.top + window.scrollY, width: rect.width, height: rect.height };
  }, index);
  if (!box || box.width === 0 || box.height === 0) return null;
  const image = await tab.screenshot({
    type: 'webp',
    quality: 70,
    clip: { ...box, scale: width / box.width },
    captureBeyondViewport: true,
  });
  return new Uint8Array(image);
}
