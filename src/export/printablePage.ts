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

/** A deck rendered for print: its CSS and one HTML fragment per slide. */
export interface RenderedSlides {
  css: string;
  slides: string[];
}

export function renderSlides(marp: Marp, markdown: string): RenderedSlides {
  const { html, css } = marp.render(markdown, { htmlAsArray: true }) as { html: string[]; css: string };
  return { css, slides: html };
}

/**
 * Slides (of one deck, or of several decks with the same CSS) → one HTML document whose print
 * output is one page per slide, everything inline.
 */
export function printableDocument(css: string, slides: string[], title: string): PrintablePage {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>`
    + `<style>html,body{margin:0;padding:0}${css}</style></head><body><div class="marpit">${slides.join('')}</div></body></html>`;
  return { html, title, slides: slides.length };
}

/** Marp Markdown → one printable HTML document (the bench's floor prints these). */
export function printablePage(marp: Marp, markdown: string, title: string): PrintablePage {
  const { css, slides } = renderSlides(marp, markdown);
  return printableDocument(css, slides, title);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
