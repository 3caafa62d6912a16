import { isDayTitle, isSlotTitle } from './headingKinds.js';
import type { OutlineSection } from './outline.js';
import { parseSessionHeading } from './sessionHeading.js';
import { looksLikeName } from './speakers/nameWords.js';
import { looksLikeOrg, parseSpeakerList, parseSpeakers } from './speakers/speakerLists.js';
import { roleHeadingSpeaker } from './speakers/speakerRoles.js';

/** At least this many headings in the file written `Jane Roe, Title` before any is read so. */
export const MIN_COMMA_SPEAKERS = 2;
/** And this share of the headings beside each (its siblings): one `Hello World, Again` among plain titles is a title. */
export const COMMA_SPEAKER_SHARE = 0.6;
/** Words the title after the comma needs: `Jane Roe, Acme` is a name and where she works. */
export const MIN_COMMA_TITLE_WORDS = 3;

/** A word in capitals (`Dear AI`, `Intro to GraphQL APIs`): a title's word, seldom a name's. */
const ACRONYM = /(?:^|\s)\p{Lu}{2,}(?:\s|$)/u;
/** A title opens with a capital, a letter of a script without case, a digit or a quote mark. */
const TITLE_START = /^[\p{Lu}\p{Lo}\p{N}"“‘'«„¿¡]/u;

/**
 * Pure: `Rachael Morton, Changing Perceptions of Quality…` → the name before the first comma and the title after it;
 * null when the lead is no name of two words or more, or the rest names people, an organisation or a role
 * (`Jane Roe, John Doe`, `Jane Roe, Example Corp`, `Jane Roe, Head of Research`), or the heading names its speakers
 * the usual way (`Title, by Jane Roe`).
 */
export function commaSpeakerFirst(text: string): { name: string; title: string } | null {
  // Stryker disable next-line MethodExpression: the name and the title are trimmed below either way
  const match = /^([^,]+),\s+(\S.*)$/u.exec(text.trim());
  if (!match) return null;
  const name = match[1]!.trim();
  // Stryker disable next-line MethodExpression: the text is trimmed and the title opens with no space
  const title = match[2]!.trim();
  // Stryker disable next-line BooleanLiteral: `true` lets one word be a name, and the space test refuses one word
  if (!/\s/.test(name) || !looksLikeName(name, false) || ACRONYM.test(name) || !TITLE_START.test(title)) return null;
  if (looksLikeOrg(name) || isDayTitle(name) || isSlotTitle(name)) return null;
  if (title.split(/\s+/).length < MIN_COMMA_TITLE_WORDS || looksLikeOrg(title)) return null;
  if (parseSpeakers(title) !== null || parseSpeakerList(title) !== null || roleHeadingSpeaker(text) !== null)
    return null;
  return parseSessionHeading(text).speakers.length > 0 ? null : { name, title };
}

/**
 * Pure: headings written speaker first with a comma (`### Rachael Morton, Changing Perceptions…`, academic
 * programmes) are talks of that speaker, titled by the rest, weighed over the whole file: at least MIN_COMMA_SPEAKERS
 * such headings, and among its siblings (a panel's papers) COMMA_SPEAKER_SHARE of them written so. The name becomes a
 * speaker heading of the section; the heading as written is kept.
 */
export function readCommaSpeakers(sections: OutlineSection[], source: string): OutlineSection[] {
  const lower = lowerCaseWords(source);
  const shapedIn = (section: OutlineSection) => {
    if (namedElsewhere(section)) return null;
    const named = commaSpeakerFirst(section.text);
    return named && writtenAsName(named.name, lower) ? named : null;
  };
  if (countShaped(sections, shapedIn) < MIN_COMMA_SPEAKERS) return sections;
  return readSiblings(sections, shapedIn);
}

type Shaped = (section: OutlineSection) => { name: string; title: string } | null;

function countShaped(sections: OutlineSection[], shapedIn: Shaped): number {
  return sections.reduce(
    (count, section) => count + (shapedIn(section) === null ? 0 : 1) + countShaped(section.children, shapedIn),
    0,
  );
}

/** Every word the file writes in lower case somewhere (`hooks` in "React hooks let you…"). */
function lowerCaseWords(source: string): Set<string> {
  // Stryker disable next-line ArrayDeclaration: a stand-in word in the set is no name's word
  return new Set(source.match(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []);
}

/**
 * A person's name is written with capitals wherever the file writes it; the words of a title's first phrase
 * (`React Hooks, Suspense and Concurrent Mode`) turn up in lower case in the notes. Particles (`van`) are lower case anyway.
 */
function writtenAsName(name: string, lower: Set<string>): boolean {
  // Stryker disable next-line Regex: the empty words a split at each space makes open with no capital
  const words = name.split(/\s+/);
  return words.filter((word) => /^\p{Lu}/u.test(word)).every((word) => !lower.has(word.toLocaleLowerCase()));
}

/** A section whose notes open with a byline or a name names its speaker there: the words before its comma are its title's. */
function namedElsewhere(section: OutlineSection): boolean {
  return section.speakerHeading !== undefined || section.opensWithSpeaker === true || section.opensWithName === true;
}

function readSiblings(sections: OutlineSection[], shapedIn: Shaped): OutlineSection[] {
  const shaped = sections.filter((section) => shapedIn(section) !== null).length;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with none shaped the share fails, but for no sections
  const read = shaped > 0 && shaped >= sections.length * COMMA_SPEAKER_SHARE;
  return sections.map((section) => {
    const children = section.children.length > 0 ? readSiblings(section.children, shapedIn) : section.children;
    const named = read ? shapedIn(section) : null;
    if (!named) return children === section.children ? section : { ...section, children };
    // Stryker disable next-line ArrayDeclaration: a name that looksLikeName is one parseSpeakers reads
    return { ...section, text: named.title, children, namedFirst: parseSpeakers(named.name) ?? [] };
  });
}
