import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative } from 'node:path';
import { RecapError } from '../errors.js';
import { isInside } from '../pathInside.js';

/** What the earlier build in the target wrote (see ExportCache): only its files, as written, are replaced or removed. */
export interface EarlierBuild {
  owns(file: string): Promise<boolean>;
  earlierFiles(): string[];
}

/**
 * A build writes into a staging folder next to its target and then renames each file into place,
 * so a failed or interrupted run never leaves a half-written file at a final path.
 */
export class StagedOutput {
  readonly staging: string;
  private readonly written = new Set<string>();

  private constructor(
    readonly target: string,
    staging: string,
  ) {
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

  /** Whether `file` was written into the staging folder by this build. */
  has(file: string): boolean {
    return this.written.has(file);
  }

  async write(file: string, content: string | Uint8Array): Promise<void> {
    const path = this.path(file);
    await wrapFs(
      async () => {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, content);
      },
      join(this.target, file),
    );
    this.written.add(file);
  }

  /**
   * Moves the given files into the target. A file in the way that the earlier build did not write,
   * or that was changed since, is kept beside under a new name (`recap.edited-20261206-101500.md`).
   * Then the files the earlier build wrote and this one did not are removed, but only while they are
   * as written: anything else is left. Returns a line for each file kept or left.
   */
  async commit(files: string[], earlier: EarlierBuild): Promise<string[]> {
    const notices: string[] = [];
    const stamp = timeStamp(new Date());
    for (const file of files) {
      if (!this.written.has(file)) continue;
      const destination = join(this.target, file);
      if (!(await earlier.owns(file)) && !(await sameBytes(destination, this.path(file)))) {
        const aside = await keepAside(destination, stamp);
        if (aside)
          notices.push(
            `Kept \`${file}\`, which recapdeck did not write or which was edited since, as \`${relative(this.target, aside)}\``,
          );
      }
      await wrapFs(async () => {
        await mkdir(dirname(destination), { recursive: true });
        await rename(this.path(file), destination);
      }, destination);
    }
    const now = new Set(files);
    for (const file of earlier.earlierFiles()) {
      const path = join(this.target, file);
      if (now.has(file) || !isInside(path, this.target)) continue;
      if (await earlier.owns(file)) await rm(path, { force: true });
      else if (await exists(path))
        notices.push(`Left \`${file}\` in place: an earlier build wrote it, and it was changed since`);
    }
    return notices;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.discard();
  }

  async discard(): Promise<void> {
    // Retries: an export that failed midway may still be finishing a write into the folder.
    await rm(this.staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  }
}

/** `20261206-101500`, local time: sorts, and reads at a glance. */
function timeStamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}-${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`;
}

/** Renames the file at `path` to a free `name.edited-<stamp>[-N].ext` beside it; null when there is no file there. */
async function keepAside(path: string, stamp: string): Promise<string | null> {
  if (!(await exists(path))) return null;
  const extension = extname(path);
  const stem = join(dirname(path), basename(path, extension));
  for (let attempt = 1; ; attempt++) {
    const aside = `${stem}.edited-${stamp}${attempt > 1 ? `-${attempt}` : ''}${extension}`;
    if (await exists(aside)) continue;
    await wrapFs(() => rename(path, aside), aside);
    return aside;
  }
}

async function exists(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => null)) !== null;
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([readFile(a).catch(() => null), readFile(b).catch(() => null)]);
  return left !== null && right !== null && left.equals(right);
}

async function wrapFs<T>(task: () => Promise<T>, path: string): Promise<T> {
  try {
    return await task();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const reasons: Record<string, string> = {
      EACCES: 'permission denied',
      EROFS: 'read-only file system',
      ENOSPC: 'no space left on device',
      ENOTDIR: 'a parent is a file, not a folder',
      EEXIST: 'a file is in the way',
      EISDIR: 'a folder is in the way',
    };
    throw new RecapError(
      'export',
      `Cannot write \`${relative(process.cwd(), path) || path}\`: ${reasons[code] ?? code}`,
      {},
      { cause: error },
    );
  }
}
