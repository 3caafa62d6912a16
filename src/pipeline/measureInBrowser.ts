import { RecapError } from '../errors.js';
import { measureOverflow } from '../export/pdf/measureOverflow.js';
import { withTabs } from '../export/pdf/pagePool.js';
import { printableDocument, type MarpSlides } from '../export/slides/printablePage.js';
import type { Exporters } from './exporters.js';
import type { Warning } from '../model/types.js';
import type { FitBudgets } from '../plan/fitBudgets.js';
import { measuredFit, type MeasureDecks, type MeasuredOverflow } from './measuredFit.js';
import type { ExportedDeck } from './renderDecks.js';
import type { MadeDecks } from './makeDecks.js';
import type { Settings } from '../settings.js';

/** Slides laid out in one page at a time: decks of one theme share a page, up to this many slides. */
const SLIDES_PER_PAGE = 400;

/**
 * Measures decks as they are printed (their PDF Markdown, images inline) in one tab of the build's
 * Chromium. Each render is kept in `renders` by its Markdown, for the PDF and HTML of the decks that
 * are not planned again: a deck that fits is rendered once, as without the check.
 */
function measureInBrowser(
  exporting: Exporters,
  renders: Map<string, Promise<MarpSlides>>,
  options: { allowRemote: boolean; timeout: number | undefined },
): MeasureDecks<ExportedDeck> {
  return async (decks) => {
    if (decks.length === 0) return [];
    const rendered = await Promise.all(
      decks.map((deck) => {
        const rendering = exporting.marp().then((marp) => marp.slides(deck.pdfMarkdown));
        renders.set(deck.pdfMarkdown, rendering);
        return rendering;
      }),
    );
    const pages = new Map<string, { deck: number; slide: number; html: string }[]>();
    rendered.forEach(({ css, slides }, deck) => {
      const page = pages.get(css) ?? [];
      pages.set(css, page);
      slides.forEach((html, slide) => page.push({ deck, slide, html }));
    });
    const found: MeasuredOverflow[] = [];
    await withTabs(await exporting.browsers.get(), 1, async (tab) => {
      for (const [css, slides] of pages) {
        for (let start = 0; start < slides.length; start += SLIDES_PER_PAGE) {
          const part = slides.slice(start, start + SLIDES_PER_PAGE);
          const html = printableDocument(
            css,
            part.map((slide) => slide.html),
            'fit',
          ).html;
          for (const { slide, belowPx } of await measureOverflow(tab, html, options))
            found.push({ deck: part[slide]!.deck, slide: part[slide]!.slide, belowPx });
        }
      }
    });
    return found;
  };
}

/**
 * The decks of a run as they are exported: measured and planned again in the browser when PDFs are
 * made or the settings ask for it (`checkFit`), as estimated otherwise.
 */
export async function fitDecks(
  made: MadeDecks,
  session: Exporters,
  renders: Map<string, Promise<MarpSlides>>,
  options: Pick<Settings, 'formats' | 'checkFit' | 'allowRemote' | 'timeout'> & {
    worthMeasuring: (deck: ExportedDeck) => Promise<boolean>;
  },
): Promise<{ decks: ExportedDeck[]; warnings: Warning[] }> {
  // A PPTX holds pictures of the slides as printed: measured like a PDF.
  const printsPdf = options.formats.includes('pdf') || options.formats.includes('pptx');
  if (!printsPdf && !options.checkFit) return { decks: made.decks, warnings: [] };
  const measure = measureInBrowser(session, renders, { allowRemote: options.allowRemote, timeout: options.timeout });
  return fitInBrowser(made.decks, made.replan, measure, { worthMeasuring: options.worthMeasuring, printsPdf });
}

/**
 * The decks as measured and planned again in the browser (see measuredFit), with a warning for each
 * slide that still runs off. Without a browser the estimate stands: md and html are still made,
 * with a warning unless a PDF is made too (the PDF step reports the browser's failure itself).
 */
async function fitInBrowser(
  estimated: ExportedDeck[],
  replan: (budgets: FitBudgets) => ExportedDeck[],
  measure: MeasureDecks<ExportedDeck>,
  options: { worthMeasuring: (deck: ExportedDeck) => Promise<boolean>; printsPdf: boolean },
): Promise<{ decks: ExportedDeck[]; warnings: Warning[] }> {
  try {
    const fitted = await measuredFit(estimated, replan, measure, options.worthMeasuring);
    const warnings = fitted.overflowing.map(({ deck, slide }) => ({
      file: `${deck.file}.md`,
      line: null,
      message: `Slide ${slide + 1} (${deck.deck.slides[slide]!.title}) runs off its slide even planned smaller: shorten its text, or split it with a heading`,
    }));
    return { decks: fitted.decks, warnings };
  } catch (error) {
    if (!(error instanceof RecapError)) throw error;
    if (options.printsPdf) return { decks: estimated, warnings: [] };
    return {
      decks: estimated,
      warnings: [
        {
          file: estimated[0]?.file ?? '.',
          line: null,
          message: `Cannot check the fit in a browser, the slides are planned by estimate: ${error.message}`,
        },
      ],
    };
  }
}
