// A slot's header under its heading: a "Topic: Title" among the programme's lines, or a title line after the names.
import { sourceOf } from '../blocks.js';
import { LEADING_BLOCKS } from './labelledNearStart.js';
import { plain } from './lineText.js';
import { parseSpeakerList } from './speakerLists.js';
import { HANDLE } from './speakerMarks.js';
import { TITLE_LABEL, labelledSpeakers } from './speakerLabels.js';
import type { SpeakerLines } from './takenSpeakers.js';

/** A paragraph under a slot heading this short, with a "Topic:" line, is the talk's header (moved to the speaker notes). */
export const SLOT_HEADER_LINES = 4;

/** A title line under a slot's speaker is at most this long, and is one line. */
const MAX_TITLE_LINE = 120;

/**
 * Under a slot heading (`**KEYNOTE**`, `## Keynote`) whose first lines (or a line of names over it: `named`) named the speaker, a paragraph of one short line
 * (perhaps the speaker's handle under it) that reads as no sentence and no names, with notes after it (`Ethics and
 * Consistency`): the talk's title, as a
 * programme writes slot, speaker, title. It goes to the speaker notes with the speaker's line.
 */
export function withTitleAfterNames(read: SpeakerLines, source: string, named: boolean): SpeakerLines {
  const [next, ...after] = read.rest;
  if (read.title !== null || (read.speakers.length === 0 && !named) || next?.type !== 'paragraph' || after.length === 0)
    return read;
  const lines = sourceOf(next, source)
    .split('\n')
    .map((line) => line.replace(/\\$/, '').trim())
    .filter(Boolean);
  const title = plain(lines[0] ?? '')
    .replace(/[*_]/g, '')
    .trim();
  // A handle under the title (`@alixtrot`) is the speaker's, no more notes.
  if (
    !lines.slice(1).every((line) => HANDLE.test(plain(line))) ||
    title === '' ||
    title.length > MAX_TITLE_LINE ||
    /[.!?。！？:：]$/u.test(title)
  )
    return read;
  // A line of full names is more speakers; words that read as one-word names (`Build, Empower, Grow`) are a title.
  if (parseSpeakerList(title)?.every((speaker) => /\s/u.test(speaker.name))) return read;
  return { ...read, title, byline: [...read.byline, ...lines], rest: after };
}

/** A short line that labels a fact about the talk ("__Company__: Acme", "Room: B"), an image, or a line all in emphasis. */
export function isHeaderLine(line: string): boolean {
  const text = line.trim();
  if (/^!\[[^\]]*\]\([^)]*\)$/.test(text)) return true;
  if (/^(\*\*?|__?)(?!\s).+\1$/u.test(text) && text.length <= 120) return true;
  return text.length <= 120 && /^[\p{L}][\p{L} ]{0,24}\s*[:：]\s*\S/u.test(plain(text));
}

/**
 * Under a slot heading, a "Topic: Title" line a little further down, after other lines of the programme's header
 * (a photo, "__Company__: Acme", "*Jane Roe, Example*"): the header ends at the first line of notes.
 */
export function withHeaderTitle(read: SpeakerLines, source: string): SpeakerLines {
  for (const node of read.rest.slice(0, LEADING_BLOCKS)) {
    if (node.type !== 'paragraph') break;
    const lines = sourceOf(node, source)
      .split('\n')
      .map((line) => line.replace(/\\$/, '').trim())
      .filter(Boolean);
    if (!lines.every(isHeaderLine)) break;
    const title = lines.map((line) => TITLE_LABEL.exec(plain(line))?.[1]?.trim()).find(Boolean);
    if (!title || lines.length > SLOT_HEADER_LINES) continue;
    const speakers = lines.flatMap((line) => labelledSpeakers(plain(line)) ?? []);
    return {
      speakers: [
        ...read.speakers,
        ...speakers.filter((speaker) => !read.speakers.some((known) => known.name === speaker.name)),
      ],
      title,
      byline: [...read.byline, ...lines],
      rest: read.rest.filter((other) => other !== node),
    };
  }
  return read;
}
