import { readFile } from 'node:fs/promises';
import { packageFile } from '../../packageFiles.js';
import { withTitledFrames } from './bespokeFrames.js';
import { documentLanguage } from '../slides/documentLanguage.js';
import { SLIDES_CONTAINER, type MarpSlides } from '../slides/printablePage.js';
import { escapeHtml } from '../../escapeHtml.js';

/** The presenter's own parts: its style sheet and its script (keyboard and touch navigation, overview, presenter view, fullscreen). */
export interface BespokeAssets {
  css: string;
  js: string;
}

export interface BespokeDeck extends MarpSlides {
  lang: string;
}

let assets: Promise<BespokeAssets> | null = null;

/**
 * The presenter marp-cli's bespoke template ships: its script as marp-cli installs it, and its
 * style sheet, which marp-cli keeps inside its code, as copied into src/export/html/bespoke/bespoke.css
 * (`npm run bespoke:css` copies it again; test/e2e/bespokeHtml.test.ts fails when it is stale).
 * scripts/bundle.mjs copies both into dist/bespoke/, which the package ships: marp-cli itself
 * (with a Marp and a puppeteer of its own) is not installed with recapdeck. Its frames get titles
 * (see withTitledFrames).
 */
export function bespokeAssets(): Promise<BespokeAssets> {
  assets ??= Promise.all([
    readFile(packageFile('dist', 'bespoke', 'bespoke.css'), 'utf8'),
    readFile(packageFile('dist', 'bespoke', 'bespoke.js'), 'utf8'),
  ]).then(([css, js]) => ({ css, js: withTitledFrames(js) }));
  return assets;
}

/** A rendered deck → its presentable HTML, in the user's language. */
export async function deckHtml(rendered: MarpSlides): Promise<string> {
  return bespokeHtml({ ...rendered, lang: documentLanguage() }, await bespokeAssets());
}

/**
 * A rendered deck → the HTML file marp-cli writes for it with `--template bespoke
 * --bespoke.progress`, byte for byte but for the frames' titles (the test compares them): the same render that is printed to
 * PDF, so a build renders each deck once instead of once more inside marp-cli.
 */
export function bespokeHtml(deck: BespokeDeck, presenter: BespokeAssets): string {
  const notes = deck.comments.map((lines, index) =>
    lines.length === 0
      ? ''
      : `<div class="bespoke-marp-note" data-index="${index}" tabindex="0">${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</div>`,
  );
  return (
    `<!DOCTYPE html><html lang="${escapeHtml(deck.lang)}"><head>` +
    (deck.title
      ? `<title>${escapeHtml(deck.title)}</title><meta property="og:title" content="${escapeHtml(deck.title)}">`
      : '') +
    (deck.author
      ? `<meta name="author" content="${escapeHtml(deck.author)}"><meta property="article:author" content="${escapeHtml(deck.author)}">`
      : '') +
    '<meta charset="UTF-8"><meta name="viewport" content="width=device-width,height=device-height,initial-scale=1.0">' +
    '<meta name="apple-mobile-web-app-capable" content="yes"><meta http-equiv="X-UA-Compatible" content="ie=edge">' +
    '<meta property="og:type" content="website"><meta name="twitter:card" content="summary">' +
    `<style>${presenter.css}</style><style>${deck.css}</style></head><body>` +
    '<div class="bespoke-progress-parent"><div class="bespoke-progress-bar"></div></div>' +
    '<div class="bespoke-marp-osc"><button data-bespoke-marp-osc="prev" tabindex="-1" title="Previous slide">Previous slide</button>' +
    '<span data-bespoke-marp-osc="page"></span><button data-bespoke-marp-osc="next" tabindex="-1" title="Next slide">Next slide</button>' +
    '<button data-bespoke-marp-osc="fullscreen" tabindex="-1" title="Toggle fullscreen (f)">Toggle fullscreen</button>' +
    '<button data-bespoke-marp-osc="overview" tabindex="-1" title="Toggle overview view (o)">Toggle overview view</button>' +
    '<button data-bespoke-marp-osc="presenter" tabindex="-1" title="Open presenter view (p)">Open presenter view</button></div>' +
    `<${SLIDES_CONTAINER.tag} id="${SLIDES_CONTAINER.id}">${deck.slides.join('')}</${SLIDES_CONTAINER.tag}>` +
    notes.join('') +
    `<script>${presenter.js}</script></body></html>`
  );
}
