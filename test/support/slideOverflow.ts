import type { Page } from 'puppeteer';

/** Space at the bottom of a slide kept for the footer and page number: body text must end above it. */
const FOOTER_ZONE_PX = 40;

export interface OverflowProblem {
  /** 1-based slide number within the page. */
  slide: number;
  what: string;
}

/**
 * Loads a page of Marp slides and returns every piece of text (or picture) that lies outside its slide,
 * and every header that runs into its title: each text node's line boxes are measured, so text clipped
 * by an `overflow: hidden` parent still counts.
 */
export async function overflowingText(page: Page, html: string): Promise<OverflowProblem[]> {
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate((footerZone) => {
    const problems: { slide: number; what: string }[] = [];
    document.querySelectorAll('section').forEach((section, index) => {
      const box = section.getBoundingClientRect();
      const outside = (rect: DOMRect, inFrame: boolean) =>
        rect.left < box.left - 1 ||
        rect.right > box.right + 1 ||
        rect.top < box.top - 1 ||
        rect.bottom > box.bottom - (inFrame ? 0 : footerZone) + 1;
      const report = (node: Node, kind: string) => {
        const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
        problems.push({ slide: index + 1, what: `${kind} "${text}"` });
      };
      // Text kept for screen readers only (a 1 px box that clips it, as the glance slide's list) is out of sight on purpose.
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
        // Header and footer sit in the slide's frame, outside the body's area.
        const inFrame = Boolean(node.parentElement?.closest('header, footer'));
        range.selectNodeContents(node);
        if ([...range.getClientRects()].some((rect) => rect.width > 0 && outside(rect, inFrame))) {
          report(node.parentElement ?? node, `<${node.parentElement?.tagName.toLowerCase()}>`);
          return;
        }
      }
      // A header that wraps runs into the title under it.
      const header = section.querySelector(':scope > header');
      const title = section.querySelector(':scope > h1, :scope > h2');
      if (
        header?.textContent?.trim() &&
        title &&
        header.getBoundingClientRect().bottom > title.getBoundingClientRect().top + 1
      ) {
        report(header, '<header> over the title');
        return;
      }
      for (const picture of section.querySelectorAll('img, svg')) {
        const rect = picture.getBoundingClientRect();
        if (rect.width > 0 && outside(rect, false)) {
          report(picture, `<${picture.tagName.toLowerCase()}>`);
          return;
        }
      }
    });
    return problems;
  }, FOOTER_ZONE_PX);
}
