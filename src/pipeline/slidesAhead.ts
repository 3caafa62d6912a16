import type { PdfJob } from '../export/pdf/exportPdfs.js';
import { PARALLEL_TABS, planPrints } from '../export/pdf/planPrints.js';
import type { MarpSlides } from '../export/slides/printablePage.js';

type Render = (markdown: string) => Promise<MarpSlides>;

/**
 * Starts rendering the decks that are printed first (see planPrints), and returns `render` that
 * hands out those renders once and renders any other deck when asked. The build calls it before it
 * writes the Markdown files and loads the printing code (pdf-lib, puppeteer), so the first prints
 * wait only for Chromium.
 */
export function slidesAhead(jobs: PdfJob[], render: Render): Render {
  const first = planPrints(jobs, PARALLEL_TABS)
    .slice(0, PARALLEL_TABS)
    .flatMap((batch) => batch.jobs);
  const early = new Map(first.map((job) => [job.markdown, render(job.markdown)]));
  // A failed render is reported when its deck is printed.
  for (const rendering of early.values()) rendering.catch(() => undefined);
  return (markdown) => {
    const rendering = early.get(markdown);
    early.delete(markdown);
    return rendering ?? render(markdown);
  };
}
