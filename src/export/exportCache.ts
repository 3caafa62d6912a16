import { open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { packageVersion } from '../packageFiles.js';

/** The cache lives in the folder's manifest.json, in a field of its own beside the documented ones. */
const MANIFEST = 'manifest.json';

/** A new recapdeck may render differently: its version is part of every hash. */
const VERSION = packageVersion();

/** manifest.json's `cache` field: what each output file was made from. */
export interface CacheRecord {
  version: string;
  files: Record<string, Entry>;
}

interface Entry {
  hash: string;
  size: number;
  mtimeMs: number;
  /** A PDF's pages: the hash of what each was printed from (see exportPdfs), so a rebuild can keep them. */
  pages?: string[];
}

/** A PDF of an earlier build: what each of its pages shows, and its bytes while it is still as written (else null). */
export interface EarlierPdf {
  pages: string[];
  read(): Promise<Uint8Array | null>;
}

/**
 * Remembers, per output file, the hash of what it was made from, and its size and time as written.
 * A file is reused only when both still match: a file edited, replaced or half-renamed by a failed
 * run is made again.
 */
export class ExportCache {
  private readonly next: Record<string, Entry> = {};

  private constructor(private readonly dir: string, private readonly previous: Record<string, Entry>) {}

  static async load(dir: string): Promise<ExportCache> {
    const text = await readFile(join(dir, MANIFEST), 'utf8').catch(() => null);
    let entries: Record<string, Entry> = {};
    try {
      const parsed = text ? (JSON.parse(text) as { cache?: Partial<CacheRecord> }).cache : null;
      if (parsed?.version === VERSION && parsed.files) entries = parsed.files;
    } catch {
      // A damaged cache only costs a full build.
    }
    return new ExportCache(dir, entries);
  }

  /** True when `file` (relative to the folder) exists as made from `hash`; it is then kept as is. */
  async reuse(file: string, hash: string): Promise<boolean> {
    const entry = this.previous[file];
    if (entry?.hash !== hash || !asWritten(entry, await stat(join(this.dir, file)).catch(() => null))) return false;
    this.next[file] = entry;
    return true;
  }

  /** The PDF `file` as an earlier build printed it: its unchanged pages need no printing. */
  earlierPdf(file: string): EarlierPdf | null {
    const entry = this.previous[file];
    if (!entry?.pages) return null;
    const path = join(this.dir, file);
    return {
      pages: entry.pages,
      async read() {
        // Through one handle: another build may put a new file in its place meanwhile.
        const handle = await open(path, 'r').catch(() => null);
        if (!handle) return null;
        try {
          return asWritten(entry, await handle.stat()) ? await handle.readFile() : null;
        } finally {
          await handle.close();
        }
      },
    };
  }

  /** Notes a file made now from `hash`, as it stands at `path` (a rename into place keeps size and time). */
  async record(file: string, hash: string, path: string, pages?: string[]): Promise<void> {
    const made = await stat(path);
    this.next[file] = { hash, size: made.size, mtimeMs: made.mtimeMs, ...(pages ? { pages } : {}) };
  }

  toJSON(): CacheRecord {
    return { version: VERSION, files: this.next };
  }
}

/** A file is as its cache entry recorded it when its size and time are: not edited, replaced or half-written since. */
function asWritten(entry: Entry, found: { size: number; mtimeMs: number } | null): boolean {
  return found !== null && found.size === entry.size && found.mtimeMs === entry.mtimeMs;
}
