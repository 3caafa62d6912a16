import { readFile, stat } from 'node:fs/promises';
import { RecapError } from '../errors.js';
import { buildConference, type BuildOptions } from '../model/buildConference.js';
import type { Conference } from '../model/types.js';
import { mergeNotes, type MergeOptions } from '../merge/mergeNotes.js';
import { parseNotes, type ParseOptions } from '../parse/parseNotes.js';

/**
 * Notes larger than this are refused, so that every input finishes in bounded time: Markdown parsing
 * time grows faster than the size on pathological input (256 KiB of it takes seconds, 1 MiB most of
 * a minute), while ordinary notes parse quickly (a 700 KB file of 1,000 talks in a few seconds).
 * The largest real notes we have seen are 65 KB; more can be split into files that make one recap.
 */
export const MAX_NOTES_BYTES = 1024 * 1024;

/** Reads, parses and models every notes file; several files make one merged conference. */
export async function loadConference(files: string[], options: MergeOptions & ParseOptions & BuildOptions = {}): Promise<Conference> {
  const conferences: Conference[] = [];
  for (const file of files) conferences.push(buildConference(parseNotes(await readNotes(file), file, options), { structure: options.structure }));
  return mergeNotes(conferences, options);
}

async function readNotes(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new RecapError('input', 'Cannot read notes from a folder, expected a Markdown file', { file });
    if (info.size > MAX_NOTES_BYTES) throw new RecapError('input', `Cannot read notes of ${info.size} bytes, expected at most ${MAX_NOTES_BYTES} (1 MiB): split them into several files`, { file });
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof RecapError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new RecapError('input', `Cannot read notes: ${reason}`, { file }, { cause: error });
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new RecapError('input', 'Cannot read notes in UTF-16, expected UTF-8: save the file as UTF-8', { file, line: 1 });
  }
  if (bytes.includes(0)) throw new RecapError('input', 'Cannot read notes with NUL bytes, expected a UTF-8 text file', { file, line: lineAt(bytes, bytes.indexOf(0)) });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RecapError('input', 'Cannot read notes that are not valid UTF-8, expected a UTF-8 text file', { file, line: lineAt(bytes, firstInvalidUtf8(bytes)) });
  }
  // Empty notes are far more likely a wrong path or an unsaved file than a wish for an empty deck.
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new RecapError('input', 'Cannot make decks from empty notes, expected some Markdown', { file });
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
