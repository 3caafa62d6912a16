import type { Theme } from '../themes.js';
import type { RenderedSlides } from './printablePage.js';

/**
 * Renders decks with Marp on this thread, loaded and made on first use: for the live server and
 * exportPdfs' default (a build renders on a worker instead and never loads Marp here).
 */
export function renderInThread(themes: Theme[]): (markdown: string) => Promise<RenderedSlides> {
  let marp: Promise<(markdown: string) => RenderedSlides> | null = null;
  return async (markdown) => {
    marp ??= import('./marpSlides.js').then(({ createMarp, renderSlides }) => {
      const made = createMarp(themes);
      return (text: string) => renderSlides(made, text);
    });
    return (await marp)(markdown);
  };
}
