import { shortened, type Dialect } from './types.js';

/**
 * `<!-- ... -->`, on one line or many: notes to the author's tool or self, never shown. Without this
 * a block comment would reach the speaker notes as HTML.
 */
export const htmlComments: Dialect = {
  // Stryker disable next-line StringLiteral: the name shows only in the error for a dialect that changes its line count
  name: 'HTML comments',
  normalize: (lines, { code, repairs }) => {
    const out = [...lines];
    let open: number | null = null;
    for (let index = 0; index < out.length; index++) {
      if (code[index] && open === null) continue;
      let line = out[index]!;
      let kept = '';
      for (;;) {
        if (open !== null) {
          const end = line.indexOf('-->');
          if (end < 0) {
            // Stryker disable next-line StringLiteral: the line is not read again after the break; only `kept` is written
            line = '';
            break;
          }
          line = line.slice(end + 3);
          open = null;
          continue;
        }
        const start = line.indexOf('<!--');
        // A comment never closed is text: dropping the rest of the notes for it would lose them.
        if (
          start < 0 ||
          insideCodeSpan(kept + line.slice(0, start)) ||
          !closesLater(line.slice(start + 4), lines, index)
        ) {
          kept += line;
          break;
        }
        const close = line.indexOf('-->', start + 4);
        // Stryker disable next-line EqualityOperator: `close` is -1 or at least `start + 4`, never 0
        if (close >= 0 && touchesTag(kept + line.slice(0, start), line.slice(close + 3))) {
          // Next to a tag, taking the comment out could turn inline HTML into an HTML block: it stays inline HTML, which is removed later.
          kept += line.slice(0, close + 3);
          line = line.slice(close + 3);
          continue;
        }
        repairs.push({
          line: index + 1,
          // Stryker disable next-line EqualityOperator: `close` is -1 or at least `start + 4`, never 0
          message: `Dropped an HTML comment \`${shortened(close < 0 ? line.slice(start) : line.slice(start, close + 3))}\``,
        });
        kept += line.slice(0, start);
        line = line.slice(start + 4);
        open = index;
      }
      out[index] = kept.trim() === '' && kept !== lines[index] ? '' : kept;
    }
    return out;
  },
};

function touchesTag(before: string, after: string): boolean {
  return /<[^>]*>\s*$/.test(before) || /^\s*<[!/a-zA-Z]/.test(after);
}

/** An odd number of backticks before the comment opens a code span around it. */
function insideCodeSpan(before: string): boolean {
  return (before.match(/`/g) ?? []).length % 2 === 1;
}

function closesLater(rest: string, lines: readonly string[], index: number): boolean {
  return rest.includes('-->') || lines.slice(index + 1).some((line) => line.includes('-->'));
}
