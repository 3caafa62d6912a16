import { describe, expect, it } from 'vitest';
import { sliceTable, tableHeightPx } from '../../src/plan/sliceTable.js';
import { BODY_LINE_PX, textFrame } from '../../src/plan/textFrame.js';

/** The themes' table metrics, written out here as an oracle: 22 px text at 1.4, 13 px of padding a row. */
const TABLE_LINE_PX = 22 * 1.4;
const rowPx = (lines: number) => lines * TABLE_LINE_PX + 13;
/** Body text of 77 characters a line (a 16:9 slide) holds 105 characters of 22 px table text. */
const CHARS = 77;

const table = (header: string, rows: string[]) => [header, header.replace(/[^|]+/g, '---'), ...rows].join('\n');

describe('tableHeightPx', () => {
  it('adds up rows of one line each, the header included', () => {
    expect(tableHeightPx(table('| a | b |', ['| 1 | 2 |', '| 3 | 4 |']), CHARS)).toBeCloseTo(3 * rowPx(1));
    expect(tableHeightPx('| a | b |', CHARS)).toBeCloseTo(rowPx(1));
    expect(tableHeightPx('', CHARS)).toBe(0);
  });

  it('wraps a long cell at the width of the table', () => {
    // 105 characters less 2 of padding: 210 characters take 3 lines.
    expect(tableHeightPx(table('| a |', [`| ${'x'.repeat(210)} |`]), CHARS)).toBeCloseTo(rowPx(1) + rowPx(3));
    expect(tableHeightPx(table('| a |', [`| ${'x'.repeat(103)} |`]), CHARS)).toBeCloseTo(2 * rowPx(1));
    expect(tableHeightPx(table('| a |', [`| ${'x'.repeat(104)} |`]), CHARS)).toBeCloseTo(rowPx(1) + rowPx(2));
  });

  it('shares the width between columns by their longest cells', () => {
    // Two columns of 100 characters get 50 each of the 101 left: each cell takes 2 lines.
    const even = table('| a | b |', [`| ${'x'.repeat(100)} | ${'y'.repeat(100)} |`]);
    expect(tableHeightPx(even, CHARS)).toBeCloseTo(rowPx(1) + rowPx(2));
    // Columns that fit whole get what they need: 60 and 40 characters, one line each.
    const fitting = table('| a | b |', [`| ${'x'.repeat(60)} | ${'y'.repeat(39)} |`]);
    expect(tableHeightPx(fitting, CHARS)).toBeCloseTo(2 * rowPx(1));
  });

  it('gives columns that fit whole, wide characters and all, just what they need', () => {
    // 日本語 is 5.4 columns wide: cut to a share of 5 it would wrap.
    expect(tableHeightPx(table('| a | b |', [`| 日本語 | ${'y'.repeat(95)} |`]), CHARS)).toBeCloseTo(2 * rowPx(1));
    // Exactly the 101 columns left after padding: 5.4 and 95.6.
    expect(tableHeightPx(table('| a | b |', [`| 日本語 | ${'y'.repeat(92)}日本 |`]), CHARS)).toBeCloseTo(2 * rowPx(1));
  });

  it('gives a narrow column at least 4 characters', () => {
    // The 8-character column's share of the width is 2 characters; it gets 4, so 2 lines, and the
    // 270-character column 98 characters, so 3 lines: the row is 3 lines tall.
    const narrow = table('| a | b |', [`| abcdefgh | ${'y'.repeat(270)} |`]);
    expect(tableHeightPx(narrow, CHARS)).toBeCloseTo(rowPx(1) + rowPx(3));
  });

  it('measures a cell as it reads: a link by its text, an escaped pipe inside its cell', () => {
    const link = table('| a |', [`| [docs](https://example.com/${'p'.repeat(200)}) |`]);
    expect(tableHeightPx(link, CHARS)).toBeCloseTo(2 * rowPx(1));
    // One column of 150 characters holding a pipe: 2 lines.
    const piped = table('| a |', [`| ${'x'.repeat(75)} \\| ${'y'.repeat(72)} |`]);
    expect(tableHeightPx(piped, CHARS)).toBeCloseTo(rowPx(1) + rowPx(2));
    // Without outer pipes the cells are the same.
    expect(tableHeightPx(`a\n---\n${'x'.repeat(75)} \\| ${'y'.repeat(72)}`, CHARS)).toBeCloseTo(rowPx(1) + rowPx(2));
  });

  it('splits rows at their pipes, so a column is as wide as its longest cell in any row', () => {
    // Columns of 60 characters each get 50 of the 101 left: each row takes 2 lines, though its text
    // (61 characters and the pipe) would fit on one line of the whole width.
    const crossed = table('| a | b |', [`| ${'x'.repeat(60)} | y |`, `| x | ${'y'.repeat(60)} |`]);
    expect(tableHeightPx(crossed, CHARS)).toBeCloseTo(rowPx(1) + 2 * rowPx(2));
  });

  it('reads a row with spaces around it as the same cells', () => {
    expect(tableHeightPx(table('| a |', [`  | ${'x'.repeat(103)} |   `]), CHARS)).toBeCloseTo(2 * rowPx(1));
  });

  it('counts an empty column as a line', () => {
    expect(tableHeightPx(table('| a | |', ['| 1 | |']), CHARS)).toBeCloseTo(2 * rowPx(1));
  });
});

describe('sliceTable', () => {
  it('keeps a table that fits whole, as written', () => {
    const whole = table('| a | b |', ['| 1 | 2 |', '| 3 | 4 |']);
    expect(sliceTable(whole, 11, textFrame('16:9'))).toEqual([whole]);
  });

  it('keeps what is not a table with rows as it is', () => {
    expect(sliceTable('| a |', 1, textFrame('16:9'))).toEqual(['| a |']);
    expect(sliceTable('| a |\n|---|', 1, textFrame('16:9'))).toEqual(['| a |\n|---|']);
    expect(sliceTable('\n|---|\n| 1 |', 1, textFrame('16:9'))).toEqual(['\n|---|\n| 1 |']);
  });

  it('fills each slice to exactly the rows that fit under the header, repeating the header', () => {
    const rows = ['| 1 |', '| 2 |', '| 3 |', '| 4 |', '| 5 |'];
    // Room for the header and exactly three rows.
    const bodyLines = (4 * rowPx(1)) / BODY_LINE_PX;
    expect(sliceTable(table('| a |', rows), bodyLines, textFrame('16:9'))).toEqual([
      table('| a |', rows.slice(0, 3)),
      table('| a |', rows.slice(3)),
    ]);
    expect(sliceTable(table('| a |', rows), bodyLines - 0.01, textFrame('16:9'))).toEqual([
      table('| a |', rows.slice(0, 2)),
      table('| a |', rows.slice(2, 4)),
      table('| a |', rows.slice(4)),
    ]);
  });

  it('keeps a table missing its header or delimiter whole, however long', () => {
    const rows = Array.from({ length: 30 }, (_, n) => `| ${n} |`);
    const headless = ['', '|---|', ...rows].join('\n');
    expect(sliceTable(headless, 3, textFrame('16:9'))).toEqual([headless]);
    const undelimited = ['| a |', '', ...rows].join('\n');
    expect(sliceTable(undelimited, 3, textFrame('16:9'))).toEqual([undelimited]);
  });

  it('puts a row taller than a slide on a slice of its own', () => {
    const tall = `| ${'x'.repeat(2000)} |`;
    expect(sliceTable(table('| a |', [tall, '| 2 |']), 3, textFrame('16:9'))).toEqual([
      table('| a |', [tall]),
      table('| a |', ['| 2 |']),
    ]);
    expect(sliceTable(table('| a |', ['| 1 |', tall]), 3, textFrame('16:9'))).toEqual([
      table('| a |', ['| 1 |']),
      table('| a |', [tall]),
    ]);
  });

  it('wraps cells at the frame width: a narrower slide takes more slices', () => {
    const rows = Array.from({ length: 6 }, (_, n) => `| ${`${n} `.repeat(45).trim()} |`);
    expect(sliceTable(table('| a |', rows), 6, textFrame('16:9'))).toHaveLength(2);
    expect(sliceTable(table('| a |', rows), 6, textFrame('4:3'))).toHaveLength(3);
  });
});
