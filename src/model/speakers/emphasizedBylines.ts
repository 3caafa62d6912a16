// Names set in emphasis on a line of their own: `**Jane Roe, Acme**`, `*(Jane Roe)*`, `_Jane Roe/John Doe_`.
import type { Speaker } from '../types.js';
import { bylineSpeaker, nameAndOrg } from './bylines.js';
import { plain } from './lineText.js';
import { isCjkName } from './nameWords.js';
import { parseSpeakerList } from './speakerLists.js';

/** A whole line in bold or italics: `**Jane Roe, Acme**`, `_Jane Roe_`. */
export function isEmphasizedByline(line: string): boolean {
  return /^(\*\*?|__?)(?!\s).+?\1$/u.test(line);
}

/**
 * A line in bold that reads as one name ("**Jane Roe**"); not a run of CJK words, which reads as a name as
 * easily as a bold title does ("**분산 시스템의 장애 대응**").
 */
export function isEmphasizedName(line: string): boolean {
  const speakers = isEmphasizedByline(line) ? bylineSpeaker(plain(line)) : null;
  return speakers?.length === 1 && plausibleNames(speakers);
}

/** Names that are no run of CJK words ("장애는 언제나 온다" reads as a name as easily as a sentence does). */
export function plausibleNames(speakers: Speaker[]): boolean {
  return speakers.every(
    (speaker) =>
      !(
        /\s/.test(speaker.name) &&
        /\p{Script=Hangul}|\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(speaker.name)
      ),
  );
}

/** One line in bold or italics that names a person and her organisation: `**Jane Roe, Acme**`. */
export function emphasizedByline(lines: string[]): Speaker[] | null {
  if (lines.length !== 1) return null;
  return (isEmphasizedByline(lines[0]!) ? nameAndOrg(plain(lines[0]!)) : null) ?? emphasizedNames(lines[0]!);
}

/** Emphasis around a whole line, perhaps inside or outside parentheses: `*(…)*`, `(*…*)`, `_…_`. */
export const EMPHASIZED_NAMES = /^[(（]?\s*(\*\*?|__?)(?!\s)[(（]?([^()（）*_]+?)[)）]?\1\s*[)）]?$/u;

/**
 * `*(Jane Roe)*`, `(*Jane Roe*)`, `*Jane Roe/John Doe*`: a line of names alone, in emphasis, perhaps in parentheses.
 * Each name has two words or more (or is a CJK name): one word so set apart is as often a workshop's acronym or a remark.
 */
export function emphasizedNames(line: string): Speaker[] | null {
  const inner = EMPHASIZED_NAMES.exec(line.trim())?.[2];
  // "Jane Roe/John Doe": a slash between two names, spaced or not.
  const speakers = inner === undefined ? null : parseSpeakerList(inner.replace(/\s*\/\s*/g, ' / '));
  const full = speakers?.every((speaker) => /\s/.test(speaker.name) || isCjkName(speaker.name));
  return full && plausibleNames(speakers!) ? speakers : null;
}
