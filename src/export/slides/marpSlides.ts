import { Marp } from '@marp-team/marp-core';
import type { Theme } from '../../themes.js';
import { documentLanguage } from './documentLanguage.js';
import { SLIDES_CONTAINER, type MarpSlides } from './printablePage.js';
import { reuseStyles } from './reuseStyles.js';

/**
 * A Marp renderer that knows recapdeck's themes, set up as marp-cli's bespoke template sets it up,
 * so that one render serves both the HTML and the PDF. HTML in notes stays escaped (notes are
 * untrusted), and math is off: notes are not LaTeX ("$5 and $10" stays text). Emoji stay text
 * (`:tada:` becomes 🎉) drawn with the themes' emoji font: Marp's default turns each into an
 * image from a CDN, broken offline and a request per emoji with `--allow-remote`.
 */
export function createMarp(themes: Theme[], lang = documentLanguage()): Marp {
  const marp = reuseStyles(
    new Marp({
      html: false,
      math: false,
      emoji: { shortcode: true, unicode: true },
      lang,
      container: { ...SLIDES_CONTAINER },
      inlineSVG: true,
      slideContainer: [],
    }),
  );
  for (const theme of themes) marp.themeSet.add(theme.css);
  // The front matter's title and author, kept for the HTML's head as marp-cli keeps them.
  for (const name of ['title', 'author'] as const) marp.customDirectives.global[name] = (value) => ({ [name]: value });
  return marp;
}

/** A deck's CSS, its slides one by one (the last one followed by Marp's browser script), each slide's notes, and its title and author. */
export function marpSlides(marp: Marp, markdown: string): MarpSlides {
  const { html, css, comments } = marp.render(markdown, { htmlAsArray: true }) as {
    html: string[];
    css: string;
    comments: string[][];
  };
  const { title, author } = (marp as unknown as { lastGlobalDirectives: { title?: unknown; author?: unknown } })
    .lastGlobalDirectives;
  return {
    css,
    slides: html,
    comments,
    title: typeof title === 'string' ? title : undefined,
    author: typeof author === 'string' ? author : undefined,
  };
}
