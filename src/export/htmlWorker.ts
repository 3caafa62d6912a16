import { parentPort, workerData } from 'node:worker_threads';
import type { Theme } from '../themes.js';
import { exportHtml } from './exportHtml.js';

/** The worker side of exportHtmlInWorker: runs marp-cli and reports back once. */
const { markdownFiles, themes } = workerData as { markdownFiles: string[]; themes: Theme[] };
try {
  await exportHtml(markdownFiles, themes);
  parentPort!.postMessage({ ok: true });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
