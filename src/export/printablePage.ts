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
  const { html, css } = marp.render(markdown);
  const slides = (html.match(/<section\b/g) ?? []).length;
  const document = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>`
    + `<style>html,body{margin:0;padding:0}${css}</style></head><body>${html}</body></html>`;
  return { html: document, title, slides };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
