import { isDayTitle, isGroupTitle, isSlotTitle } from './headingKinds.js';
import type { OutlineSection } from './outline.js';
import { lineOf } from './blocks.js';
import { isRoleWord, looksLikeName } from './speakers/nameWords.js';
import { looksLikeOrg } from './speakers/speakerLists.js';

/** A slot needs this many sub-headings, this share of them naming a person first, before each is read as a talk. */
export const MIN_SLOT_SPEAKERS = 2;
export const SLOT_SPEAKER_SHARE = 0.6;

/** "김영윤 - 삼성전자", "David Nalley – Apache Foundation": a name, a dash, what the person does or where. */
const NAME_DASH_ROLE = /^(.+?)\s+[-–—]\s+(\S.*)$/u;

/**
 * Pure: a slot or group heading (`## Keynote`, `## Keynotes`) whose sub-headings mostly name a person and their
 * company (`#### Jane Roe - Example Corp`, `#### 김영윤 - 삼성전자`) holds one talk per person: titled by the slot,
 * or by the heading right after an empty name heading (`#### Jane Roe - Acme` then `#### Ten Things I Learned`),
 * or by the one sub-heading of a name heading with no notes of its own. A heading that names no one after a talk
 * is a part of it. Weighed over the sub-headings together; sections that do not read so are looked into.
 */
export function readSlotSpeakers(sections: OutlineSection[]): OutlineSection[] {
  return sections.map((section) => {
    if (holdsSlotSpeakers(section)) return { ...section, children: slotTalks(section) };
    return section.children.length > 0 ? { ...section, children: readSlotSpeakers(section.children) } : section;
  });
}

/** A person and what follows the dash, when the heading is written `Name - Company`; null otherwise. */
export function nameFirst(text: string): { name: string; about: string } | null {
  const match = NAME_DASH_ROLE.exec(text.trim());
  if (!match) return null;
  const [, name, about] = match;
  // "Jane Roe - John Doe" or "Title - Jane Roe": the part after the dash names a person, so the first is no company's.
  if (!looksLikeName(name!, true) || namesPerson(about!)) return null;
  return { name: name!, about: about! };
}

/**
 * Whether words name a person: `Example Corp` ends as a company's name does, and CJK names are written as one word,
 * so `오픈소스 프로젝트 설립자` (a role) is none.
 */
function namesPerson(text: string): boolean {
  // "Jane Roe, Acme" names her; "Staff Engineer, Acme" is a role: the part before a comma says which.
  const lead = text.split(',')[0]!.trim();
  const words = lead.split(/\s+/);
  if (looksLikeOrg(lead) || (words.length > 1 && words.every((word) => CJK_WORD.test(word)))) return false;
  return looksLikeName(lead, false);
}

const CJK_WORD = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;

function holdsSlotSpeakers(section: OutlineSection): boolean {
  const children = section.children;
  // "# Day 2 - Keynotes" over "## Jane Roe - Title": a day's part holds its talks, not one slot's people.
  const slotOrGroup = (isSlotTitle(section.text) || isGroupTitle(section.text)) && !isDayTitle(section.text);
  if (!slotOrGroup || children.length < MIN_SLOT_SPEAKERS) return false;
  const named = children.flatMap((child) => nameFirst(child.text) ?? []);
  // "## Favorite talks" over "### Jane Roe - Bringing Types to Elixir": talks written speaker first, not a slot's speakers.
  const titled = named.filter((person) => readsAsTalkTitle(person.about)).length;
  // Over half of the names (two of them at least, as a slot holds two people or more) read as titled.
  if (titled * 2 > named.length) return false;
  return named.length >= children.length * SLOT_SPEAKER_SHARE;
}

/** Quotes or a question set a title apart from a company's or a role's name. */
const TITLE_MARK = /["“”„«»?？]/u;
/** A company's name has at most this many words ("Example Corp", "Apache Software Foundation"); a title may have more. */
export const MAX_ORG_WORDS = 3;

/**
 * "Bringing Types to Elixir", "“Not Hotdog” Revisited": what follows a name reads as a talk's title, not as whom the
 * person works for (`Example Corp`, `GM, Storage, Example Corp`, `삼성전자`): a small word inside it, a quote, or more
 * words than a company's name has, and no role or company word before its first comma.
 */
export function readsAsTalkTitle(about: string): boolean {
  const lead = about.split(',')[0]!.trim();
  const words = lead.split(/\s+/u);
  if (looksLikeOrg(lead) || words.some(isRoleWord)) return false;
  return TITLE_MARK.test(about) || words.length > MAX_ORG_WORDS || words.slice(1).some((word) => /^\p{Ll}/u.test(word));
}

function slotTalks(slot: OutlineSection): OutlineSection[] {
  // Each talk with the line of the heading its notes follow (a title under an empty name heading is that heading).
  const talks: { talk: OutlineSection; after: number }[] = [];
  for (const child of slot.children) {
    const named = nameFirst(child.text);
    const open = talks.at(-1);
    if (named) talks.push(talkOf(slot, child, named));
    else if (open && open.talk.content.length === 0 && open.talk.children.length === 0)
      // "#### Jane Roe - Acme" with no notes, then "#### Ten Things I Learned": the talk's title.
      talks[talks.length - 1] = {
        talk: {
          ...child,
          line: open.talk.line,
          rank: open.talk.rank,
          children: [...child.children],
          speakerHeading: open.talk.speakerHeading!,
        },
        after: child.line,
      };
    else if (open) open.talk.children.push(child);
    else talks.push({ talk: child, after: child.line });
  }
  // A talk holds what lies under its heading up to the next talk: the parts it took in too, their headings included.
  return talks.map(({ talk, after }, index) => {
    const next = talks[index + 1]?.talk.line ?? Number.POSITIVE_INFINITY;
    return { ...talk, body: slot.body.filter((node) => lineOf(node) > after && lineOf(node) < next) };
  });
}

/** A name heading's talk: titled by its one sub-heading when it has no notes of its own, else by the slot. */
function talkOf(
  slot: OutlineSection,
  child: OutlineSection,
  named: { name: string; about: string },
): { talk: OutlineSection; after: number } {
  const speakerHeading = { heading: child.heading, text: `${named.name} (${named.about})` };
  const [only] = child.children;
  if (child.content.length === 0 && child.children.length === 1 && nameFirst(only!.text) === null)
    return {
      talk: { ...only!, line: child.line, rank: child.rank, children: [...only!.children], speakerHeading },
      after: only!.line,
    };
  return {
    talk: { ...child, heading: slot.heading, text: slot.text, children: [...child.children], speakerHeading },
    after: child.line,
  };
}
