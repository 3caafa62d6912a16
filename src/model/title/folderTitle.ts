import { basename, dirname } from 'node:path';

/**
 * Notes kept one file a day or a section, in a folder named after the event with its year: `2022-euruko-helsinki/day-1.md`,
 * `devoxx-2022/_keynotes.md`, `pycon_2019/notes/friday.md`. Where the file's own name names no event, the folder does.
 */

/** Folders that hold notes of any event: the site's or the repository's own. */
const GENERIC_FOLDER =
  /^(?:_?posts|_?drafts|docs?|notes?|content|src|pages|site|blog|talks|sessions|days?|md|markdown|conferences?|events?)$/iu;

/** A year as a word of the folder's name, or glued after letters ("DIR2016"), never inside a longer number or word. */
const YEAR = /(?<!\p{N})(?:19[9]\d|20[0-3]\d)(?![\p{L}\p{N}])/u;

/** Folders looked at, nearest first: the file's own, and the one above it when that one is generic or a day. */
const FOLDERS_LOOKED_AT = 2;

/**
 * The name of the nearest folder that names an event with its year, or null. `skip` says which folder names say
 * nothing of the event (a day, a section): those are passed over, as generic ones are, up to FOLDERS_LOOKED_AT.
 */
export function folderTitle(file: string, skip: (name: string) => boolean): string | null {
  let folder = dirname(file);
  for (let looked = 0; looked < FOLDERS_LOOKED_AT; looked++) {
    const name = basename(folder);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: the root ('') and '.' hold no year and are their own parents, so the walk ends with null either way; the test only stops it early
    if (name === '' || name === '.') return null;
    if (YEAR.test(name)) return name;
    if (!GENERIC_FOLDER.test(name) && !skip(name)) return null;
    folder = dirname(folder);
  }
  return null;
}
