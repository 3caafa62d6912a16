import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export interface FileWatcher {
  close(): Promise<void>;
}

/** Editors save in bursts (write, rename, touch): changes this close together are one change. */
const SETTLE_MS = 60;
/** How often a watched folder that went away is looked for again. */
const REOPEN_MS = 250;

/**
 * Calls `onChange` with the files changed since the last call. Calls never overlap: what changes
 * while one runs is handed to exactly one more call, made once it is over. Resolves once the
 * watcher is ready, so every later save is seen.
 *
 * The folders are watched, never the files themselves: a save that replaces a file (an editor's
 * write-and-rename, a git checkout, a sync tool) gives it a new inode, and a watch on the old one
 * can miss the next saves for good. A folder's watch sees every name in it change, however often.
 * `paths` are files (only that file counts) and folders (every entry that `accept` takes counts).
 */
export async function watchFiles(
  paths: string[],
  accept: (path: string) => boolean,
  onChange: (changed: string[]) => Promise<void>,
): Promise<FileWatcher> {
  const watched = await watchedFolders(
    paths.map((path) => resolve(path)),
    accept,
  );
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let closed = false;

  const flush = () => {
    timer = null;
    if (closed || running || pending.size === 0) return;
    const changed = [...pending];
    pending.clear();
    running = onChange(changed).finally(() => {
      running = null;
      if (pending.size > 0) schedule();
    });
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, SETTLE_MS);
  };
  const noted = (folder: WatchedFolder, name: string | null) => {
    // No name (some platforms, or an overflowing event queue): anything in the folder may have changed.
    const changed =
      name === null ? folder.all() : folder.counts(join(folder.dir, name)) ? [join(folder.dir, name)] : [];
    if (changed.length === 0) return;
    for (const path of changed) pending.add(path);
    schedule();
  };

  // A folder that goes away (removed, renamed, replaced) is watched again once it is back, and counts as changed.
  const watchers = new Map<WatchedFolder, FSWatcher>();
  const reopening = new Set<WatchedFolder>();
  const open = async (folder: WatchedFolder): Promise<boolean> => {
    const inode = await stat(folder.dir).then(
      (info) => (info.isDirectory() ? info.ino : null),
      () => null,
    );
    if (closed || inode === null) return false;
    try {
      const watcher = watch(folder.dir, { persistent: true }, (_event, name) => {
        const entry = name === null ? null : String(name);
        // Linux names the folder itself when it goes away; other platforms may name nothing.
        if (entry === null || entry === basename(folder.dir)) void checkFolder(folder, inode);
        noted(folder, entry);
      });
      watcher.on('error', () => void reopen(folder));
      watchers.set(folder, watcher);
      return true;
    } catch {
      // Gone between the stat and the watch.
      return false;
    }
  };
  const reopen = async (folder: WatchedFolder) => {
    if (reopening.has(folder)) return;
    reopening.add(folder);
    watchers.get(folder)?.close();
    watchers.delete(folder);
    while (!closed && !(await open(folder))) await new Promise((wake) => setTimeout(wake, REOPEN_MS));
    reopening.delete(folder);
    noted(folder, null);
  };
  const checkFolder = async (folder: WatchedFolder, inode: number) => {
    const now = await stat(folder.dir).then(
      (info) => info.ino,
      () => null,
    );
    if (now !== inode) await reopen(folder);
  };
  for (const folder of watched) if (!(await open(folder))) void reopen(folder);

  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      await running;
    },
  };
}

/** A folder to watch and which of its entries count: named files, or (for a folder given itself) every entry `accept` takes. */
interface WatchedFolder {
  dir: string;
  counts(path: string): boolean;
  all(): string[];
}

async function watchedFolders(paths: string[], accept: (path: string) => boolean): Promise<WatchedFolder[]> {
  const files = new Map<string, Set<string>>();
  const folders = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) folders.add(path);
    else files.set(dirname(path), (files.get(dirname(path)) ?? new Set()).add(path));
  }
  return [...new Set([...files.keys(), ...folders])].map((dir) => {
    const named = files.get(dir) ?? new Set<string>();
    const whole = folders.has(dir);
    return {
      dir,
      counts: (path) => named.has(path) || (whole && accept(path)),
      all: () => (whole ? [dir] : [...named]),
    };
  });
}
