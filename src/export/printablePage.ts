import { Marp } from '@marp-team/marp-core';
import type { Theme } from '../themes.js';
import type { PrintablePage } from './printPdf.js';
import { reuseStyles } from './reuseStyles.js';

/** A Marp renderer that knows recapdeck's themes; HTML in notes stays escaped. */
export function createMarp(themes: Theme[]): Marp {
  const marp = reuseStyles(new Marp({ html: false, script: false, math: false }));
  for (const theme of themes) marp.themeSet.add(theme.css);
  return marp;
}

/** Marp Markdown → one HTML document whose print output is one page per slide. */
export function printablePage(marp: Marp, markdown: string, title: string): PrintablePage {
  return printableParts(marp, markdown, title, Infinity)[0]!;
}

/**
 * Marp Markdown → HTML documents of at most `maxSlides` slides each, in order: Chromium prints a
 * very long deck (a 3,000-slide recap) slowly and with a lot of memory, a few hundred at a time well.
 */
export function printableParts(marp: Marp, markdown: string, title: string, maxSlides: number): PrintablePage[] {
  const { html, css } = marp.render(markdown, { htmlAsArray: true }) as { html: string[]; css: string };
  const parts: PrintablePage[] = [];
  for (let start = 0; start === 0 || start < html.length; start += maxSlides) {
    const slides = html.slice(start, start + maxSlides);
    const document = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>`
      + `<style>html,body{margin:0;padding:0}${css}</style></head><body><div class="marpit">${slides.join('')}</div></body></html>`;
    parts.push({ html: document, title, slides: slides.length });
  }
  return parts;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
