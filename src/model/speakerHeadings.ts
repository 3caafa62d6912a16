import { isAsideTitle, isDayTitle, isSlotTitle } from './headingKinds.js';
import { isNonTalkName } from './nonTalkNames.js';
import type { OutlineSection } from './outline.js';
import { looksLikeName } from './speakers/nameWords.js';
import { parseSpeakerHeading } from './speakers/speakerLists.js';

/** At least this many heading pairs before a file is read as "# Speaker" / "## Title" pairs. */
export const MIN_PAIRS = 3;
/** Share of sibling sections that must be pairs (one sub-heading each), and of pairs that must name one speaker. */
export const PAIR_SHARE = 0.6;
export const NAMED_SHARE = 0.7;

/**
 * Pure: notes that write each talk as two headings, one naming the speaker and one the title
 * (`# Jane Roe` / `## The Grammar of Code`, the first pair perhaps inverted), read as one talk per pair.
 * Weighed over all sibling sections: most hold exactly one sub-heading, and in most pairs exactly one
 * of the two headings reads as names, the names all different ("Key Takeaways" under each talk is
 * not a speaker). Where siblings do not read so, their sub-sections are looked at in turn.
 */
export function pairSpeakerHeadings(sections: OutlineSection[]): OutlineSection[] {
  const words = nameWords(sections);
  const side = namedSide(sections, words);
  if (side) return joinPairs(sections, side, words);
  const cousins = sections.flatMap((section) => section.children);
  const cousinWords = nameWords(cousins);
  const cousinSide = namedSide(cousins, cousinWords);
  // The pairs of all days are weighed together, as one file's habit: a day of a few pairs (one a keynote by
  // "Matz", one a title that reads as a name too) does not decide alone.
  if (cousinSide)
    return sections.map((section) => ({ ...section, children: joinPairs(section.children, cousinSide, cousinWords) }));
  return sections.map((section) =>
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a section with no children, looked into, comes back equal
    section.children.length > 0 ? { ...section, children: pairSpeakerHeadings(section.children) } : section,
  );
}

/**
 * Each pair of the sections read as one talk, the names on the side given. Where the names are the sub-headings, a
 * title whose first sub-heading is the names and whose others are its parts (`## Title` / `#### Jane Roe` / `#### Why
 * it matters`) is a pair too, and so is one whose only sub-heading is one capitalised word (`#### Matz`): the file's
 * habit says who it is.
 */
function joinPairs(sections: OutlineSection[], side: 'parent' | 'child', words: number | null): OutlineSection[] {
  return sections.map((section) => {
    if (section.children.length === 1) return joinPair(section, side, words);
    if (side !== 'child' || section.children.length === 0) return section;
    // Both may read as names ("Pushing Back Against Loneliness"): the one written as the file's names are is the name.
    return namedHeading(section.text, section.children[0]!.text, words) === 'child' ? joinFirstChild(section) : section;
  });
}

/** A heading that is only names: "Jane Roe", "Jane Roe, Example Corp", "Jane Roe (Example)", "Megan Tiu!". */
export function namesOnly(text: string): boolean {
  if (isDayTitle(text) || isSlotTitle(text)) return false;
  return parseSpeakerHeading(withoutExclamation(text)) !== null;
}

/** "Megan Tiu!": the author's cheer after a name is no part of it. */
function withoutExclamation(text: string): string {
  return text.replace(/\s*[!！]+$/u, '');
}

/** One capitalised word (`Matz`) that reads as a name where a mark says so, and names no part of a talk (`Takeaways`). */
function oneWordName(text: string): boolean {
  const word = withoutExclamation(text).trim();
  return /^\p{Lu}[\p{Ll}'’-]+$/u.test(word) && looksLikeName(word, true) && !isAsideTitle(word) && !isNonTalkName(word);
}

/** A talk whose first sub-heading names its speaker, its other sub-headings its parts: one talk with them. */
function joinFirstChild(section: OutlineSection): OutlineSection {
  const [name, ...parts] = section.children as [OutlineSection, ...OutlineSection[]];
  const nameHeading = section.body.findIndex(
    (node) => node.type === 'heading' && node.position?.start.line === name.line,
  );
  return {
    ...section,
    content: [...section.content, ...name.content],
    body: section.body.filter((_, index) => index !== nameHeading),
    children: [...name.children, ...parts],
    speakerHeading: { heading: name.heading, text: withoutExclamation(name.text) },
  };
}

/**
 * How many words the speakers' names have in the pairs where only one heading reads as names (the most common
 * count), or null when no pair says: where both headings read as names ("Writing Calm Code" over "Bo Chen"),
 * the one written as the others' names are is the name.
 */
export function nameWords(sections: OutlineSection[]): number | null {
  const counts = new Map<number, number>();
  for (const pair of sections.filter((section) => section.children.length === 1)) {
    const parent = namesOnly(pair.text);
    if (parent === namesOnly(pair.children[0]!.text)) continue;
    const words = wordCount(parent ? pair.text : pair.children[0]!.text);
    counts.set(words, (counts.get(words) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return best ? best[0] : null;
}

/** Which of a pair's headings is the names: the only one that reads so, or the one with as many words as the file's names. */
export function namedHeading(parent: string, child: string, words: number | null): 'parent' | 'child' | null {
  const [parentNamed, childNamed] = [namesOnly(parent), namesOnly(child)];
  if (parentNamed !== childNamed) return parentNamed ? 'parent' : 'child';
  if (!parentNamed || words === null) return null;
  const [parentFits, childFits] = [wordCount(parent) === words, wordCount(child) === words];
  return parentFits === childFits ? null : parentFits ? 'parent' : 'child';
}

/** Words of a heading, an organisation in parentheses aside ("Bob Smith (Example)" has two). */
function wordCount(text: string): number {
  return text
    .replace(/\s*[(（][^()（）]*[)）]\s*$/u, '')
    .trim()
    .split(/\s+/).length;
}

/** Which heading of most pairs names the speaker, or null when the siblings are not pairs. */
function namedSide(sections: OutlineSection[], words: number | null): 'parent' | 'child' | null {
  const pairs = sections.filter((section) => section.children.length === 1);
  if (pairs.length < MIN_PAIRS || pairs.length < sections.length * PAIR_SHARE) return null;
  const names: string[] = [];
  let parents = 0;
  for (const pair of pairs) {
    const named = namedHeading(pair.text, pair.children[0]!.text, words);
    if (named === null) continue;
    const parent = named === 'parent';
    // Stryker disable next-line MethodExpression: the names are compared without case; upper case does it as well
    names.push((parent ? pair.text : pair.children[0]!.text).toLocaleLowerCase());
    if (parent) parents++;
  }
  if (names.length < pairs.length * NAMED_SHARE || new Set(names).size < names.length * NAMED_SHARE) return null;
  return parents * 2 >= names.length ? 'parent' : 'child';
}

/** One talk of a pair: titled by the heading that is not the names (or, when both read as names, by the side most pairs title with). */
function joinPair(section: OutlineSection, side: 'parent' | 'child', words: number | null): OutlineSection {
  const child = section.children[0]!;
  const parentNamed = namesOnly(section.text);
  // "## Keynote: Good Change, Bad Change" / "#### Matz": where the sub-headings name the speakers, one word will do.
  const childNamed = namesOnly(child.text) || (side === 'child' && !parentNamed && oneWordName(child.text));
  if (!parentNamed && !childNamed) return section;
  const nameIsParent = parentNamed && (namedHeading(section.text, child.text, words) ?? side) === 'parent';
  const [title, name] = nameIsParent ? [child, section] : [section, child];
  return {
    ...title,
    line: section.line,
    rank: section.rank,
    content: [...section.content, ...child.content],
    body: [...section.content, ...child.body],
    children: child.children,
    speakerHeading: { heading: name.heading, text: withoutExclamation(name.text) },
  };
}
