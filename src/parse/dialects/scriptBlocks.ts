import type { Dialect } from './types.js';

/** `<script ...>` or `<style ...>`: what a blog page runs or how it looks, never notes. */
const OPENING = /<(script|style)\b[^>]*>/i;

/**
 * `<script>…</script>` and `<style>…</style>`, on one line or many: dropped with a warning. Inside
 * an HTML block CommonMark ends them at a blank line, so the rest of the code would be read as
 * paragraphs and shown on a slide; kept whole, the code would fill the speaker notes.
 */
export const scriptBlocks: Dialect = {
  // Stryker disable next-line StringLiteral: the name shows only in the error for a dialect that changes its line count
  name: 'script and style blocks',
  normalize: (lines, { code, repairs }) => {
    const out = [...lines];
    for (let index = 0; index < out.length; index++) {
      if (code[index]) continue;
      let line = out[index]!;
      let kept = '';
      for (;;) {
        const open = OPENING.exec(line);
        // A tag never closed, or in a code span, is text: dropping the rest of the notes for it would lose them.
        if (!open || insideCodeSpan(kept + line.slice(0, open.index))) break;
        const tag = open[1]!.toLowerCase();
        const close = findClose(tag, out, code, index, open.index + open[0].length);
        if (!close) break;
        repairs.push({ line: index + 1, message: `Dropped a \`<${tag}>\` element` });
        kept += line.slice(0, open.index);
        if (close.line === index) {
          line = line.slice(close.end);
          continue;
        }
        // Every line keeps its number: the ones inside the block become blank.
        out[index] = blankIfEmpty(kept, lines[index]!);
        for (let inner = index + 1; inner < close.line; inner++) out[inner] = '';
        index = close.line;
        line = out[index]!.slice(close.end);
        kept = '';
      }
      out[index] = blankIfEmpty(kept + line, lines[index]!);
    }
    return out;
  },
};

/** Where `</tag>` ends, at or after `from` on line `start`, before any fenced code. */
function findClose(
  tag: string,
  lines: readonly string[],
  code: readonly boolean[],
  start: number,
  from: number,
): { line: number; end: number } | null {
  const closing = new RegExp(`</${tag}\\s*>`, 'i');
  for (let index = start; index < lines.length; index++) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the line a search starts on is never fenced code (the caller skips those)
    if (index > start && code[index]) return null;
    const offset = index === start ? from : 0;
    const match = closing.exec(lines[index]!.slice(offset));
    if (match) return { line: index, end: offset + match.index + match[0].length };
  }
  return null;
}

/** Nothing but spaces left where a block was taken out: an empty line, which ends a paragraph or HTML block as a blank line would. */
function blankIfEmpty(kept: string, written: string): string {
  return kept.trim() === '' && kept !== written ? '' : kept;
}

/** An odd number of backticks before the tag opens a code span around it. */
function insideCodeSpan(before: string): boolean {
  return (before.match(/`/g) ?? []).length % 2 === 1;
}
