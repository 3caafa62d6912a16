import { escapeHtml } from '../../escapeHtml.js';
import { printedLinks } from '../pdf/printedLinks.js';
import type { PrintablePage } from '../pdf/printPdf.js';

/**
 * The element around the slides, as marp-cli's bespoke template has it: the presenter script looks
 * the slides up under it, and the deck's CSS is scoped to it.
 */
export const SLIDES_CONTAINER = { tag: 'div', id: ':$p' } as const;

/** A deck rendered once for both HTML and PDF (see marpSlides.ts). */
export interface MarpSlides {
  css: string;
  /** One HTML fragment per slide. */
  slides: string[];
  /** Each slide's presenter notes. */
  comments: string[][];
  /** From the front matter, for the HTML's head. */
  title?: string | undefined;
  author?: string | undefined;
}

/**
 * Slides (of one deck, or of several decks with the same CSS) → one HTML document whose print
 * output is one page per slide, everything inline.
 */
export function printableDocument(css: string, slides: string[], title: string): PrintablePage {
  const html =
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<style>html,body{margin:0;padding:0}${css}</style></head><body><${SLIDES_CONTAINER.tag} id="${SLIDES_CONTAINER.id}">${slides.map(printedLinks).join('')}</${SLIDES_CONTAINER.tag}></body></html>`;
  return { html, title, slides: slides.length };
}
