import { readFile, stat } from 'node:fs/promises';
import { RecapError } from '../errors.js';
import { buildConference, type BuildOptions } from '../model/buildConference.js';
import { checkTalkCount } from '../model/workBounds.js';
import type { Conference } from '../model/types.js';
import { mergeNotes, type MergeOptions } from '../merge/mergeNotes.js';
import { parseNotes } from '../parse/parseNotes.js';
import type { ParseOptions } from '../parse/parseOptions.js';
import { gitAuthor } from './gitAuthor.js';

/**
 * Notes larger than this are refused, so that every input finishes in bounded time: Markdown parsing
 * time grows faster than the size on pathological input (256 KiB of it takes seconds, 1 MiB most of
 * a minute), while ordinary notes parse quickly (a 700 KB file of 1,000 talks in a few seconds).
 * The largest real notes we have seen are 65 KB; more can be split into files that make one recap.
 */
export const MAX_NOTES_BYTES = 1024 * 1024;

/** What messages call the notes of the file `-` (stdin). */
export const STDIN_NAME = '<stdin>';

export interface LoadOptions extends MergeOptions, ParseOptions, BuildOptions {
  /** The notes of the file `-`, read from stdin by the CLI. */
  stdin?: string | Uint8Array | undefined;
}

/** Reads, parses and models every notes file; several files make one merged conference. */
export async function loadConference(files: string[], options: LoadOptions = {}): Promise<Conference> {
  const conferences: Conference[] = [];
  for (const file of files) {
    const name = file === '-' ? STDIN_NAME : file;
    const bytes = file === '-' ? stdinBytes(options.stdin) : await readNotes(file);
    conferences.push(
      buildConference(parseNotes(checkNotes(bytes, name), name, options), { structure: options.structure }),
    );
  }
  // Each file was checked alone; together they may hold more talks than a recap can.
  checkTalkCount(conferences);
  if (conferences.length > 1) await addGitAuthors(conferences);
  return mergeNotes(conferences, options);
}

/** In a team recap, notes whose front matter names no author are by the file's last git author, when there is one. */
async function addGitAuthors(conferences: Conference[]): Promise<void> {
  await Promise.all(
    conferences.map(async (conference) => {
      const file = conference.files[0]!;
      if (conference.authors.length > 0 || file === STDIN_NAME) return;
      const author = await gitAuthor(file);
      if (author !== null) conference.authors = [author];
    }),
  );
}

/** One notes file's text (`-`: stdin), checked as loadConference checks it. */
export async function readNotesText(file: string, stdin?: LoadOptions['stdin']): Promise<string> {
  const name = file === '-' ? STDIN_NAME : file;
  return checkNotes(file === '-' ? stdinBytes(stdin) : await readNotes(file), name);
}

function stdinBytes(stdin: LoadOptions['stdin']): Buffer {
  if (stdin === undefined)
    throw new RecapError('input', 'Cannot read notes from stdin here, expected a file name', { file: STDIN_NAME });
  return Buffer.from(stdin);
}

async function readNotes(file: string): Promise<Buffer> {
  try {
    const info = await stat(file);
    if (info.isDirectory())
      throw new RecapError('input', 'Cannot read notes from a folder, expected a Markdown file', { file });
    tooLarge(info.size, file);
    return await readFile(file);
  } catch (error) {
    if (error instanceof RecapError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new RecapError('input', `Cannot read notes: ${reason}`, { file }, { cause: error });
  }
}

function tooLarge(size: number, file: string): void {
  if (size > MAX_NOTES_BYTES)
    throw new RecapError(
      'input',
      `Cannot read notes of ${size} bytes, expected at most ${MAX_NOTES_BYTES} (1 MiB): split them into several files`,
      { file },
    );
}

/** The notes' bytes as text, or why they are not notes. */
function checkNotes(bytes: Buffer, file: string): string {
  tooLarge(bytes.length, file);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new RecapError('input', 'Cannot read notes in UTF-16, expected UTF-8: save the file as UTF-8', {
      file,
      line: 1,
    });
  }
  if (bytes.includes(0))
    throw new RecapError('input', 'Cannot read notes with NUL bytes, expected a UTF-8 text file', {
      file,
      line: lineAt(bytes, bytes.indexOf(0)),
    });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RecapError('input', 'Cannot read notes that are not valid UTF-8, expected a UTF-8 text file', {
      file,
      line: lineAt(bytes, firstInvalidUtf8(bytes)),
    });
  }
  // Empty notes are far more likely a wrong path or an unsaved file than a wish for an empty deck.
  if (text.replace(/^\uFEFF/, '').trim() === '')
    throw new RecapError('input', 'Cannot make decks from empty notes, expected some Markdown', { file });
  return text;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence, found by decoding ever longer prefixes. */
function firstInvalidUtf8(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  // Binary search on the longest prefix that decodes (with stream: true, a cut in the middle of a sequence is not an error).
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return low;
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return line;
}
