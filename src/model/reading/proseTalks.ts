import type { Link, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lineOf, sourceOf } from '../blocks.js';
import type { TalkSource } from '../inferStructure.js';
import { parseSpeakers, withoutTrailingJoiner } from '../speakers/speakerLists.js';
import { BY_WORD } from '../speakers/speakerMarks.js';
import { sharesTopic } from './evidence.js';
import { isEventUrl } from './listTalks.js';
import { blockTalksReading, type ListReading } from './listReading.js';
import { emphasisedTalks, type SaidTalk, talksSaidIn } from './saidTalks.js';

/** A talk named in a sentence by a link to its event page counts as one that says so. */
export const PROSE_TALK = 1;
/** Fewer such links in the whole file and they are references, not the talks. */
export const MIN_PROSE_TALKS = 3;
/** Talks said in sentences with their speakers ("a palestra de Jane Roe sobre X"): this many are the notes' talks. */
export const MIN_SAID_TALKS = 2;
/** Link texts that name the page, not the talk: "[slides](…/talks/x)", "[video](…)". */
const GENERIC_TEXT = /^(?:slides?|video|recording|here|link|this|page|talk|session|abstract|details|more|watch)$/i;
/** The byline words (speakerMarks.ts) and Portuguese "do", "da" ("do Jane Roe, sobre"; not "de": "trilha de Java"). */
const PROSE_BY = `(?:${BY_WORD}|do|da)`;
/** "by Jane Roe" after the link. */
const BY_AFTER = new RegExp(String.raw`^\s*,?\s*${PROSE_BY}\s+(.+)$`, 'isu');
/** The word before a name in "by Jane Roe", "do Jane Roe". */
const BY_ALONE = new RegExp(`^${PROSE_BY}$`, 'i');
/** After a name, a word that says the talk named next is the one it gave. */
const FORWARD_WORD = '(?:about|on|sur|über|sobre|acerca de)';
/** "…, about" at the end of the words before a link: the name before it gave the talk the link names. A word of its own: "Jackson" keeps its "on". */
const FORWARD_TAIL = new RegExp(String.raw`\s*,?\s*(?<!\p{L})${FORWARD_WORD}\s*$`, 'iu');
/** The words between a name and the link it points forward to, and nothing else. */
const POINTS_FORWARD = new RegExp(String.raw`^\s*,?\s*${FORWARD_WORD}\s*$`, 'iu');
/** A name runs at most this many words ("Merlijn B. W. Wajer and Bart Ribbers"). */
const MAX_NAME_WORDS = 9;

/**
 * Pure: the reading in which talks are named only in sentences, each by a link to its event page:
 * "my favourite was [Lazy images](https://example.org/schedule/event/lazy/) by Jane Roe". Days are the
 * headings the sentences sit under; a paragraph is the notes of the first talk it names. Null unless
 * the file names at least MIN_PROSE_TALKS talks so.
 */
export function proseReading(nodes: RootContent[], source: string): ListReading | null {
  let count = 0;
  let said = 0;
  const reading = blockTalksReading(nodes, source, (node, host) => {
    if (node.type !== 'paragraph') return null;
    // A link to the page of the talk its heading names is that talk's, not one more.
    const talks = talksOfParagraph(node, source).filter((talk) => !(host && sameTalk(talk.text, host.text)));
    if (talks.length === 0) return null;
    count += talks.length;
    said += talks.filter((talk) => talk.said).length;
    talks[0]!.body = [node];
    // Stryker disable next-line ArithmeticOperator: PROSE_TALK is 1 (pinned by its test), so times and divided by agree
    return { talks, evidence: talks.length * PROSE_TALK };
  });
  return reading && (count >= MIN_PROSE_TALKS || said >= MIN_SAID_TALKS) ? reading : null;
}

/** The talks a paragraph names by links to event pages, each with the speakers written next to it. */
export function talksOfParagraph(
  node: Extract<RootContent, { type: 'paragraph' }>,
  source: string,
): (TalkSource & { said?: true })[] {
  const children = node.children;
  const links = children
    .map((child, index) => ({ child, index }))
    .filter((entry): entry is { child: Link; index: number } => isTalkLink(entry.child));
  // Without links to event pages, sentences may still say which talk someone gave (saidTalks.ts).
  // So may a title set apart in emphasis before "de [Jane Roe](…)".
  if (links.length === 0)
    return saidOrEmphasised(children).map(({ title, speakers }) => ({
      heading: title,
      text: title,
      line: lineOf(node),
      body: [],
      group: null,
      speakerHeading: { heading: speakers, text: speakers },
      said: true,
    }));
  return links.map(({ child, index }, at) => {
    const before = plainText(children.slice(at === 0 ? 0 : links[at - 1]!.index + 1, index));
    const after = plainText(children.slice(index + 1, links[at + 1]?.index ?? children.length));
    const named = speakersAfter(after) ?? speakersBefore(before);
    const text = toString(child).replace(/\s+/g, ' ').trim();
    return {
      heading: sourceOf(child, source).replace(/\s*\n\s*/g, ' '),
      text,
      line: lineOf(child),
      body: [],
      group: null,
      ...(named ? { speakerHeading: { heading: named, text: named } } : {}),
    };
  });
}

function isTalkLink(node: PhrasingContent): node is Link {
  if (node.type !== 'link' || !isEventUrl(node.url)) return false;
  const text = toString(node).trim();
  // A bare URL (`https://…/proposal/…` pasted under a heading) gives no title: the heading or the words around it do.
  return /\p{L}/u.test(text) && !GENERIC_TEXT.test(text) && !BARE_URL.test(text);
}

/** Link text that is only a web address. */
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/iu;

/** The talks sentences say (talksSaidIn), then those named by an emphasised title and a linked name not said already. */
function saidOrEmphasised(children: PhrasingContent[]): SaidTalk[] {
  const said = talksSaidIn(plainText(children));
  return [...said, ...emphasisedTalks(children).filter((talk) => !said.some((other) => other.title === talk.title))];
}

function plainText(nodes: PhrasingContent[]): string {
  return nodes
    .map((node) => toString(node))
    .join('')
    .replace(/\s+/g, ' ');
}

/** "by Jane Roe and John Doe were…": the longest run of words after "by" that reads as names, unless it points at the next talk. */
function speakersAfter(text: string): string | null {
  const match = BY_AFTER.exec(text);
  if (!match) return null;
  const words = match[1]!.split(' ').slice(0, MAX_NAME_WORDS);
  // A full stop ends the sentence, and the names, unless it marks an initial ("Jane B. Roe").
  const end = words.findIndex((word) => /[.!?]$/.test(word) && !/^\p{Lu}\.$/u.test(word));
  if (end >= 0) words.length = end + 1;
  // Stryker disable next-line EqualityOperator: no words make the empty name, which parseSpeakers never reads
  for (let length = words.length; length > 0; length--) {
    const names = withoutTrailingJoiner(
      words
        .slice(0, length)
        .join(' ')
        .replace(/[,;:.!?]+$/, ''),
    );
    if (!/[,;]/.test(names) && parseSpeakers(names)) {
      const rest = match[1]!.slice(words.slice(0, length).join(' ').length);
      return POINTS_FORWARD.test(rest) ? null : names;
    }
  }
  return null;
}

/** "do Jane Roe, sobre [Title]": the words between the last "by" before the link and the link, when they read as names. */
function speakersBefore(text: string): string | null {
  const words = text.trim().split(' ');
  const by = words.findLastIndex((word) => BY_ALONE.test(word));
  if (by < 0 || words.length - by - 1 > MAX_NAME_WORDS) return null;
  const names = words
    .slice(by + 1)
    .join(' ')
    .replace(FORWARD_TAIL, '')
    .replace(/[,;:]+$/, '')
    .trim();
  // parseSpeakers reads no name from no words ("by [Title]").
  return parseSpeakers(names) ? names : null;
}

/** A link text and a heading that name the same talk. */
function sameTalk(text: string, heading: string): boolean {
  const fold = (value: string) =>
    value
      .toLocaleLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  // Stryker disable next-line LogicalOperator: sharesTopic is symmetric (both sides' words are filtered alike)
  return fold(text) === fold(heading) || (sharesTopic(text, heading) && sharesTopic(heading, text));
}
