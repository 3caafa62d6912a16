import type { SourceRepair } from '../repairSource.js';

/**
 * One note tool's markup rewritten into the CommonMark the model reads. It gets the body's lines
 * (code fence lines marked) and returns as many lines, so every later line keeps its number.
 */
export interface Dialect {
  name: string;
  normalize(lines: readonly string[], context: DialectContext): string[];
}

export interface DialectContext {
  /** True for the lines of fenced code blocks, fences included: dialects leave them alone. */
  code: readonly boolean[];
  /** What was dropped is reported to the author; `line` is 1-based. */
  repairs: SourceRepair[];
}

/** Applies `rewrite` to the parts of a line outside inline code spans, which are shown as written. */
export function outsideCodeSpans(line: string, rewrite: (text: string) => string): string {
  if (!line.includes('`')) return rewrite(line);
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, index) => (index % 2 === 1 ? part : rewrite(part)))
    .join('');
}

/** A line's text cut for a message. */
export function shortened(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 37)}...` : line;
}
