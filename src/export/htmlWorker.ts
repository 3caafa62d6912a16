import { parentPort, workerData } from 'node:worker_threads';
import type { Theme } from '../themes.js';
import { exportHtml } from './exportHtml.js';

/** The worker side of startHtmlExporter: loads marp-cli at once, then runs it on the files it is sent and reports back once. */
const { themes } = workerData as { themes: Theme[] };
const loading = Promise.all([import('@marp-team/marp-cli'), import('./marpEngine.js')]);
parentPort!.once('message', async ({ markdownFiles }: { markdownFiles: string[] }) => {
  try {
    await loading;
    await exportHtml(markdownFiles, themes);
    parentPort!.postMessage({ ok: true });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
