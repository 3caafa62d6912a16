import { basename, extname } from 'node:path';

/** ISO yyyy-mm-dd from a TOML/YAML date, a date-time or a date string; null when there is none. */
export function dateField(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    const match = /^\d{4}-\d{2}-\d{2}/.exec(value.trim());
    if (match) return match[0];
  }
  // smol-toml returns its own TomlDate (a Date subclass); anything else with toISOString works alike.
  if (value && typeof (value as Date).toISOString === 'function')
    return dateField(new Date((value as Date).toISOString()));
  return null;
}

/** `author = "A"`, `authors = ["A", "B"]`, `author: { name: A }`: names in order, without duplicates. */
export function authorsField(data: Record<string, unknown>): string[] {
  const names: string[] = [];
  for (const value of [data.author, data.authors]) {
    for (const entry of Array.isArray(value) ? value : [value]) {
      const name =
        typeof entry === 'string'
          ? entry
          : typeof (entry as { name?: unknown })?.name === 'string'
            ? (entry as { name: string }).name
            : null;
      if (name?.trim() && !names.includes(name.trim())) names.push(name.trim());
    }
  }
  return names;
}

export function stringField(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The title of notes whose file name has no words. */
export const NO_NAME_TITLE = 'Conference notes';

/** A leading date in a file name, "2015-" or "2019-09-06-" (a blog post's), before the name: its year is the edition's. */
const LEADING_DATE = /^((?:19|20)\d\d)[-_ ]+(?:\d{1,2}[-_ ]+){0,2}(?=\D)/;

/** "04-kubecon-eu_2021.md" → "kubecon eu 2021", "2015-scaladays.md" → "scaladays 2015": the last resort for a title. */
export function titleFromFileName(file: string): string {
  const name = basename(file, extname(file));
  const year = LEADING_DATE.exec(name)?.[1];
  // A leading number orders files in a folder ("04-day2.md"); it is not part of the name. A leading year is, after it.
  const words = (year ? `${name.replace(LEADING_DATE, '')} ${year}` : name.replace(/^\d+[-_ ]+(?=\D)/, ''))
    .replace(/[-_]+/g, ' ')
    .trim();
  return words || NO_NAME_TITLE;
}
