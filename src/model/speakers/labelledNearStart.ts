// Speakers named a little further down a talk's start: labelled lines, marked bullets, bylines, opening prose.
import { sourceOf } from '../blocks.js';
import type { Speaker } from '../types.js';
import { MARK, speakersOfLines } from './bylines.js';
import { labelSectionIn } from './labelSections.js';
import { bylineOf, plain } from './lineText.js';
import { looksLikeName } from './nameWords.js';
import { PROFILE_URL } from './speakerMarks.js';
import { nameBeforeHandle, namesWithHandles, speakerByLinkInProse, speakersOpeningProse } from './proseSpeakers.js';
import { isRatingLine } from './ratingLines.js';
import { labelledItems, leadingMarkedBullets, withoutItems } from './speakerBullets.js';
import { labelledLines, labelledParagraphsAfter, labelledSpeakers } from './speakerLabels.js';
import type { SpeakerLines } from './takenSpeakers.js';
import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** How many blocks from a talk's start may hold a labelled speaker line ("Speaker: …" after a time or room line). */
export const LEADING_BLOCKS = 5;

/**
 * "Speaker: Jane Roe" a little further down, or among other lines of a paragraph ("14:00, Room B" then
 * "Speaker : Jane Roe"): the label says what the line is, so it is read anywhere near the start.
 * A labelled bullet is taken out of its list; a paragraph that holds other lines stays as written.
 */
export function labelledNearStart(content: RootContent[], source: string, handleMentions: boolean): SpeakerLines {
  const labelSection = labelSectionIn(content, source);
  if (labelSection) return labelSection;
  for (const [index, node] of content.slice(0, LEADING_BLOCKS).entries()) {
    if (node.type === 'thematicBreak') break;
    // Any other heading starts the talk's own sections.
    if (node.type === 'heading') break;
    if (node.type === 'list') {
      const found = labelledItems(node, source);
      if (found.length > 0) return withoutItems(content, index, found, source);
      // "- Jane Roe - GM, Storage, Example Corp" under the abstract: a role or a handle marks the bullet as a byline.
      const marked = leadingMarkedBullets(node, source);
      if (marked.length > 0) return withoutItems(content, index, marked, source);
    }
    if (node.type === 'paragraph' && index > 0) {
      // "Jane Roe - GM, Storage, Example Corp" after a line about the session: every line names a speaker, one with a role or a handle.
      const lines = sourceOf(node, source)
        .split('\n')
        .map((line) => plain(line.trim()))
        .filter(Boolean);
      const speakers =
        lines.length <= 6 && lines.some((line) => MARK.test(line))
          ? speakersOfLines(lines, false)?.speakers
          : undefined;
      if (speakers?.length)
        return {
          speakers,
          title: null,
          byline: bylineOf(node, source),
          rest: content.filter((other) => other !== node),
        };
    }
    const firstProse = node.type === 'paragraph' && isProse(node) && !content.slice(0, index).some(isProse);
    // In notes whose talks name their speaker with a handle (`handleMentions`), the first paragraph of prose names them so
    // anywhere in it: "… Horea Porutiu ([@horeaporutiu](…)) showed…".
    const mentioned = handleMentions && firstProse ? handleRun(content, index) : [];
    if (mentioned.length > 0) return { speakers: mentioned, title: null, byline: [], rest: content, fromProse: true };
    // "[Jane Roe](https://twitter.com/jroe) works at Example and showed…", "Jane Roe ([@jroe](…)) explained…": prose that
    // opens with a linked name, or a name and its handle.
    const linked = node.type === 'paragraph' ? (profileLinkedName(node) ?? nameBeforeHandle(node)) : null;
    if (linked) return { speakers: [linked], title: null, byline: [], rest: content, fromProse: true };
    // "[Dani](https://twitter.com/d) propuso una charla…", "Jane Roe talked about…": the notes' first paragraph of prose
    // (links or pictures alone are none) opens with who spoke.
    const opening = firstProse ? speakersOpeningProse(node) : null;
    if (opening) return { speakers: opening, title: null, byline: [], rest: content, fromProse: true };
    // "한정수님의 발표 입니다", "A workshop by Jane Roe.": a sentence that says whose talk it is.
    const told = node.type === 'paragraph' ? speakerByLinkInProse(node) : null;
    if (told) return { speakers: [told], title: null, byline: [], rest: content, fromProse: true };
    // "> Speaker: Jane Roe": a quote of the programme's byline.
    const paragraph =
      node.type === 'blockquote' && node.children.length === 1 && node.children[0]!.type === 'paragraph'
        ? node.children[0]
        : node;
    if (paragraph.type === 'paragraph') {
      const lines = sourceOf(paragraph, source)
        .split('\n')
        .map((line) => line.replace(/^(?:\s*>)+/, '').trim())
        .filter(Boolean);
      const labelled = lines
        .map((line) => ({ line, speakers: labelledSpeakers(plain(line)) }))
        .filter((entry) => entry.speakers !== null);
      if (labelled.length === 0) continue;
      const speakers = labelled.flatMap((entry) => entry.speakers!);
      if (labelled.length === lines.length) {
        // "Speaker: Jane Roe", a blank line, "Speaker: John Doe": each paragraph of labelled lines right after names one more.
        const taken = [node, ...labelledParagraphsAfter(content, index + 1, source)];
        return {
          speakers: [...speakers, ...taken.slice(1).flatMap((next) => labelledLines(next, source)!)],
          title: null,
          byline: taken.flatMap((next) => bylineOf(next, source)),
          rest: content.filter((other) => !taken.includes(other)),
        };
      }
      return { speakers, title: null, byline: [], rest: content };
    }
  }
  return { speakers: [], title: null, byline: [], rest: content };
}

/**
 * The people the paragraph at `index` names with their handle (namesWithHandles); where it opens with one, the paragraphs
 * right after it that open with another name and handle too (a talk's lightning talks, one paragraph each: `Jane Roe
 * ([@jroe](…)) showed…`, `John Doe ([@jdoe](…)) showed…`), up to the first that opens otherwise.
 */
export function handleRun(content: RootContent[], index: number): Speaker[] {
  const first = content[index] as Paragraph;
  const speakers = namesWithHandles(first);
  if (speakers.length === 0 || nameBeforeHandle(first) === null) return speakers;
  for (const node of content.slice(index + 1)) {
    const next = node.type === 'paragraph' ? nameBeforeHandle(node) : null;
    if (next === null) break;
    if (!speakers.some((speaker) => speaker.name === next.name)) speakers.push(next);
  }
  return speakers;
}

/** At least this many talks whose first paragraph of prose opens with a name and its handle make a file's habit. */
export const MIN_HANDLE_OPENINGS = 3;

/**
 * Pure: whether a talk's notes open their first paragraph of prose (among the first blocks) with a name and its handle:
 * `Jane Roe ([@jroe](…)) explained…`. Counted over a file, it says the author names speakers so (readSpeakerLines).
 */
export function opensWithHandle(content: RootContent[]): boolean {
  const first = content.slice(0, LEADING_BLOCKS).find(isProse);
  return first?.type === 'paragraph' && nameBeforeHandle(first) !== null;
}

/** A paragraph with words of its own: not links, pictures or breaks alone (`[Slides](…)`), nor a rating line. */
export function isProse(node: RootContent): boolean {
  return (
    node.type === 'paragraph' &&
    !isRatingLine(toString(node)) &&
    node.children.some(
      (child) =>
        child.type !== 'link' &&
        child.type !== 'image' &&
        child.type !== 'break' &&
        !(child.type === 'text' && child.value.trim() === ''),
    )
  );
}

/**
 * A paragraph that opens with a person's name linked to their profile: the notes introduce the speaker.
 * The link says it is a person, so a name of two words or more is enough; the paragraph stays as written.
 */
export function profileLinkedName(paragraph: Paragraph): Speaker | null {
  const [first] = paragraph.children;
  if (first?.type !== 'link' || !PROFILE_URL.test(first.url)) return null;
  const name = toString(first).trim();
  return /\s/.test(name) && looksLikeName(name, false) ? { name, org: null } : null;
}
