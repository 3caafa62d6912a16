import { parentPort, workerData } from 'node:worker_threads';
import type { Theme } from '../../themes.js';
import { createMarp, marpSlides } from './marpSlides.js';
import type { MarpReply } from './marpWorker.js';

/** The worker side of startMarpWorker: one Marp for every deck, each request answered once. */
const marp = createMarp((workerData as { themes: Theme[] }).themes);
parentPort!.postMessage({ ready: true } satisfies MarpReply);
parentPort!.on('message', ({ id, markdown }: { id: number; markdown: string }) => {
  let reply: MarpReply;
  try {
    reply = { id, rendered: marpSlides(marp, markdown) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
