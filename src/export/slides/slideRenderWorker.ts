import { parentPort, workerData } from 'node:worker_threads';
import type { Theme } from '../../themes.js';
import { createMarp, renderSlides } from './marpSlides.js';
import type { RenderReply } from './slideRenderer.js';

/** The worker side of startSlideRenderer: one Marp for every deck, each request answered once. */
const marp = createMarp((workerData as { themes: Theme[] }).themes);
parentPort!.postMessage({ ready: true } satisfies RenderReply);
parentPort!.on('message', ({ id, markdown }: { id: number; markdown: string }) => {
  let reply: RenderReply;
  try {
    reply = { id, rendered: renderSlides(marp, markdown) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
