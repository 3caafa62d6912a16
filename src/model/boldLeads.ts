import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkedTitle, parseSessionHeading, speakerFirstShape } from './sessionHeading.js';
import { BY_WORD } from './speakers/speakerMarks.js';

/** A talk named in bold at the start of a bullet or a paragraph, the author's notes on it after a separator. */
export interface BoldLead {
  /** The lead's plain text: `Jane Roe - "Title"`, `Title (Jane Roe)`, `Title — Jane Roe`. */
  text: string;
  /** The lead as written without its bold marks: the talk's heading. */
  markdown: string;
  /** The paragraph after the lead and its separator: the first of the talk's notes. */
  rest: Paragraph;
  /** How surely the lead names a talk: `named` when it names speakers as written or sets its title apart, `nameFirst` when only read speaker first. */
  reads: 'named' | 'nameFirst';
}

/** A lead longer than this is a sentence in bold, not a talk's name. */
export const MAX_LEAD = 200;
/** What ends a lead and opens its notes: a colon, a dash, a full stop (then a space), as `**Title**: notes`, `**Title** — notes`. */
const SEPARATOR = /^\s*(?:[:：]|[.–—-](?=\s))\s*/u;
/**
 * After the bold, the speaker before the separator: `**Title** (Jane Roe): …`, `**Title** — Jane Roe. …`,
 * `**Title** by Jane Roe: …`. The tail stops at the first colon or sentence end.
 */
const SPEAKER_TAIL = new RegExp(
  String.raw`^(\s*[(（][^()（）]{2,80}[)）]|\s+[–—-]\s+[^.:;!?()]{2,60}?|,?\s+${BY_WORD}\s+[^.:;!?()]{2,60}?)(?=\s*(?:[:：]|[.–—-]\s))`,
  'iu',
);

/**
 * After the bold speaker, a dash and the title in emphasis: `**Jane Roe** - _Title: with a colon?_: notes`. The emphasis
 * says where the title ends, so it may hold a colon, a full stop or a question mark, and run as long as a lead may.
 */
const EMPHASIS_TAIL = /^(\s+[–—-]\s+)([_*])(?![_*\s])([^\n]{2,200}?)(?<![\s_*])\2(?=\s*(?:[:：]|[.–—-]\s))/u;

/**
 * Pure: the bold lead-in of a paragraph that names a talk, then the author's notes on it: `**Jane Roe - "Title"**: notes`,
 * `**Title** (Jane Roe): notes`, `**Title** — Jane Roe. notes`, `**Title (Jane Roe):** notes`. The bold says where the
 * talk's name ends, so a dash there is no part of a sentence. Null when the paragraph opens with no bold, nothing
 * follows it, or the lead names no speaker (`**Note**: …`, `**Tip** - …`).
 */
export function boldLead(paragraph: Paragraph, source: string): BoldLead | null {
  const [bold] = paragraph.children;
  const end = paragraph.position?.end.offset;
  if (bold?.type !== 'strong' || !bold.position || end === undefined || bold.children.length === 0) return null;
  const inner = innerSource(bold.children, source);
  // Stryker disable next-line Regex: leadOf makes the spaces single again, and one space or several end with a colon alike
  const boldText = toString(bold).replace(/\s+/g, ' ').trim();
  const after = source.slice(bold.position.end.offset, end);
  // "**Title (Jane Roe):** notes": the colon inside the bold ends the lead.
  if (/[:：]\s*$/u.test(boldText))
    return leadOf(paragraph, source, { boldText, inner, tail: '', separator: /^\s*/u.exec(after)![0] });
  // "**Jane Roe** - _Title: Subtitle_: notes": the title in emphasis, its words as the lead's plain text.
  const emphasis = EMPHASIS_TAIL.exec(after);
  const emphasised = emphasis ? SEPARATOR.exec(after.slice(emphasis[0].length)) : null;
  if (emphasis && emphasised) {
    const plainTail = `${emphasis[1]}${emphasis[3]}`;
    const lead = leadOf(paragraph, source, { boldText, inner, tail: emphasis[0], separator: emphasised[0], plainTail });
    if (lead) return lead;
  }
  // "**Title** (Jane Roe): notes" reads its tail as the lead's; "**Title** - great: notes" does not, and ends at the dash.
  const tail = SPEAKER_TAIL.exec(after)?.[1];
  const tailed = tail === undefined ? null : SEPARATOR.exec(after.slice(tail.length));
  const untailed = SEPARATOR.exec(after);
  return (
    (tailed ? leadOf(paragraph, source, { boldText, inner, tail: tail!, separator: tailed[0] }) : null) ??
    (untailed ? leadOf(paragraph, source, { boldText, inner, tail: '', separator: untailed[0] }) : null)
  );
}

/** The lead made of the bold and `tail` (its plain text `plainTail`), the notes after `separator`; null when it names no talk or nothing follows. */
function leadOf(
  paragraph: Paragraph,
  source: string,
  parts: { boldText: string; inner: string; tail: string; separator: string; plainTail?: string },
): BoldLead | null {
  const { boldText, inner, tail, separator, plainTail = tail } = parts;
  const end = paragraph.position!.end.offset!;
  const restStart = paragraph.children[0]!.position!.end.offset! + tail.length + separator.length;
  if (restStart >= end) return null;
  // Stryker disable next-line MethodExpression: the bold's text is trimmed and a tail ends before the spaces of its separator
  const text = `${boldText.replace(/\s*[:：]$/u, '')}${plainTail}`.replace(/\s+/g, ' ').trim();
  // Stryker disable next-line MethodExpression: a bold's Markdown opens and closes with a mark or a word, and a tail ends before the spaces of its separator
  const markdown = `${inner.replace(/\s*[:：]$/u, '')}${tail}`.replace(/\s+/g, ' ').trim();
  if (text.length === 0 || text.length > MAX_LEAD) return null;
  const reads =
    parseSessionHeading(text).speakers.length > 0 || parseMarkedTitle(markdown) !== null
      ? 'named'
      : speakerFirstShape(text) === 'only'
        ? 'nameFirst'
        : null;
  if (reads === null) return null;
  return { text, markdown, rest: restOf(paragraph, restStart, source), reads };
}

/** The Markdown of inline nodes as written, from the first one's start to the last one's end. */
function innerSource(children: PhrasingContent[], source: string): string {
  const start = children[0]!.position?.start.offset;
  const end = children.at(-1)!.position?.end.offset;
  // Stryker disable next-line StringLiteral: toString reads the children, not the node's type
  return start === undefined || end === undefined ? toString({ type: 'strong', children }) : source.slice(start, end);
}

/**
 * The paragraph from `offset` to its end, as a paragraph of its own: the inline nodes that start there or later, the
 * text node it falls in cut at it. Positions are kept, so its Markdown is sliced from the notes as written.
 */
function restOf(paragraph: Paragraph, offset: number, source: string): Paragraph {
  const children: PhrasingContent[] = [];
  // Stryker disable next-line MethodExpression: the bold ends at or before `offset`, so it is left out either way
  for (const child of paragraph.children.slice(1)) {
    // Stryker disable next-line OptionalChaining: a parsed node always has a position
    const start = child.position?.start.offset ?? 0;
    // Stryker disable next-line OptionalChaining: a parsed node always has a position
    const stop = child.position?.end.offset ?? 0;
    if (start >= offset) children.push(child);
    else if (stop > offset && child.type === 'text')
      children.push({
        type: 'text',
        value: source.slice(offset, stop),
        position: { ...child.position!, start: point(source, offset) },
      });
  }
  return { type: 'paragraph', children, position: { start: point(source, offset), end: paragraph.position!.end } };
}

/** The line, column and offset of `offset` in `source`. */
function point(source: string, offset: number): { line: number; column: number; offset: number } {
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1, offset };
}
