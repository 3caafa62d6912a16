import { RecapError } from '../../errors.js';
import { plural } from '../../plural.js';
import type { BrowserProvider } from './browser.js';
import { exportPdfs, type PdfExportSettings, type PdfJob } from './exportPdfs.js';

/**
 * exportPdfs, with one second chance when the browser goes away midway (killed, crashed, out of
 * memory): a fresh browser prints the decks not yet written. A second loss, or any other failure,
 * is an export error (exit 3).
 */
export async function exportPdfsWithRetry(
  jobs: PdfJob[],
  browsers: BrowserProvider,
  onDone: () => void,
  settings: PdfExportSettings,
): Promise<void> {
  const pending = new Set<PdfJob>(jobs);
  const tracked = jobs.map(
    (job): PdfJob => ({
      ...job,
      write: async (pdf, pages) => {
        await job.write(pdf, pages);
        pending.delete(job);
      },
    }),
  );
  const remaining = () => tracked.filter((_, index) => pending.has(jobs[index]!));
  try {
    await exportPdfs(tracked, browsers, onDone, settings);
    return;
  } catch (error) {
    if (!(await browsers.lost())) throw error;
  }
  // Closing the lost browser removes its profile; the next get() starts a new one.
  await browsers.close();
  try {
    await exportPdfs(remaining(), browsers, onDone, settings);
  } catch (error) {
    if (!(await browsers.lost())) throw error;
    throw new RecapError(
      'export',
      `Cannot export PDF: the browser stopped twice while printing (${pending.size} of ${plural(jobs.length, 'deck')} not printed)`,
      {},
      { cause: error },
    );
  }
}
