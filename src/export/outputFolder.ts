import { readdir, realpath } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { RecapError } from '../errors.js';
import type { Warning } from '../model/types.js';
import { isInside } from '../pathInside.js';

/** Folders a build writes into, inside its output folder: any of them may be a link elsewhere. */
const WRITTEN_DIRS = ['', 'sessions', 'days', 'images'];

/**
 * Checks the output folder before anything is written. A folder that holds (through links too) any
 * of the notes being read is refused: a build must never replace or remove its own input. A folder
 * with files but no record of an earlier build is written into with a warning: it is someone's.
 */
export async function checkOutputFolder(
  dir: string,
  notesFiles: string[],
  hasEarlierBuild: boolean,
): Promise<Warning[]> {
  const folders = (await Promise.all(WRITTEN_DIRS.map((sub) => realpath(join(dir, sub)).catch(() => null)))).filter(
    (folder) => folder !== null,
  );
  for (const notes of notesFiles) {
    const real = await realpath(notes).catch(() => null);
    if (real && folders.some((folder) => isInside(real, folder))) {
      throw new RecapError(
        'usage',
        `Cannot write into \`${shown(dir)}\`: it holds the notes \`${shown(notes)}\` being read; choose another folder with --out`,
      );
    }
  }
  if (hasEarlierBuild) return [];
  const entries = (await readdir(dir).catch(() => [] as string[])).filter(
    (entry) => !entry.startsWith('.recapdeck-tmp-'),
  );
  if (entries.length === 0) return [];
  const message =
    'Writing into a folder with files that recapdeck did not write: none is removed, and one in the way is kept as NAME.edited-<time>';
  return [{ file: shown(dir), line: null, message }];
}

function shown(path: string): string {
  return relative(process.cwd(), path) || '.';
}
