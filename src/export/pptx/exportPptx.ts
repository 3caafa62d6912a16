import { RecapError } from '../../errors.js';
import { plural } from '../../plural.js';
import type { BrowserProvider } from '../pdf/browser.js';
import { guardRequests } from '../pdf/guardRequests.js';
import { withTabs } from '../pdf/pagePool.js';
import { PARALLEL_TABS } from '../pdf/planPrints.js';
import { printableDocument, type MarpSlides } from '../slides/printablePage.js';
import type { PrintSettings } from '../pdf/printPdf.js';
import { pptxFile, type PptxInfo } from './pptxFile.js';
import { slideImages } from './slideImages.js';

export interface PptxJob {
  /** The deck as it is printed (images inline). */
  markdown: string;
  /** The deck's slide count: its PPTX has exactly that many slides. */
  slides: number;
  info: PptxInfo;
  write: (pptx: Uint8Array) => Promise<void>;
}

export interface PptxExportSettings extends PrintSettings {
  /** Renders a deck's slides (a build passes its worker's, which also holds the renders its measured fit made). */
  marpSlides: (markdown: string) => Promise<MarpSlides>;
}

/**
 * Makes each deck's PPTX from pictures of its slides, taken in the browser the PDFs print in (a
 * few reused tabs, each loading only inline data as when printing). `onDone` follows each deck.
 */
export async function exportPptxs(
  jobs: PptxJob[],
  browsers: BrowserProvider,
  onDone: (job: PptxJob) => void,
  settings: PptxExportSettings,
): Promise<void> {
  if (jobs.length === 0) return;
  const queue = [...jobs];
  let failed = false;
  await withTabs(await browsers.get(), Math.min(PARALLEL_TABS, jobs.length), async (tab) => {
    const guard = await guardRequests(tab, { allowRemote: settings.allowRemote ?? false });
    try {
      for (let job = queue.shift(); job && !failed; job = queue.shift()) {
        try {
          const { css, slides } = await settings.marpSlides(job.markdown);
          const pictures = await slideImages(tab, printableDocument(css, slides, job.info.title), settings);
          // A slide pictured twice or not at all would put every note after it on the wrong slide.
          if (pictures.images.length !== job.slides)
            throw new RecapError(
              'export',
              `Cannot make \`${job.info.title}\` a PPTX: ${plural(job.slides, 'slide')} pictured as ${plural(pictures.images.length, 'picture')}`,
            );
          await job.write(await pptxFile(pictures, job.info));
          onDone(job);
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    } finally {
      await guard.release();
    }
  });
}
