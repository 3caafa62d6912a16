import { Worker } from 'node:worker_threads';
import { RecapError } from '../errors.js';
import type { Theme } from '../themes.js';

/**
 * exportHtml on a worker thread: marp-cli's rendering keeps a core busy for a second or more, and
 * on the main thread it would hold up every message to Chromium while the PDFs print.
 */
export async function exportHtmlInWorker(markdownFiles: string[], themes: Theme[]): Promise<void> {
  if (markdownFiles.length === 0) return;
  const worker = new Worker(new URL('./htmlWorker.js', import.meta.url), { workerData: { markdownFiles, themes }, stdout: false, stderr: false });
  try {
    const result = await new Promise<{ ok: boolean; message?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the HTML worker stopped with exit code ${code}`)));
    });
    if (!result.ok) throw new RecapError('export', result.message ?? 'Cannot export HTML');
  } catch (error) {
    if (error instanceof RecapError) throw error;
    throw new RecapError('export', `Cannot export HTML: ${(error as Error).message}`, {}, { cause: error });
  } finally {
    await worker.terminate();
  }
}
