import { resolve } from 'node:path';
import { watch } from 'chokidar';

export interface FileWatcher {
  close(): Promise<void>;
}

/** Editors save in bursts (write, rename, touch): changes this close together are one change. */
const SETTLE_MS = 60;

/**
 * Calls `onChange` with the files changed since the last call. Calls never overlap: what changes
 * while one runs is handed to the next. Resolves once the watcher is ready, so every later save
 * is seen. Editors that save by writing a new file and renaming it are handled (chokidar `atomic`).
 */
export async function watchFiles(paths: string[], accept: (path: string) => boolean, onChange: (changed: string[]) => Promise<void>): Promise<FileWatcher> {
  const watcher = watch(paths.map((path) => resolve(path)), { ignoreInitial: true, atomic: true });
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  const flush = async () => {
    timer = null;
    if (running || pending.size === 0) return;
    const changed = [...pending];
    pending.clear();
    running = onChange(changed).finally(() => {
      running = null;
      if (pending.size > 0) schedule();
    });
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), SETTLE_MS);
  };
  watcher.on('all', (event, path) => {
    if (!['add', 'change', 'unlink'].includes(event) || !accept(path)) return;
    pending.add(path);
    schedule();
  });
  await new Promise<void>((ready, fail) => {
    watcher.once('ready', ready);
    watcher.once('error', fail);
  });
  return {
    async close() {
      if (timer) clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}
