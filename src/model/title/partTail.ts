/**
 * A title about one part of the conference ends with that part: a day ("深圳 ArchSummit 全球架构师峰会 day 1",
 * "PyCon JP 2018 - 2日目"), a session ("… - Session 8") or a date ("Empire JS | 05.05.2014", "Devoxx 2023 du 12 au 14
 * avril"). The recap's title names the conference: the part is dropped, the date's year kept where the name has none.
 */

import { isDayTitle } from '../headingKinds.js';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|m[äa]rz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)\\.?';

/** A number of days: "1", "one", "II". */
const ORDINAL = '(?:\\d{1,2}|one|two|three|four|five|[ivx]{1,4})';

/** A day or session the title is about, with whatever follows it after a colon or dash ("Day 2: Talks, talks …"). */
const PART =
  // Stryker disable next-line StringLiteral: emptied, it unbalances TAIL's groups: the module throws on load (no test fails)
  `(?:(?:day|jour|d[ií]a|tag|giorno|dag|dzie[nń]|session|part|teil|partie|parte)\\s*#?\\s*${ORDINAL}` +
  '|(?:first|second|third|fourth|last|final|opening|closing)\\s+day' +
  '|(?:premier|deuxi[eè]me|troisi[eè]me|dernier)\\s+jour' +
  // Stryker disable next-line StringLiteral: emptied, it unbalances TAIL's groups: the module throws on load (no test fails)
  '|第?[一二三四五六七八九十\\d]+天|\\d{1,2}\\s*(?:日目|일차))' +
  '(?:\\s*[:\\-–—]\\s+.*)?';

/** A date: "05.05.2014", "2014-05-05", "May 5, 2014", "May 5-6", "12-14 April 2023", "du 12 au 14 avril". */
const DATE =
  // Stryker disable next-line StringLiteral: emptied, it unbalances TAIL's groups: the module throws on load (no test fails)
  '(?:\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})' +
  '|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}' +
  `|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?` +
  // Stryker disable next-line StringLiteral: emptied, it unbalances TAIL's groups: the module throws on load (no test fails)
  `|(?:du\\s+|del\\s+|vom\\s+|dal\\s+)?\\d{1,2}(?:er|\\.)?(?:\\s*(?:[-–]|au|al|bis)\\s*\\d{1,2}\\.?)?\\s+(?:de\\s+)?${MONTH}(?:\\s+(?:de\\s+)?\\d{4})?)`;

/** The part or date at the end, after a separator or a space, perhaps in parentheses. */
const TAIL = new RegExp(`(?:\\s*[-–—|:,]\\s*|\\s+)\\(?(?:${PART}|${DATE})\\)?$`, 'iu');

const YEAR = /(?<!\d)(?:19[9]\d|20[0-3]\d)(?!\d)/u;

export function withoutPartTail(title: string): string {
  const text = title.trim();
  const match = TAIL.exec(text);
  if (!match) return text;
  // Stryker disable next-line MethodExpression: TAIL opens with the spaces before it, and text is trimmed
  const head = text.slice(0, match.index).trim();
  // A head of no word ("Day 1", "2019 - Day 1") or a day itself ("Saturday, April 22") is no name: the title stays.
  if (!/\p{L}{2}/u.test(head) || isDayTitle(head)) return text;
  const year = YEAR.exec(match[0]);
  return year && !YEAR.test(head) ? `${head} ${year[0]}` : head;
}
