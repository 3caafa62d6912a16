import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = join(import.meta.dirname, '../fixtures/corpus');

/** The notes files of the corpus in number order: 99 before 100 (a plain sort puts "100-" between 10 and 12). */
export const corpusNotesIn = (dir = CORPUS_DIR): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
