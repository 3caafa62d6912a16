/**
 * More `*`/`_` runs than this in one paragraph are refused: the Markdown parser pairs emphasis
 * markers in time that grows with their square (10,000 runs take seconds, 40,000 minutes),
 * and no paragraph a person writes has more than a few dozen.
 */
export const MAX_EMPHASIS_RUNS = 2000;

/** Where a new block starts: a heading, a list item or a block quote (each is parsed on its own). */
const BLOCK_START = /^[ \t]*(?:#{1,6}(?:[ \t]|$)|[-+*][ \t]|\d{1,9}[.)][ \t]|>)/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const MARKER_RUNS = /\*+|_+/g;

/**
 * Pure: the first line of a paragraph with more than MAX_EMPHASIS_RUNS emphasis marker runs, or
 * null. Code fences are skipped (markers there are text to the parser); a list or quote marker
 * opening a line is not counted.
 */
export function tooManyEmphasisMarkers(text: string): { line: number; runs: number } | null {
  let fence: string | null = null;
  let start = 0;
  let runs = 0;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const content = lines[index]!;
    const opening = FENCE.exec(content)?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = null;
      continue;
    }
    if (opening) {
      fence = opening;
      runs = 0;
      continue;
    }
    if (content.trim() === '') {
      start = index + 1;
      runs = 0;
      continue;
    }
    if (BLOCK_START.test(content)) {
      start = index;
      runs = 0;
    }
    // Stryker disable next-line StringLiteral: any replacement without * or _ counts the same
    runs += (content.replace(BLOCK_START, '').match(MARKER_RUNS) ?? []).length;
    if (runs > MAX_EMPHASIS_RUNS) return { line: start + 1, runs };
  }
  return null;
}
