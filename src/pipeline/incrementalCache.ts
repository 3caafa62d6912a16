import { lstat, open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { contentHash } from '../contentHash.js';
import type { KeptPages } from '../export/pdf/earlierPages.js';
import type { Format } from '../export/manifest.js';
import { packageVersion } from '../packageFiles.js';

/** The cache has a file of its own in the output folder, so manifest.json stays as documented. */
export const CACHE_FILE = '.recapdeck-cache.json';
/** Before 0.2 the cache was manifest.json's `cache` field: still read, so an upgrade neither rebuilds nor orphans those files. */
const LEGACY_MANIFEST = 'manifest.json';

/** A new recapdeck may render differently: its version is part of every hash. */
const VERSION = packageVersion();

/** .recapdeck-cache.json: every file the last build wrote into the folder, and what it was made from. */
export interface CacheRecord {
  version: string;
  files: Record<string, Entry>;
}

interface Entry {
  /** What the file was made from; empty for files always made again (index, manifest, images). */
  hash: string;
  size: number;
  mtimeMs: number;
  /** A PDF's pages: the hash of what each was printed from (see exportPdfs), so a rebuild can keep them. */
  pages?: string[];
}

/** One deck's output files: which formats must be made, and the hash each is made from. */
export interface DeckFiles {
  make: Set<Format>;
  hashes: Record<Format, string>;
}

/** What a deck's files are made from: its Markdown, its hash (Markdown and themes), and what else changes its HTML or PDF. */
export interface DeckSource {
  file: string;
  markdown: string;
  hash: string;
  /** The PDF's metadata, bookmarks and notes, as JSON. */
  pdfInfo: string;
  /** The PPTX's metadata and notes, as JSON. */
  pptxInfo: string;
  /** --allow-remote changes the HTML's policy and what the printed page may load. */
  allowRemote: boolean;
}

/**
 * The incremental layer: decides which output files a build makes (`plan`), and which pages of a
 * deck's earlier PDF the printer may keep (`keptPages`). It remembers, per output file, the hash of
 * what it was made from, and its size and time as written. A file is reused only when both still
 * match: a file edited, replaced or half-renamed by a failed run is made again. The same record
 * says which files recapdeck owns: only those, and only while unchanged, may a later build replace
 * or remove.
 */
export class IncrementalCache {
  private readonly next: Record<string, Entry> = {};

  private constructor(
    private readonly dir: string,
    /** What the last build wrote, whatever recapdeck version wrote it. */
    private readonly previous: Record<string, Entry>,
    /** Whether its hashes can be trusted for reuse: made by this version of recapdeck. */
    private readonly reusable: boolean,
  ) {}

  static async load(dir: string): Promise<IncrementalCache> {
    const own = await readJson<Partial<CacheRecord>>(join(dir, CACHE_FILE));
    if (isObject(own?.files)) return new IncrementalCache(dir, own.files, own.version === VERSION);
    const legacy = (await readJson<{ cache?: Partial<CacheRecord> }>(join(dir, LEGACY_MANIFEST)))?.cache;
    const legacyFiles = legacy?.files;
    if (!isObject(legacyFiles)) return new IncrementalCache(dir, {}, false);
    // The legacy cache listed the decks only; its index and manifest were recapdeck's too.
    const files = { ...legacyFiles };
    for (const file of ['index.html', LEGACY_MANIFEST]) {
      const found = await stat(join(dir, file)).catch(() => null);
      if (found) files[file] = { hash: '', size: found.size, mtimeMs: found.mtimeMs };
    }
    return new IncrementalCache(dir, files, legacy?.version === VERSION);
  }

  /** True when the folder had a record of an earlier build: its files are recapdeck's. */
  get hasEarlierBuild(): boolean {
    return Object.keys(this.previous).length > 0;
  }

  /** The files the last build wrote, relative to the folder. */
  earlierFiles(): string[] {
    return Object.keys(this.previous);
  }

  /** True when `file` is one the last build wrote and it is still as written: a regular file, same size and time. */
  async owns(file: string): Promise<boolean> {
    // Its own bookkeeping, read when the build began, is always replaced.
    if (file === CACHE_FILE) return true;
    const entry = this.previous[file];
    if (!entry) return false;
    const found = await lstat(join(this.dir, file)).catch(() => null);
    return found !== null && found.isFile() && asWritten(entry, found);
  }

  /** Which of a deck's files in `formats` must be made; the others are kept as they are. */
  async plan(deck: DeckSource, formats: Format[]): Promise<DeckFiles> {
    const remote = deck.allowRemote ? 'remote' : 'inline';
    const hashes: Record<Format, string> = {
      md: contentHash('md', deck.markdown),
      html: contentHash('html', deck.hash, remote, 'embedded fonts'),
      pdf: contentHash('pdf', deck.hash, remote, deck.pdfInfo),
      pptx: contentHash('pptx', deck.hash, remote, deck.pptxInfo),
    };
    const make = new Set<Format>();
    for (const format of formats) if (!(await this.reuse(`${deck.file}.${format}`, hashes[format]))) make.add(format);
    return { make, hashes };
  }

  /** True when `file` (relative to the folder) exists as made from `hash`; it is then kept as is. */
  async reuse(file: string, hash: string): Promise<boolean> {
    const entry = this.previous[file];
    if (
      !this.reusable ||
      !entry?.hash ||
      entry.hash !== hash ||
      !asWritten(entry, await stat(join(this.dir, file)).catch(() => null))
    )
      return false;
    this.next[file] = entry;
    return true;
  }

  /** The PDF `file` as an earlier build printed it: its unchanged pages need no printing. */
  keptPages(file: string): KeptPages | null {
    const entry = this.previous[file];
    if (!this.reusable || !entry?.pages) return null;
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

  /** Notes a file made now (from `hash`, empty for one always made again), as it stands at `path`: a rename into place keeps size and time. */
  async record(file: string, hash: string, path: string, pages?: string[]): Promise<void> {
    const made = await stat(path);
    this.next[file] = { hash, size: made.size, mtimeMs: made.mtimeMs, ...(pages ? { pages } : {}) };
  }

  toJSON(): CacheRecord {
    return { version: VERSION, files: this.next };
  }
}

function isObject(value: unknown): value is Record<string, Entry> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readJson<T>(path: string): Promise<T | null> {
  const text = await readFile(path, 'utf8').catch(() => null);
  try {
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    // A damaged cache only costs a full build; its files are then treated as not recapdeck's.
    return null;
  }
}

/** A file is as its cache entry recorded it when its size and time are: not edited, replaced or half-written since. */
function asWritten(entry: Entry, found: { size: number; mtimeMs: number } | null): boolean {
  return found !== null && found.size === entry.size && found.mtimeMs === entry.mtimeMs;
}
