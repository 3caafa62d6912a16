import { basename, extname } from 'node:path';
import type { Conference } from '../model/types.js';
import { nameFromFileName } from './nameFromFileName.js';

/** Display names by the name the notes give (front matter author or file name), e.g. { "alice": "Alice Martin" }. */
export type DisplayNames = Record<string, string>;

/**
 * Who wrote one notes file: the front matter's `author`/`authors` (or, as loading notes fills
 * them in, the file's last git author), or else (in a team recap, where each file wants a name)
 * the file name when it reads as a person's: "carol.md" → "Carol", never "04-kubecon-day2.md".
 * Display names from the configuration replace either, matched without regard to case; they
 * also name a file by its file name whatever it reads as.
 */
export function noteAuthors(conference: Conference, displayNames: DisplayNames, useFileName: boolean): string[] {
  const stem = basename(conference.files[0] ?? '', extname(conference.files[0] ?? ''));
  const lookup = new Map(Object.entries(displayNames).map(([key, value]) => [key.trim().toLocaleLowerCase(), value]));
  if (conference.authors.length === 0) {
    if (!useFileName) return [];
    const byFile = lookup.get(stem.toLocaleLowerCase()) ?? nameFromFileName(stem);
    return byFile === null ? [] : [lookup.get(byFile.toLocaleLowerCase()) ?? byFile];
  }
  return [...new Set(conference.authors.map((name) => lookup.get(name.toLocaleLowerCase()) ?? name))];
}
