import type { PrintablePage } from './printPdf.js';

/** A deck rendered for print (see marpSlides.ts): its CSS and one HTML fragment per slide. */
export interface RenderedSlides {
  css: string;
  slides: string[];
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

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
