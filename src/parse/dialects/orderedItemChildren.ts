import type { Dialect } from './types.js';

const ORDERED_ITEM = /^( *)(\d{1,9}[.)])( +)\S/;
// Stryker disable next-line Regex: ` *` matches (maybe empty) at the line's start, anchored or not
const INDENT = /^ */;

/**
 * `2. Redirects` with `  - bullets` under it: indented, but less than CommonMark needs under an
 * ordered item (the width of `2. `), so they would start a list of their own and cut the numbered
 * one in pieces. Lines indented under an ordered item are shifted to its content column.
 */
export const orderedItemChildren: Dialect = {
  // Stryker disable next-line StringLiteral: the name shows only in the error for a dialect that changes its line count
  name: 'ordered item children',
  normalize: (lines) => {
    let item: { indent: number; content: number } | null = null;
    let shift: number | null = null;
    return lines.map((line) => {
      if (line.trim() === '') return line;
      const indent = INDENT.exec(line)![0].length;
      const ordered = ORDERED_ITEM.exec(line);
      if (ordered && (item === null || ordered[1]!.length <= item.indent)) {
        item = { indent, content: indent + ordered[2]!.length + Math.min(ordered[3]!.length, 4) };
        shift = null;
        return line;
      }
      if (item === null) return line;
      if (indent <= item.indent) {
        item = null;
        return line;
      }
      // The first line under the item sets the shift; deeper lines keep their place relative to it.
      shift ??= Math.max(0, item.content - indent);
      return ' '.repeat(shift) + line;
    });
  },
};
