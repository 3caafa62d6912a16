import { displayText } from './displayText.js';
import { BODY_LINE_PX, textWidth, type TextFrame } from './textFrame.js';

/** The themes set tables at 22 px with 6 px of padding above and below each cell, 12 px each side. */
const TABLE_TEXT_PX = 22;
const ROW_PADDING_PX = 13;
const CELL_PADDING_CHARS = 2;
const LINE_HEIGHT = 1.4;

/**
 * A Markdown table in slices that each fit under a slide's title, every slice with the header row:
 * a row's height is its tallest cell, wrapped at its column's share of the width.
 */
export function sliceTable(markdown: string, bodyLines: number, frame: TextFrame): string[] {
  const [header, delimiter, ...rows] = markdown.split('\n');
  if (!header || !delimiter || rows.length === 0) return [markdown];
  const height = rowHeight([header, ...rows], frame.chars);
  const room = bodyLines * BODY_LINE_PX - height(header);
  const slices: string[][] = [[]];
  let used = 0;
  for (const row of rows) {
    if (used + height(row) > room && slices.at(-1)!.length > 0) {
      slices.push([]);
      used = 0;
    }
    slices.at(-1)!.push(row);
    used += height(row);
  }
  return slices.map((slice) => [header, delimiter, ...slice].join('\n'));
}

/** Height in px of a whole table whose text lines hold `chars` characters of body text (a table in a list item). */
export function tableHeightPx(markdown: string, chars: number): number {
  const [header, , ...rows] = markdown.split('\n');
  if (!header) return 0;
  const height = rowHeight([header, ...rows], chars);
  return [header, ...rows].reduce((sum, row) => sum + height(row), 0);
}

/** A row's height in px: its tallest cell, wrapped at its column's share of the width. */
function rowHeight(rows: string[], chars: number): (row: string) => number {
  const widths = columnWidths(rows, (chars * 30) / TABLE_TEXT_PX);
  return (row) =>
    Math.max(1, ...cellsOf(row).map((cell, index) => Math.ceil(textWidth(displayText(cell)) / (widths[index] ?? 4)))) *
      TABLE_TEXT_PX *
      LINE_HEIGHT +
    ROW_PADDING_PX;
}

/**
 * Characters each column holds, as Chromium's automatic table layout shares the width out: in
 * proportion to the column's longest cell, a column that fits whole getting just what it needs.
 */
function columnWidths(rows: string[], totalChars: number): number[] {
  const longest: number[] = [];
  for (const row of rows)
    cellsOf(row).forEach(
      (cell, index) => (longest[index] = Math.max(longest[index] ?? 1, textWidth(displayText(cell)))),
    );
  const room = totalChars - longest.length * CELL_PADDING_CHARS;
  const sum = longest.reduce((total, width) => total + width, 0);
  if (sum <= room) return longest;
  return longest.map((width) => Math.max(4, Math.floor((width / sum) * room)));
}

/** The cells of a table row; `\|` is a pipe inside a cell. */
function cellsOf(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}
