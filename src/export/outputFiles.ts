import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { RecapError } from '../errors.js';

/** Names a build gives: decks (`03-talk.md`) and copied images (`photo-0123456789.png`); nothing else is ever removed. */
const OUTPUT_NAME = /^\d{2,}-.*\.(?:md|html|pdf)$|^[a-z0-9-]+-[0-9a-f]{10}\.(?:png|jpe?g|gif|webp|avif|svg)$/;

/**
 * A build writes into a staging folder next to its target and then renames each file into place,
 * so a failed or interrupted run never leaves a half-written file at a final path.
 */
export class StagedOutput {
  readonly staging: string;
  private readonly written = new Set<string>();

  private constructor(readonly target: string, staging: string) {
    this.staging = staging;
  }

  static async open(target: string): Promise<StagedOutput> {
    const parent = dirname(target);
    await wrapFs(() => mkdir(parent, { recursive: true }), parent);
    const staging = join(parent, `.recapdeck-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    await wrapFs(() => mkdir(staging, { recursive: true }), staging);
    return new StagedOutput(target, staging);
  }

  /** Absolute staging path of an output file given relative to the target. */
  path(file: string): string {
    return join(this.staging, file);
  }

  async write(file: string, content: string | Uint8Array): Promise<void> {
    const path = this.path(file);
    await wrapFs(async () => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    }, join(this.target, file));
    this.written.add(file);
  }

  /** Marks a file another tool wrote into the staging folder as part of the output. */
  adopt(file: string): void {
    this.written.add(file);
  }

  /** Moves the given files into the target; files of earlier builds in `staleDirs` that are not among them go. */
  async commit(files: string[], staleDirs: string[]): Promise<void> {
    for (const file of files) {
      if (!this.written.has(file)) continue;
      const destination = join(this.target, file);
      await wrapFs(async () => {
        await mkdir(dirname(destination), { recursive: true });
        await rename(this.path(file), destination);
      }, destination);
    }
    const keep = new Set(files.map((file) => join(this.target, file)));
    for (const dir of staleDirs) {
      const folder = join(this.target, dir);
      const entries = await readdir(folder).catch(() => [] as string[]);
      for (const entry of entries) {
        const path = join(folder, entry);
        if (!keep.has(path) && OUTPUT_NAME.test(entry)) await rm(path, { force: true });
      }
    }
  }

  async discard(): Promise<void> {
    // Retries: an export that failed midway may still be finishing a write into the folder.
    await rm(this.staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  }
}

async function wrapFs<T>(task: () => Promise<T>, path: string): Promise<T> {
  try {
    injectedFault(path);
    return await task();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const reasons: Record<string, string> = { EACCES: 'permission denied', EROFS: 'read-only file system', ENOSPC: 'no space left on device', ENOTDIR: 'a parent is a file, not a folder', EEXIST: 'a file is in the way', EISDIR: 'a folder is in the way' };
    throw new RecapError('export', `Cannot write \`${relative(process.cwd(), path) || path}\`: ${reasons[code] ?? code}`, {}, { cause: error });
  }
}

/**
 * For tests only: `RECAPDECK_TEST_WRITE_FAULT=ENOSPC:recap.pdf` makes writing any output path that
 * ends in `recap.pdf` fail with ENOSPC, as a full disk would (tests run as root, where a read-only
 * folder is still writable, and cannot count on mounting a tiny file system).
 */
function injectedFault(path: string): void {
  const fault = process.env.RECAPDECK_TEST_WRITE_FAULT;
  if (!fault) return;
  const [code, suffix] = [fault.slice(0, fault.indexOf(':')), fault.slice(fault.indexOf(':') + 1)];
  if (suffix && path.endsWith(suffix)) throw Object.assign(new Error(`${code}: injected by RECAPDECK_TEST_WRITE_FAULT`), { code });
}
