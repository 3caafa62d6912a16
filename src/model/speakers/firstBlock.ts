// A talk's first block read for its speakers and title: labels, bullets, bylines, bold titles, quoted bylines.
import { remainderOf, sourceOf } from '../blocks.js';
import { boldLineOverNotes, boldLineOverSpeakers, isBoldParagraph } from './boldTitles.js';
import { LEADING_DASH, bylineSpeaker, speakersOfLines } from './bylines.js';
import { emphasizedByline } from './emphasizedBylines.js';
import { plain } from './lineText.js';
import { isDecoration } from './ratingLines.js';
import { SLOT_HEADER_LINES } from './slotHeaders.js';
import { bulletSpeaker, itemLine } from './speakerBullets.js';
import { TITLE_LABEL, factTableSpeakers, labelledSpeakers } from './speakerLabels.js';
import type { SpeakerLines } from './takenSpeakers.js';
import type { List, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

export function takeFirstBlock(
  content: RootContent[],
  source: string,
  options: { slot?: boolean; bareNameBullets?: boolean },
): (SpeakerLines & { notesFollow?: boolean }) | null {
  const slot = options.slot === true;
  const [first, ...others] = content;
  // "⭐⭐⭐⭐" over "**Jane Roe** ([video](…))": a rating or emoji line decorates the talk; the byline is under it.
  if (first?.type === 'paragraph' && isDecoration(sourceOf(first, source))) {
    const under = takeFirstBlock(others, source, options);
    return under && { ...under, rest: [first, ...under.rest] };
  }
  // "| Speaker | Jane Roe |" among the talk's facts (room, time, slides): the row names who spoke; the table stays.
  if (first?.type === 'table') {
    const speakers = first.children.flatMap((row) =>
      factTableSpeakers(row.children.map((cell) => toString(cell).trim())),
    );
    if (speakers.length > 0) return { speakers, title: null, byline: [], rest: content };
  }
  // A photo of the speaker over "Jane Roe, Staff Engineer at Acme": the line under it names her.
  if (first?.type === 'paragraph' && isPhoto(first)) {
    const under = takeFirstBlock(others, source, options);
    if (under && under.speakers.length > 0) return { ...under, rest: [first, ...under.rest] };
  }
  if (first?.type === 'list') {
    const labelled = first.children.map((item) => {
      const text = itemLine(item, source);
      return {
        item,
        speakers: labelledSpeakers(text),
        title: slot ? (TITLE_LABEL.exec(text)?.[1]?.trim() ?? null) : null,
      };
    });
    // A labelled bullet with sub-points names the speaker and stays, for its points.
    const found = labelled.filter(
      (entry) =>
        entry.item.children[0]?.type === 'paragraph' &&
        (entry.speakers !== null || (entry.title !== null && entry.item.children.length === 1)),
    );
    // "- Jane Roe - GM, Example Corp" then "- John Doe - CTO, Acme": the bullets that open the list, while each names a speaker.
    for (const item of found.length === 0 ? first.children : []) {
      const named = bulletSpeaker(item, source);
      if (!named || !(named.marked || options.bareNameBullets === true)) break;
      found.push({ item, speakers: named.speakers, title: null });
    }
    if (found.length > 0) {
      const taken = found.filter((entry) => entry.item.children.length === 1);
      const remaining: List = {
        ...first,
        children: first.children.filter((item) => !taken.some((entry) => entry.item === item)),
      };
      return {
        speakers: found.flatMap((entry) => entry.speakers ?? []),
        title: found.find((entry) => entry.title !== null)?.title ?? null,
        byline: taken.map((entry) => `- ${sourceOf(entry.item.children[0]!, source).trim()}`),
        rest: remaining.children.length > 0 ? [remaining, ...others] : others,
      };
    }
  }
  // "## Session 2" then "**The Real Title**": a bold line right under a slot heading is the talk's title.
  if (slot && first?.type === 'paragraph' && first.children.length === 1 && first.children[0]!.type === 'strong') {
    const bold = toString(first).trim();
    if (bold.length > 0 && !bold.includes('\n') && bold.length <= 200)
      return {
        speakers: [],
        title: labelledTitle(bold.replace(/[:：]$/, '')),
        byline: [sourceOf(first, source).trim()],
        rest: others,
      };
  }
  // "**The Real Title**" with "Jane Roe, Example Corp" on the next line: the bold line titles it, the others name its speakers.
  // "> **The Real Title**": quoted as the programme shows it.
  const header =
    first?.type === 'blockquote' && first.children.length === 1 && first.children[0]!.type === 'paragraph'
      ? first.children[0]
      : first;
  const boldOver = slot && header?.type === 'paragraph' ? boldLineOverSpeakers(sourceOf(header, source)) : null;
  if (boldOver) return { ...boldOver, title: labelledTitle(boldOver.title), rest: others };
  // "**The Real Title**" over a line about it: the bold line titles the talk, the other lines stay its notes.
  const overNotes = slot && first?.type === 'paragraph' ? boldLineOverNotes(first) : null;
  if (overNotes)
    return {
      speakers: [],
      title: labelledTitle(overNotes.title),
      byline: [sourceOf(overNotes.bold, source).trim()],
      rest: [overNotes.rest, ...others],
      notesFollow: true,
    };
  // "- **The Real Title**" opening the list of notes.
  const item = slot && first?.type === 'list' ? first.children[0] : undefined;
  const itemBold = item?.children.length === 1 && item.children[0]!.type === 'paragraph' ? item.children[0] : null;
  if (first?.type === 'list' && itemBold && isBoldParagraph(itemBold) && first.children.length > 1)
    return {
      speakers: [],
      title: labelledTitle(toString(itemBold).trim()),
      byline: [`- ${sourceOf(itemBold, source).trim()}`],
      rest: [{ ...first, children: first.children.slice(1) }, ...others],
    };
  // "#### **The Real Title**": a sub-heading in bold.
  if (slot && first?.type === 'heading' && first.children.length === 1 && first.children[0]!.type === 'strong')
    return {
      speakers: [],
      title: labelledTitle(toString(first).trim()),
      byline: [sourceOf(first, source).trim()],
      rest: others,
    };
  if (first?.type === 'paragraph') {
    const lines = sourceOf(first, source)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const emphasized = emphasizedByline(lines);
    const found = emphasized
      ? { speakers: emphasized, title: null }
      : speakersOfLines(
          lines.map((line) => plain(line)),
          slot,
        );
    if (lines.length <= 6 && found) return { ...found, byline: lines, rest: others };
    // "-- by Jane Roe" over a line of links: the dashed byline names the speaker, the lines after it stay notes.
    const written = sourceOf(first, source);
    const dashed = lines.length > 1 && LEADING_DASH.test(lines[0]!) ? bylineSpeaker(plain(lines[0]!)) : null;
    if (dashed)
      return {
        speakers: dashed,
        title: null,
        byline: [lines[0]!],
        rest: [remainderOf(first, written.indexOf('\n') + 1, source), ...others],
      };
    // Under a slot heading a short paragraph with a "Topic:" line is the talk's header, whatever else it says.
    const titled =
      slot && lines.length <= SLOT_HEADER_LINES
        ? lines.map((line) => TITLE_LABEL.exec(plain(line))?.[1]?.trim()).find(Boolean)
        : undefined;
    if (titled)
      return {
        speakers: lines.flatMap((line) => labelledSpeakers(plain(line)) ?? bylineSpeaker(plain(line)) ?? []),
        title: titled,
        byline: lines,
        rest: others,
      };
  }
  // "> Jane Roe (Example), John Doe (Example)": the programme's byline quoted under the title; every line names people.
  if (first?.type === 'blockquote' && header !== first && header?.type === 'paragraph') {
    const lines = sourceOf(header, source)
      .split('\n')
      .map((line) => line.replace(/^(?:\s*>)+/, '').trim())
      .filter(Boolean);
    const quoted = lines.length <= QUOTED_BYLINE_LINES ? speakersOfLines(lines.map(plain), false) : null;
    const written = sourceOf(first, source)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (quoted && quoted.speakers.length > 0) return { ...quoted, byline: written, rest: others };
  }
  // "### Topic: Title" under "## Talk 1".
  const headingTitle =
    slot && first?.type === 'heading' ? TITLE_LABEL.exec(toString(first).trim())?.[1]?.trim() : undefined;
  if (headingTitle)
    return { speakers: [], title: headingTitle, byline: [sourceOf(first!, source).trim()], rest: others };
  // "_Format conférence 45 minutes_" over "**[Jane Roe](…)**": a line in italics about the talk (its format, length,
  // room), no names itself, is passed over as a rating is; the byline is under it.
  if (first?.type === 'paragraph' && isItalicLine(first)) {
    const under = takeFirstBlock(others, source, options);
    return under && { ...under, rest: [first, ...under.rest] };
  }
  return null;
}

/** A paragraph of one line, all of it in italics: `_Format atelier 2h30_`, `*Room B, 45 minutes*`. */
export function isItalicLine(paragraph: Paragraph): boolean {
  const [only] = paragraph.children;
  return paragraph.children.length === 1 && only!.type === 'emphasis' && !toString(only).includes('\n');
}

/** "제목 : 데이터 파이프라인" inside the bold line: the label's title. */
export function labelledTitle(title: string | null): string | null {
  return title === null ? null : (TITLE_LABEL.exec(title)?.[1]?.trim() ?? title);
}

/** A quote of more lines than this under a talk's title is a quotation, not its byline. */
export const QUOTED_BYLINE_LINES = 2;

/** A paragraph of nothing but images (spaces and line breaks aside). */
export function isPhoto(paragraph: Paragraph): boolean {
  const images = paragraph.children.filter((child) => child.type === 'image');
  const blank = paragraph.children.filter(
    (child) => child.type === 'break' || (child.type === 'text' && child.value.trim() === ''),
  );
  return images.length > 0 && images.length + blank.length === paragraph.children.length;
}
