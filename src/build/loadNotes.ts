import { readFile, stat } from 'node:fs/promises';
import { RecapError } from '../errors.js';
import { buildConference } from '../model/buildConference.js';
import type { Conference } from '../model/types.js';
import { mergeNotes, type MergeOptions } from '../merge/mergeNotes.js';
import { parseNotes } from '../parse/parseNotes.js';

/** Notes larger than this are refused rather than risk a run that never ends. */
export const MAX_NOTES_BYTES = 20 * 1024 * 1024;

/** Reads, parses and models every notes file; several files make one merged conference. */
export async function loadConference(files: string[], options: MergeOptions = {}): Promise<Conference> {
  const conferences: Conference[] = [];
  for (const file of files) conferences.push(buildConference(parseNotes(await readNotes(file), file)));
  return mergeNotes(conferences, options);
}

async function readNotes(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new RecapError('input', 'Cannot read notes from a folder, expected a Markdown file', { file });
    if (info.size > MAX_NOTES_BYTES) throw new RecapError('input', `Cannot read notes of ${info.size} bytes, expected at most ${MAX_NOTES_BYTES}`, { file });
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof RecapError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new RecapError('input', `Cannot read notes: ${reason}`, { file }, { cause: error });
  }
  if (bytes.includes(0)) throw new RecapError('input', 'Cannot read notes with NUL bytes, expected a UTF-8 text file', { file, line: lineAt(bytes, bytes.indexOf(0)) });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RecapError('input', 'Cannot read notes that are not valid UTF-8, expected a UTF-8 text file', { file });
  }
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return line;
}
