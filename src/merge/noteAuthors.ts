import { basename, extname } from 'node:path';
import type { Conference } from '../model/types.js';

/** Display names by the name the notes give (front matter author or file name), e.g. { "alice": "Alice Martin" }. */
export type DisplayNames = Record<string, string>;

/**
 * Who wrote one notes file: the front matter's `author`/`authors`, or else (in a team recap,
 * where every file needs a name) the file name: "carol.md" → "Carol". Display names from the
 * configuration replace either, matched without regard to case.
 */
export function noteAuthors(conference: Conference, displayNames: DisplayNames, useFileName: boolean): string[] {
  const stem = basename(conference.files[0] ?? '', extname(conference.files[0] ?? ''));
  const names = conference.authors.length > 0 || !useFileName ? conference.authors : [nameFromFile(stem)];
  const lookup = new Map(Object.entries(displayNames).map(([key, value]) => [key.trim().toLocaleLowerCase(), value]));
  const display = (name: string) => lookup.get(name.toLocaleLowerCase()) ?? (conference.authors.length === 0 ? lookup.get(stem.toLocaleLowerCase()) : undefined) ?? name;
  return [...new Set(names.map(display))];
}

/** "carol" → "Carol", "bob_stone-notes" → "Bob Stone Notes". */
function nameFromFile(stem: string): string {
  const words = stem.split(/[-_.\s]+/).filter(Boolean);
  return words.map((word) => word.charAt(0).toLocaleUpperCase() + word.slice(1)).join(' ') || 'Notes';
}
