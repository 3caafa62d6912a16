/** `Key: value`; a MultiMarkdown key may hold spaces ("Base Header Level"). */
const FIELD = /^([A-Za-z][\w -]{0,30}?)[ \t]*:(?:[ \t]+(.*))?$/;
/** An indented line goes on with the value above (MultiMarkdown). */
const CONTINUATION = /^(?: {2,}|\t)\S/;

/**
 * Pelican and MultiMarkdown header keys. Only these: "Speaker: Jane Roe" or "Note: ..." at the
 * top of a file are the notes' own words, which front matter would hide from the slides.
 */
const KNOWN_KEYS = new Set([
  'title',
  'subtitle',
  'date',
  'modified',
  'author',
  'authors',
  'category',
  'categories',
  'tags',
  'keywords',
  'slug',
  'summary',
  'lang',
  'status',
  'translation',
  'template',
  'save_as',
  'url',
]);
/** At least one of these says the block is about the page, not a line of notes. */
const PAGE_KEYS = ['title', 'date', 'author', 'authors'];
/** Values that are lists in Pelican. */
const LIST_KEYS = new Set(['authors', 'tags', 'keywords', 'categories']);

/**
 * Pelican or MultiMarkdown metadata (`Title: …`, `Date: …`, `Author: …`, up to the first blank line)
 * at the very top of notes without front matter: its fields and how many lines it takes, or null.
 */
export function readMetadataLines(lines: readonly string[]): { data: Record<string, unknown>; count: number } | null {
  const data: Record<string, unknown> = {};
  let key: string | null = null;
  let count = 0;
  for (; count < lines.length && lines[count]!.trim() !== ''; count++) {
    const line = lines[count]!;
    if (key !== null && CONTINUATION.test(line)) {
      data[key] = `${data[key] as string} ${line.trim()}`;
      continue;
    }
    const field = FIELD.exec(line.trimEnd());
    // Stryker disable next-line MethodExpression: the lazy key group leaves spaces before the colon to `[ \t]*`
    key = field ? field[1]!.trim().toLowerCase() : null;
    // Stryker disable next-line ConditionalExpression: no known key is null
    if (key === null || !KNOWN_KEYS.has(key) || key in data) return null;
    // Stryker disable next-line MethodExpression: the value follows `[ \t]+` on a line trimmed at its end
    data[key] = (field![2] ?? '').trim();
  }
  if (!PAGE_KEYS.some((name) => name in data)) return null;
  for (const name of LIST_KEYS)
    if (typeof data[name] === 'string')
      data[name] = (data[name] as string)
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
  return { data, count };
}
