import { Worker } from 'node:worker_threads';
import { RecapError } from '../errors.js';
import type { Theme } from '../themes.js';

/** exportHtml on a worker thread, started ahead of its one job. */
export interface HtmlExporter {
  /** Converts the Markdown files to HTML beside them (once per exporter). */
  export(markdownFiles: string[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the worker (dist/export/htmlWorker.js) that will run marp-cli: a build starts it before it
 * reads the notes, so marp-cli is loaded by the time the decks are written. On the main thread
 * marp-cli's rendering would hold up every message to Chromium while the PDFs print.
 */
export function startHtmlExporter(themes: Theme[]): HtmlExporter {
  const worker = new Worker(new URL('./htmlWorker.js', import.meta.url), { workerData: { themes }, stdout: false, stderr: false });
  const done = new Promise<void>((resolve, reject) => {
    worker.once('message', (result: { ok: boolean; message?: string }) => (result.ok ? resolve() : reject(new RecapError('export', result.message ?? 'Cannot export HTML'))));
    worker.once('error', (error) => reject(new RecapError('export', `Cannot export HTML: ${error.message}`, {}, { cause: error })));
    worker.once('exit', (code) => reject(new RecapError('export', `Cannot export HTML: the HTML worker stopped with exit code ${code}`)));
  });
  // Awaited by export(); a worker closed unused must not count as an unhandled failure.
  done.catch(() => undefined);
  return {
    async export(markdownFiles) {
      if (markdownFiles.length === 0) return;
      worker.postMessage({ markdownFiles });
      await done;
    },
    async close() {
      await worker.terminate();
    },
  };
}
