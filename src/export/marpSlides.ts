import { Marp } from '@marp-team/marp-core';
import type { Theme } from '../themes.js';
import { printableDocument, type RenderedSlides } from './printablePage.js';
import type { PrintablePage } from './printPdf.js';
import { reuseStyles } from './reuseStyles.js';

/** A Marp renderer that knows recapdeck's themes; HTML in notes stays escaped. */
export function createMarp(themes: Theme[]): Marp {
  const marp = reuseStyles(new Marp({ html: false, script: false, math: false }));
  for (const theme of themes) marp.themeSet.add(theme.css);
  return marp;
}

export function renderSlides(marp: Marp, markdown: string): RenderedSlides {
  const { html, css } = marp.render(markdown, { htmlAsArray: true }) as { html: string[]; css: string };
  return { css, slides: html };
}

/** Marp Markdown → one printable HTML document (the bench's floor prints these). */
export function printablePage(marp: Marp, markdown: string, title: string): PrintablePage {
  const { css, slides } = renderSlides(marp, markdown);
  return printableDocument(css, slides, title);
}
