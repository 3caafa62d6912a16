import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lineOf, sourceOf } from '../blocks.js';
import type { TalkSource } from '../inferStructure.js';
import { isNonTalkName } from '../nonTalkNames.js';
import { cellSpeakers } from '../speakers/cellSpeakers.js';

/** Header cells that name the talks' column and the speakers' column, in several languages (`Talk title`: below). */
const TITLE_COLUMN =
  /^(?:talks?|title|sessions?|topic|subject|charlas?|ponencias?|titre|titel|thema|tema|t[ií]tulo|主题|題目|제목|タイトル|セッション)$/iu;
/**
 * A header that names the talks by a word for talk and a word for what it is about, as programmes write it:
 * `Session title`, `Talk topic`, `세션 내용` (session content), `발표 제목`, `講演タイトル`, `演讲主题`, `Thema des Vortrags`,
 * `Título de la charla`. Either word alone may name something else (`Content`, `Name`).
 */
const TALK_WORD =
  '(?:talks?|sessions?|presentations?|lectures?|vortrag(?:s)?|charlas?|ponencias?|palestras?|conf[ée]rences?|세션|발표|강연|セッション|講演|発表|演讲|报告|議題|议题)';
const ABOUT_WORD =
  '(?:titles?|topics?|subjects?|names?|contents?|titre|sujet|titel|thema|tema|t[ií]tulo|주제|제목|내용|タイトル|題目|テーマ|内容|主题|题目|標題|名称)';
const TALK_ABOUT_COLUMN = new RegExp(
  `^(?:${TALK_WORD}\\s*${ABOUT_WORD}|${ABOUT_WORD}\\s+(?:of|de|du|des|der|do|da|del)\\s+(?:(?:the|la|le|l'|el)\\s+)?${TALK_WORD})$`,
  'iu',
);
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
  const titleColumn = names.findIndex((name) => TITLE_COLUMN.test(name) || TALK_ABOUT_COLUMN.test(name));
  const speakerColumn = names.findIndex((name) => SPEAKER_COLUMN.test(name));
  // Stryker disable next-line ConditionalExpression,LogicalOperator: without a title column or rows no talk is found, and fewer are refused below
  if (titleColumn < 0 || rows.length < MIN_TABLE_TALKS) return null;
  const talks: TalkSource[] = [];
  for (const row of rows) {
    const title = row.children[titleColumn];
    // Stryker disable next-line MethodExpression,StringLiteral: a cell's text has no padding, and a missing cell is skipped either way
    const text = title ? rowTitle(toString(title)) : '';
    if (!title || text === '' || isProgrammeRow(text)) continue;
    // Stryker disable next-line ConditionalExpression: a row has no cell at index -1
    const speaker = speakerColumn < 0 ? undefined : row.children[speakerColumn];
    // Stryker disable next-line MethodExpression,StringLiteral: a cell's text has no padding, and no cell gives no speaker either way
    const speakerText = speaker ? toString(speaker).trim() : '';
    // Stryker disable next-line ConditionalExpression,StringLiteral: an empty cell names no one either way (cellSpeakers)
    const speakers = speakerText === '' ? null : cellSpeakers(speakerText);
    talks.push({
      heading: sourceOf(title, source).trim(),
      text,
      line: lineOf(row),
      body: [],
      group: null,
      // A cell that reads as names gives them (`Ann Lee<br>Bob Smith`, a handle dropped); any other is read as a heading would be.
      ...(speakers
        ? { speakers, speakersApart: true }
        : speaker && speakerText !== ''
          ? { speakerHeading: { heading: sourceOf(speaker, source).trim(), text: speakerText } }
          : {}),
    });
  }
  return talks.length >= MIN_TABLE_TALKS ? talks : null;
}

/** Emoji before a row's title (`👉 **Title**`): a pointer, no word of it. */
const LEADING_EMOJI = /^(?:(?:\p{Extended_Pictographic}|\uFE0F|\u200D)\s*)+/u;
/** A link to the talk's material after its title (`Title ([PDF](…))`): the material, not the title. */
const MATERIAL_TAIL = /\s*\((?:pdf|slides?|video|deck|자료|발표자료|資料|スライド|幻灯片|课件)\)$/iu;

/** Pure: a title cell's text as the talk's title: without a pointing emoji before it or a link to its material after it. */
export function rowTitle(cell: string): string {
  const title = cell.trim().replace(LEADING_EMOJI, '').replace(MATERIAL_TAIL, '');
  // Stryker disable next-line MethodExpression: the emoji take the spaces after them and the material tail those before it
  return title.trim();
}

/**
 * A row of the programme around the talks: its opening and closing, a welcome or congratulatory address (`행사 오프닝`,
 * `축사`, `Opening remarks`, `開会挨拶`, `开幕致辞`); in a programme these are ceremonies even with a person beside them.
 */
const CEREMONY =
  /^(?:(?:행사|대회|컨퍼런스|세미나)\s*)?(?:오프닝|클로징|개회(?:사|식)?|폐회(?:사|식)?|축사|환영사|인사말|격려사)$|^(?:opening|closing|welcome)(?:\s+(?:remarks|address|words|ceremony))?$|^(?:開会|閉会)(?:の)?(?:挨拶|あいさつ|式)?$|^(?:开幕|闭幕)(?:致辞|式)?$|^(?:致辞|欢迎致辞|begrüßung|eröffnung|ouverture|clôture|apertura|clausura|bienvenida)$/iu;

/** Pure: a row that is no talk: a ceremony, a break (`Coffee Break`), a meal, the venue (nonTalkNames.ts). */
export function isProgrammeRow(title: string): boolean {
  // Stryker disable next-line MethodExpression: a row's title comes trimmed from rowTitle
  return CEREMONY.test(title.trim().replace(/[:.!]+$/u, '')) || isNonTalkName(title);
}
