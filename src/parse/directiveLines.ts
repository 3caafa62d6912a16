/** `@key value`: a directive line of a talk's header (`@title …`, `@author …`). */
const DIRECTIVE = /^@([a-z]{3,12})[ \t]+(\S.*)$/i;

/** The keys a talk's header writes; any other `@word` line is the notes' own (a handle, a decorator). */
const DIRECTIVE_KEYS = new Set(['title', 'subtitle', 'topic', 'author', 'authors', 'speaker', 'date', 'event', 'tags']);

/** A header names what it is about: without a title, `@author` lines are notes. */
const REQUIRED_KEY = 'title';

/**
 * Directive lines (`@title What we talk about…`, `@subtitle …`, `@author Jane Roe`, up to the first blank line) at
 * the very top of notes without front matter: a talk's header, as slide tools write it. Its fields and how many lines
 * it takes, or null. Every line must be a known directive, each key once, and `@title` among them.
 */
export function readDirectiveLines(lines: readonly string[]): { data: Record<string, unknown>; count: number } | null {
  const data: Record<string, unknown> = {};
  let count = 0;
  for (; count < lines.length && lines[count]!.trim() !== ''; count++) {
    const directive = DIRECTIVE.exec(lines[count]!.trim());
    const key = directive?.[1]!.toLowerCase();
    // Stryker disable next-line ConditionalExpression: a line that is no directive has no key, which the next test refuses too
    if (key === undefined) return null;
    if (!DIRECTIVE_KEYS.has(key) || key in data) return null;
    // Stryker disable next-line MethodExpression: the line is trimmed and the value opens with a non-space
    data[key] = directive![2]!.trim();
  }
  return REQUIRED_KEY in data ? { data, count } : null;
}
