/**
 * More lines than any notes a person writes (the largest real notes we have seen have 900; a
 * generated 1,000-talk conference has 16,000). Parsing costs time and memory per line, whatever
 * the size limit allows: 1 MiB of `- a` lines took minutes and gigabytes.
 */
export const MAX_LINES = 20_000;

/** Pure: the first line past MAX_LINES, or null when the text has at most that many. */
export function tooManyLines(text: string): number | null {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < text.length - 1; at = text.indexOf('\n', at + 1)) {
    if (++lines > MAX_LINES) return lines;
  }
  return null;
}
