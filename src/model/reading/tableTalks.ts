import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lineOf, sourceOf } from '../blocks.js';
import type { TalkSource } from '../inferStructure.js';

/** Header cells that name the talks' column and the speakers' column, in several languages. */
const TITLE_COLUMN =
  /^(?:talks?(?:\s+title)?|title|sessions?|topic|subject|charlas?|ponencias?|titre|titel|thema|tema|t[ií]tulo|主题|題目|제목|タイトル|セッション)$/iu;
const SPEAKER_COLUMN =
  /^(?:speakers?|presenters?|by|who|ponentes?|orateurs?|intervenants?|referent(?:en)?|sprecher|講者|讲者|演讲者|발표자|연사|登壇者|発表者)$/iu;
/** Fewer rows than this and the table is notes. */
export const MIN_TABLE_TALKS = 2;

/**
 * Pure: a table whose header names a column of talk titles ("Talk Title | Speaker | Notes") lists
 * talks, one a row, with their speakers when a column names them. The table itself stays where it
 * is, so every cell is still shown; null when the header names no title column.
 */
export function talksOfTable(table: Table, source: string): TalkSource[] | null {
  const [header, ...rows] = table.children;
  // Stryker disable next-line ArrayDeclaration,OptionalChaining,MethodExpression: a parsed table has a header row, and a cell's text no padding
  const names = header?.children.map((cell) => toString(cell).trim()) ?? [];
  const titleColumn = names.findIndex((name) => TITLE_COLUMN.test(name));
  const speakerColumn = names.findIndex((name) => SPEAKER_COLUMN.test(name));
  // Stryker disable next-line ConditionalExpression,LogicalOperator: without a title column or rows no talk is found, and fewer are refused below
  if (titleColumn < 0 || rows.length < MIN_TABLE_TALKS) return null;
  const talks: TalkSource[] = [];
  for (const row of rows) {
    const title = row.children[titleColumn];
    // Stryker disable next-line MethodExpression,StringLiteral: a cell's text has no padding, and a missing cell is skipped either way
    const text = title ? toString(title).trim() : '';
    if (!title || text === '') continue;
    // Stryker disable next-line ConditionalExpression: a row has no cell at index -1
    const speaker = speakerColumn < 0 ? undefined : row.children[speakerColumn];
    // Stryker disable next-line MethodExpression,StringLiteral: a cell's text has no padding, and no cell gives no speaker either way
    const speakerText = speaker ? toString(speaker).trim() : '';
    talks.push({
      heading: sourceOf(title, source).trim(),
      text,
      line: lineOf(row),
      body: [],
      group: null,
      ...(speaker && speakerText !== ''
        ? { speakerHeading: { heading: sourceOf(speaker, source).trim(), text: speakerText } }
        : {}),
    });
  }
  return talks.length >= MIN_TABLE_TALKS ? talks : null;
}
