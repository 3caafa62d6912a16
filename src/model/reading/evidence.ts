import { isAsideTitle, isDayTitle, isGroupTitle, looksLikeTalk } from '../headingKinds.js';
import type { DaySource, TalkSource } from '../inferStructure.js';
import { readsAsNonTalk } from '../nonTalkNames.js';
import { speakerFirstShape } from '../sessionHeading.js';
import { TIME_SLOT } from '../speakers/timeSlot.js';

/** A talk that says so: a speaker, a "Talk 3:" mark or a time slot in its title. */
export const MARKED_TALK = 1;
/** A title with notes under it reads as a talk, though less surely. */
export const TALK_WITH_NOTES = 0.5;
/** A bare title with nothing under it. */
export const BARE_TALK = 0.2;
/** A "talk" called "Lunch", "Summary", "Day 2" or "Keynotes": the reading is likely wrong there. */
export const NOT_A_TALK = -0.5;

/** Breaks and side events: never talks. */
const BREAK_TITLE =
  /^(?:(?:coffee |lunch |tea )?break|lunch|breakfast|dinner|party|after[- ]?party|booth.*|registration|networking|happy hour|social|reception|expo(?: hall)?|sponsors?)$/iu;

export function isBreakTitle(title: string): boolean {
  return BREAK_TITLE.test(title.trim().replace(/[:.!]+$/, ''));
}

/**
 * Pure: how much one talk of a reading reads as a talk. `repeated`: the same title comes back in
 * other talks ("Q&A", "Content"), which marks sub-headings of talks, not talks.
 */
export function talkEvidence(talk: TalkSource, repeated: boolean): number {
  const title = talk.text.trim();
  // A speaker of its own (a "# Jane Roe" heading over it, a "Speaker" column) marks it too.
  // So does one read from a labelled item ("4. Vortrag: Von Jane Roe [Title](…)"), its speakers beside its title.
  // So does a name before the title in a list that writes speakers first ("- Lin Clark - Title" among "- Jane Roe (@jroe) - …").
  const ownSpeakers =
    talk.speakerHeading !== undefined ||
    (talk.speakers?.length ?? 0) > 0 ||
    (talk.speakerFirst === true && speakerFirstShape(title) !== null);
  // "Steps:", "Articles worth reading:": a caption over a list, not a talk.
  if (isBreakTitle(title) || isAsideTitle(title) || isDayTitle(title) || title.endsWith(':')) return NOT_A_TALK;
  if (isGroupTitle(title) && !looksLikeTalk(title)) return NOT_A_TALK;
  if (repeated) return 0;
  // "Fazit", "Venue", "Schedule": named as no talk, unless a speaker and long notes say otherwise (nonTalkNames.ts).
  if (readsAsNonTalk(title, ownSpeakers || looksLikeTalk(title), talk.body)) return NOT_A_TALK;
  if (looksLikeTalk(title) || TIME_SLOT.test(title) || ownSpeakers) return MARKED_TALK;
  // "What is Linkerd?" under "Intro to Linkerd": a part of the talk above, not a talk.
  if (talk.group !== null && sharesTopic(title, talk.group)) return 0;
  return talk.body.length > 0 ? TALK_WITH_NOTES : BARE_TALK;
}

/** A day heading that reads as a date or "Day 2". */
export const DATED_DAY = 0.5;
/** A "day" that reads as neither a day nor a group of talks. */
export const NOT_A_DAY = -0.5;
/** A heading that reads as a talk but that the reading leaves out (it sits above the talks' level). */
export const LOST_TALK = -1;

/** Words too common in talk titles to tie a heading to the one above it. */
const COMMON = new Set([
  // Stryker disable next-line StringLiteral: only words of four letters or more are looked up
  'the',
  // Stryker disable next-line StringLiteral: only words of four letters or more are looked up
  'and',
  // Stryker disable next-line StringLiteral: only words of four letters or more are looked up
  'for',
  'with',
  'from',
  'into',
  'your',
  'what',
  // Stryker disable next-line StringLiteral: only words of four letters or more are looked up
  'how',
  // Stryker disable next-line StringLiteral: only words of four letters or more are looked up
  'why',
  'talk',
  'talks',
  'session',
  'sessions',
  'keynote',
  'keynotes',
  'workshop',
  'workshops',
  'notes',
  // Stryker disable next-line StringLiteral: only words of four letters or more are looked up
  'day',
]);

/** Pure: the title repeats a word (four letters or more) of the heading above it. */
export function sharesTopic(title: string, parent: string): boolean {
  const words = (text: string) =>
    (text.toLocaleLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).filter((word) => !COMMON.has(word));
  const above = new Set(words(parent));
  return words(title).some((word) => above.has(word));
}

/** Pure: how much one day heading of a reading reads as a day. */
export function dayEvidence(title: string): number {
  if (isDayTitle(title)) return DATED_DAY;
  if (isGroupTitle(title) && !looksLikeTalk(title)) return 0;
  return looksLikeTalk(title) ? NOT_A_DAY + LOST_TALK : NOT_A_DAY;
}

/**
 * Pure: the evidence of a whole reading: its talks, its days, and the talk-like headings it leaves
 * out (`left`: headings above the talks' level that are neither days nor talks in this reading).
 */
// Stryker disable next-line ArrayDeclaration: a default of words that read as no talk changes no sum
export function readingEvidence(days: DaySource[], left: string[] = []): number {
  const talks = days.flatMap((day) => day.talks);
  const counts = new Map<string, number>();
  for (const talk of talks)
    counts.set(talk.text.toLocaleLowerCase(), (counts.get(talk.text.toLocaleLowerCase()) ?? 0) + 1);
  const talkSum = talks.reduce(
    (sum, talk) => sum + talkEvidence(talk, counts.get(talk.text.toLocaleLowerCase())! > 1),
    0,
  );
  const daySum = days.reduce((sum, day) => sum + (day.text === null ? 0 : dayEvidence(day.text)), 0);
  // Stryker disable next-line ArithmeticOperator: LOST_TALK is -1, so dividing by it is multiplying by it
  const lost = left.filter((title) => looksLikeTalk(title) && !isGroupTitle(title)).length * LOST_TALK;
  return talkSum + daySum + lost;
}
