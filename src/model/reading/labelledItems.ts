import type { ListItem, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseSessionHeading } from '../sessionHeading.js';
import { parseSpeakerList } from '../speakers/speakerLists.js';
import type { Speaker } from '../types.js';

/**
 * A word that says "talk" followed by its number, or a number and then the word, then a colon:
 * "3. Vortrag:", "Talk 3:", "Vortrag 3 -", "Session 2:", "2. Konferenz:". Its number says the item is one of a
 * series of talks, however long the notes that follow it on the same line.
 */
const TALK_LABEL_WORDS = String.raw`(?:talk|vortrag|session|keynote|conf[ée]rence|charla|ponencia|palestra|intervento)`;
const TALK_LABEL = new RegExp(
  String.raw`^\s*(?:\d{1,2}\.\s*${TALK_LABEL_WORDS}|${TALK_LABEL_WORDS}\s*#?\d{1,2})[\s_*]*[:：\-–—][\s_*]*`,
  'iu',
);

export interface LabelledTalk {
  title: string;
  speakers: Speaker[];
}

/** Pure: the item's line opens with a numbered talk label ("3. Vortrag:", "Talk 3:"). */
export function hasTalkLabel(item: ListItem): boolean {
  const { inner, number } = numbered(item);
  const [first] = inner.children;
  return first?.type === 'paragraph' && TALK_LABEL.test(`${number}${phrase(first.children)}`);
}

/**
 * "* 3. Vortrag: …" is parsed as a bullet holding an ordered list of one item that starts at 3: the item
 * inside, and its number written back ("3. "), so that the label reads as written.
 */
export function numbered(item: ListItem): { inner: ListItem; number: string } {
  const [only] = item.children;
  if (item.children.length === 1 && only?.type === 'list' && only.ordered && only.children.length === 1)
    return { inner: only.children[0]!, number: `${only.start ?? 1}. ` };
  return { inner: item, number: '' };
}

/**
 * Pure: a numbered talk item whose title is a link, as blog posts list what they heard:
 * "4. Vortrag: Von H. Uhlig [Title](…): notes", "5. Vortrag: A. Scherbaum: [Title](…): notes",
 * "3. Vortrag: [Title von Julius Plenz.](…) notes". The link's text is the title; the speaker is named
 * before it ("von X", "X:") or inside it ("Title von X"). Null when the item has no label or no link.
 */
export function labelledTalk(item: ListItem): LabelledTalk | null {
  const { inner, number } = numbered(item);
  const [first] = inner.children;
  if (first?.type !== 'paragraph') return null;
  const at = first.children.findIndex((child) => child.type === 'link');
  const before = number + phrase(at < 0 ? first.children : first.children.slice(0, at));
  if (!TALK_LABEL.test(before)) return null;
  // No link: the title runs into the notes; it ends where "von Jane Roe" names the speaker, or with the line.
  if (at < 0) {
    const text = before.replace(TALK_LABEL, '');
    return { title: /^(.{3,120}?)\s+(?:von|by|par|por)\s+\p{Lu}/u.exec(text)?.[1] ?? text, speakers: [] };
  }
  const linkText = phrase([first.children[at]!]).replace(/[.,;:]+$/, '');
  if (linkText === '') return null;
  const lead = before
    .replace(TALK_LABEL, '')
    .replace(/[\s_*:：]+$/u, '')
    .trim();
  const named = speakersBefore(lead);
  if (named) return { title: linkText, speakers: named };
  if (lead !== '') return null; // words before the link that name no one: not this shape
  const inside = parseSessionHeading(linkText);
  return { title: inside.speakers.length > 0 ? inside.title : linkText, speakers: inside.speakers };
}

/** "Von H. Uhlig", "A. Scherbaum", "a talk by Jane Roe": the names before the title's link, or null. */
function speakersBefore(lead: string): Speaker[] | null {
  if (lead === '') return null;
  const by = /(?:^|\s)(?:von|by|par|por|di)\s+(\p{Lu}.*)$/iu.exec(lead)?.[1];
  return parseSpeakerList(by ?? lead);
}

/** Plain words of inline content, with emphasis marks and whitespace folded. */
function phrase(nodes: PhrasingContent[]): string {
  return nodes
    .map((node) => toString(node))
    .join('')
    .replace(/[_*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
