// A bold line that titles a talk under a slot heading: alone, over its speakers' lines, or over a line of notes.
import { speakersOfLines } from './bylines.js';
import { plausibleNames } from './emphasizedBylines.js';
import { plain } from './lineText.js';
import { parseSpeakerList, parseSpeakers } from './speakerLists.js';
import { HANDLE } from './speakerMarks.js';
import { isDecoration } from './ratingLines.js';
import { SLOT_HEADER_LINES } from './slotHeaders.js';
import { TITLE_LABEL } from './speakerLabels.js';
import type { SpeakerLines } from './takenSpeakers.js';
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A paragraph that is one bold phrase, perhaps after an emoji: `**Title**`, `🎤 **Title**`. */
export function isBoldParagraph(paragraph: Paragraph): boolean {
  const parts = paragraph.children.filter((child) => !(child.type === 'text' && isDecoration(child.value)));
  return parts.length === 1 && parts[0]!.type === 'strong' && toString(parts[0]!).trim().length > 0;
}

/** A paragraph that opens with a bold line and goes on with notes: the bold line, and the paragraph without it. */
export function boldLineOverNotes(paragraph: Paragraph): { title: string; bold: Paragraph; rest: Paragraph } | null {
  const [bold, next, ...more] = paragraph.children;
  const opensLine = next?.type === 'break' || (next?.type === 'text' && next.value.startsWith('\n'));
  if (bold?.type !== 'strong' || !opensLine || !next.position || !paragraph.position) return null;
  const title = toString(bold).trim();
  if (title === '' || title.length > 200) return null;
  // Stryker disable next-line Regex: the text opens with the line break (opensLine)
  const rest = next.type === 'break' ? more : [{ ...next, value: next.value.replace(/^\n/, '') }, ...more];
  // Stryker disable next-line OptionalChaining: a parsed node after a break has a position
  const restStart = next.type === 'break' ? more[0]?.position?.start : next.position.start;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: no rest is a break with nothing after it: no start
  if (rest.length === 0 || !restStart) return null;
  return {
    title,
    bold: {
      type: 'paragraph',
      children: [bold],
      position: { start: paragraph.position.start, end: next.position.start },
    },
    rest: { type: 'paragraph', children: rest, position: { start: restStart, end: paragraph.position.end } },
  };
}

/** A whole line in bold: `**Title**`, `__Title__`. */
export const BOLD_LINE = /^(\*\*|__)(?!\s)(.+?)\1$/u;

/**
 * A paragraph whose first line is in bold and whose other lines (a few) each name a speaker, or whose bold first
 * line has the names after it; or null.
 */
export function boldLineOverSpeakers(written: string): Omit<SpeakerLines, 'rest'> | null {
  const lines = written
    .split('\n')
    .map((line) => line.replace(/\\$|\s{2,}$/, '').trim())
    .filter(Boolean);
  // "🎤 **Title**": an emoji before the bold line only decorates it.
  if (lines[0]) lines[0] = lines[0].replace(/^(?:(?::[\w+-]+:|\p{Extended_Pictographic}|\u{FE0F}|\u{200D})\s*)+/u, '');
  // "**Title** - Jane Roe", "**Title** (Jane Roe)": the names may follow the bold title on its line.
  // "__Topic__: Title" is a label line, read as one.
  // Stryker disable next-line StringLiteral: with no line, any stand-in without a label reads the same
  if (TITLE_LABEL.test(plain(lines[0] ?? ''))) return null;
  const tailed = /^(\*\*|__)(?!\s)(.+?)\1(?:\s*[-–—|]\s*(.+)|\s*[(（](.+)[)）])$/u.exec(lines[0] ?? '');
  const tail = tailed ? plain(tailed[3] ?? tailed[4]!) : null;
  const tailSpeakers = tail === null ? null : (parseSpeakers(tail) ?? parseSpeakerList(tail));
  if (tailed && tailSpeakers && lines.length <= SLOT_HEADER_LINES)
    return { speakers: tailSpeakers, title: plain(tailed[2]!), byline: lines };
  // Stryker disable next-line StringLiteral: with no line, any stand-in not in bold reads the same
  const bold = BOLD_LINE.exec(lines[0] ?? '');
  if (!bold) return null;
  // Alone on its line, in a quote, the bold line is the title.
  if (lines.length === 1) return { speakers: [], title: plain(bold[2]!).replace(/[:：]$/, ''), byline: lines };
  if (lines.length > SLOT_HEADER_LINES) return null;
  // "Jane Roe, Example Corp" under a title is one person and her organisation.
  const named = lines
    .slice(1)
    .map((line) => plain(line))
    .filter((line) => !HANDLE.test(line))
    // Stryker disable next-line BooleanLiteral: a line read as a slot's title names no one, and is refused either way
    .map((line) => parseSpeakers(line) ?? speakersOfLines([line], false)?.speakers ?? null);
  if (
    named.length === 0 ||
    named.some((speakers) => speakers === null || speakers.length === 0 || !plausibleNames(speakers))
  )
    return null;
  return {
    speakers: named.flatMap((speakers) => speakers!),
    title: plain(bold[2]!).replace(/[:：]$/, ''),
    byline: lines,
  };
}
