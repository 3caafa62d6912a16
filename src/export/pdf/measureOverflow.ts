import type { Page } from 'puppeteer-core';
import { RecapError } from '../../errors.js';
import { guardRequests } from './guardRequests.js';
import { PRINT_TIMEOUT_MS } from './printPdf.js';

/** Space at the bottom of a slide kept for the footer and page number: body text must end above it. */
const FOOTER_ZONE_PX = 40;

/** A slide whose content lies outside its box. */
export interface SlideOverflow {
  /** 0-based position of the slide in the page. */
  slide: number;
  /** How far its lowest text or picture runs below the body's bottom, in px (0 when it only runs off sideways). */
  belowPx: number;
}

/**
 * Loads a page of Marp slides (one or more decks with the same CSS, see printableDocument) and returns
 * every slide with text or a picture outside its box, or a header running into its title. Each text
 * node's line boxes are measured, so text clipped by an `overflow: hidden` parent still counts (text
 * hidden for screen readers only does not). The page loads nothing but inline data (and http(s) with
 * `allowRemote`), as when printing, and gives up after the print timeout.
 */
export async function measureOverflow(
  tab: Page,
  html: string,
  options: { allowRemote: boolean; timeout?: number | undefined },
): Promise<SlideOverflow[]> {
  const guard = await guardRequests(tab, options);
  const timeout = options.timeout ?? PRINT_TIMEOUT_MS;
  try {
    tab.setDefaultTimeout(timeout);
    await tab.setContent(html, { waitUntil: 'load', timeout });
    await tab.evaluate(() => document.fonts.ready.then(() => undefined));
    return await tab.evaluate((footerZone) => {
      const found: { slide: number; belowPx: number }[] = [];
      document.querySelectorAll('section').forEach((section, index) => {
        const box = section.getBoundingClientRect();
        let below = 0;
        let outside = false;
        // Header and footer sit in the slide's frame, outside the body's area.
        const check = (rect: DOMRect, inFrame: boolean) => {
          if (rect.width <= 0) return;
          const bottom = box.bottom - (inFrame ? 0 : footerZone);
          if (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1) outside = true;
          if (rect.bottom > bottom + 1) below = Math.max(below, rect.bottom - bottom);
        };
        // Text kept for screen readers only (a 1 px box that clips it, as the glance slide's list) is out of
        // sight on purpose: planning the slide smaller would never bring it in.
        const visuallyHidden = (element: Element | null) => {
          for (let at = element; at && at !== section; at = at.parentElement) {
            const rect = at.getBoundingClientRect();
            if (rect.width <= 1 && rect.height <= 1 && getComputedStyle(at).overflow === 'hidden') return true;
          }
          return false;
        };
        const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim() || visuallyHidden(node.parentElement)) continue;
          const inFrame = Boolean(node.parentElement?.closest('header, footer'));
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) check(rect, inFrame);
        }
        for (const picture of section.querySelectorAll('img, svg')) check(picture.getBoundingClientRect(), false);
        // A header that wraps runs into the title under it.
        const header = section.querySelector(':scope > header');
        const title = section.querySelector(':scope > h1, :scope > h2');
        if (
          header?.textContent?.trim() &&
          title &&
          header.getBoundingClientRect().bottom > title.getBoundingClientRect().top + 1
        )
          outside = true;
        if (below > 0 || outside) found.push({ slide: index, belowPx: Math.round(below) });
      });
      return found;
    }, FOOTER_ZONE_PX);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new RecapError('export', `Cannot measure the slides: ${reason}`, {}, { cause: error });
  } finally {
    await guard.release();
  }
}
