import { Worker } from 'node:worker_threads';
import { RecapError } from '../../errors.js';
import type { Theme } from '../../themes.js';
import type { MarpSlides } from './printablePage.js';

/** Renders decks' slides (once, for their HTML and PDF), off the thread that drives Chromium. */
export interface MarpWorker {
  /** Settles once Marp is loaded and the themes are parsed (or the worker failed to start). */
  ready: Promise<void>;
  slides(markdown: string): Promise<MarpSlides>;
  close(): Promise<void>;
}

/** What the worker says: that it is ready, the slides of request `id`, or why it could not render them. */
export type MarpReply = { ready: true } | { id: number; rendered: MarpSlides } | { id: number; error: string };

/**
 * Starts Marp on a worker thread (dist/export/slides/marpWorkerThread.js). A build starts it before it
 * reads the notes, so Marp is loaded and the themes parsed while the notes are modelled, and
 * decks are rendered there while the main thread prints and splits PDFs.
 */
export function startMarpWorker(themes: Theme[]): MarpWorker {
  const worker = new Worker(new URL('./marpWorkerThread.js', import.meta.url), { workerData: { themes } });
  const pending = new Map<number, { resolve: (rendered: MarpSlides) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let stopped: Error | null = null;
  let isReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (isReady = resolve));
  const stop = (error: Error) => {
    stopped ??= error;
    isReady();
    for (const { reject } of pending.values()) reject(stopped);
    pending.clear();
  };
  worker.on('message', (reply: MarpReply) => {
    if ('ready' in reply) return isReady();
    const request = pending.get(reply.id);
    pending.delete(reply.id);
    if ('error' in reply) request?.reject(new RecapError('export', `Cannot render slides: ${reply.error}`));
    else request?.resolve(reply.rendered);
  });
  worker.on('error', (error) =>
    stop(new RecapError('export', `Cannot render slides: ${error.message}`, {}, { cause: error })),
  );
  worker.on('exit', (code) =>
    stop(new RecapError('export', `Cannot render slides: the renderer stopped (exit code ${code})`)),
  );
  return {
    ready,
    slides(markdown) {
      if (stopped) return Promise.reject(stopped);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, markdown });
      });
    },
    async close() {
      stop(new RecapError('export', 'Cannot render slides: the renderer was closed'));
      await worker.terminate();
    },
  };
}
