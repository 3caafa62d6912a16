import { isDayTitle, isSlotTitle } from './headingKinds.js';
import type { OutlineSection } from './outline.js';
import { parseSpeakerHeading } from './speakers/names.js';

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
  const side = namedSide(sections);
  if (side) return sections.map((section) => (section.children.length === 1 ? joinPair(section, side) : section));
  return sections.map((section) =>
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a section with no children, looked into, comes back equal
    section.children.length > 0 ? { ...section, children: pairSpeakerHeadings(section.children) } : section,
  );
}

/** A heading that is only names: "Jane Roe", "Jane Roe, Example Corp", "Jane Roe (Example)". */
export function namesOnly(text: string): boolean {
  if (isDayTitle(text) || isSlotTitle(text)) return false;
  return parseSpeakerHeading(text) !== null;
}

/** Which heading of most pairs names the speaker, or null when the siblings are not pairs. */
function namedSide(sections: OutlineSection[]): 'parent' | 'child' | null {
  const pairs = sections.filter((section) => section.children.length === 1);
  if (pairs.length < MIN_PAIRS || pairs.length < sections.length * PAIR_SHARE) return null;
  const names: string[] = [];
  let parents = 0;
  for (const pair of pairs) {
    const parent = namesOnly(pair.text);
    const child = namesOnly(pair.children[0]!.text);
    if (parent === child) continue;
    // Stryker disable next-line MethodExpression: the names are compared without case; upper case does it as well
    names.push((parent ? pair.text : pair.children[0]!.text).toLocaleLowerCase());
    if (parent) parents++;
  }
  if (names.length < pairs.length * NAMED_SHARE || new Set(names).size < names.length * NAMED_SHARE) return null;
  return parents * 2 >= names.length ? 'parent' : 'child';
}

/** One talk of a pair: titled by the heading that is not the names (or, when both read as names, by the side most pairs title with). */
function joinPair(section: OutlineSection, side: 'parent' | 'child'): OutlineSection {
  const child = section.children[0]!;
  const parentNamed = namesOnly(section.text);
  const childNamed = namesOnly(child.text);
  if (!parentNamed && !childNamed) return section;
  const nameIsParent = parentNamed && childNamed ? side === 'parent' : parentNamed;
  const [title, name] = nameIsParent ? [child, section] : [section, child];
  return {
    ...title,
    line: section.line,
    rank: section.rank,
    content: [...section.content, ...child.content],
    body: [...section.content, ...child.body],
    children: child.children,
    speakerHeading: { heading: name.heading, text: name.text },
  };
}
