import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { RecapError } from '../errors.js';

/** The notes file name that means stdin. */
export const STDIN = '-';

/** Characters that make an argument a glob pattern (when no file has that very name). */
const GLOB_CHARS = /[*?[\]{}]/;

/**
 * The notes files the command line names, as marp-cli's `-I` and shells do: a folder is its `*.md`
 * files (sorted by name), a glob the shell did not expand (quoted, or on Windows) is expanded here
 * (sorted), `-` stays as it is (stdin), any other argument is a file. A file named twice counts once.
 */
export async function expandInputs(args: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    for (const file of await expand(arg)) if (!files.includes(file)) files.push(file);
  }
  return files;
}

async function expand(arg: string): Promise<string[]> {
  if (arg === STDIN) return [arg];
  const info = await stat(arg).catch(() => null);
  if (info?.isDirectory()) {
    const entries = await readdir(arg, { withFileTypes: true });
    const notes = entries
      .filter((entry) => entry.isFile() && /\.md$/i.test(entry.name))
      .map((entry) => join(arg, entry.name))
      .sort();
    if (notes.length === 0)
      throw new RecapError('input', 'Cannot find notes in this folder, expected .md files', { file: arg });
    return notes;
  }
  if (info || !GLOB_CHARS.test(arg)) return [arg];
  const matches = (await glob([arg], { onlyFiles: true, expandDirectories: false })).sort();
  if (matches.length === 0)
    throw new RecapError('input', `Cannot find notes matching \`${arg}\`, expected the pattern to match .md files`);
  return matches;
}

/** All of stdin, as the notes of the file `-` (bytes: they are checked as a file's are). */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
