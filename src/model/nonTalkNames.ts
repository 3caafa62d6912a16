import type { RootContent } from 'mdast';
import { opensWithSlotLabel, parseSessionHeading } from './sessionHeading.js';

/**
 * Names of sections that are not talks, in the corpus languages: how notes close (`Conclusion`, `Fazit`, `まとめ`,
 * `마무리`, `おまけ` and `番外編`: extras), what they say about the event around the talks (`Venue`, `Booth`, `Opening`, `찾아가는길`), and the day's
 * programme itself (`Schedule`, `Programm`), meals and parties. Weighed, not obeyed: a section so named that names its
 * speaker is still a talk (`Welcome - Jane Roe`); long notes alone are not enough (readsAsNonTalk).
 */

/** Closing and meta sections: a verdict, the author's impressions, what is next, where to read more. */
const CLOSING =
  /^(?:(?:my |final |general |overall |closing |some )?(?:thoughts|impressions|takeaways)|(?:(?:my |final |general |overall |closing |some )?(?:conclusions?|summary|wrap[- ]?up|verdict)|(?:mein |unser )?fazit|conclusi[oó]n(?:es)?|conclus(?:[aã]o|[oõ]es)|considera[cç][oõ]es finais)(?:\s+(?:about|on|of|sobre|sur|über|zu|zum|zur|su|sul|sulla|del|de|da|do)\s.+)?|closing(?: (?:thoughts?|remarks|words))?|in (?:summary|conclusion)|tl;?dr|other(?: (?:notes|stuff|things))?|misc(?:ellaneous)?|(?:more |other |useful |further )?links|resources|references|further reading|zusammenfassung|(?:en )?r[ée]sum[ée]|pour conclure|bilan\b.*|resumen|まとめ|感想|所感|おわりに|最後に|次回は?.*|.*おまけ|番外編?|总结|小结|结语|.*후기|마무리|마치며|느낀\s?점)$/iu;

/**
 * The event around the talks: how to get there, the hall, booths, opening and registration, "about the event", a meetup's
 * warm-up, start and end; the pictures of it (`Photos`, `Everything in sketchnotes..`: someone's drawings of the talks).
 */
const EVENT =
  /^(?:venue|location|warm[- ]?up|kick[- ]?off|(?:the )?end|热场|(?:正点)?开始|结束|getting there|directions|(?:the )?expo(?: hall)?|sponsors?|swag|registration|check[- ]?in|opening(?: (?:remarks|ceremony))?|welcome|about(?: the (?:event|conference))?|the event|arrival|poster sessions?|(?:community )?awards?|social event|unofficial event\b.*|.*\bbooths?\b.*|.*\bsketch[- ]?notes\b.*|(?:(?:some|more|the|my|our) )?(?:photos|pictures|gallery)|fotos|galer[ií]a|写真|照片|사진|lieu|accueil|ouverture|anreise|veranstaltungsort|er[oö]ffnung|lugar|apertura|inauguraci[oó]n|会場|受付|.*ブース.*|オープニング|懇親会|会场|签到|展台|开幕|찾아가는\s?길|오시는\s?길|이벤트\s?존|부스|오프닝)$/iu;

/** Meals, breaks (a schedule's `BREAK` slot, `Pause`, `休憩`) and parties (`Closing Party`, `Bocoup Party After`, `Party at Example Bar`; not `The Party Problem`): whoever is named beside them ("Lunch time: Tacos by Example Corp") is a sponsor, not a speaker. */
const BREAK =
  /^(?:(?:lunch|coffee|breakfast|dinner)(?: (?:time|break))?(?:\s*[:\-–]\s.*)?|(?:.+\s)?(?:after[- ]?)?party(?:\s+(?:after|at\s.+))?|happy hour|懇親会|午餐|점심|(?:(?:tea|short|morning|afternoon) )?break|pause|kaffeepause|descanso|intervalo|休憩|休息|茶歇|휴식)$/iu;

/** The day's programme as a whole, not one of its talks. */
const SCHEDULE =
  /^(?:(?:the |today'?s |day'?s |full )?(?:schedule|agenda|programme|program|timetable|line-?up)|programm|planning|horaires|agenda del d[ií]a|スケジュール|タイムテーブル|日程|议程|日程安排|일정|시간표)$/iu;

/** Every kind of name that says a section is no talk. */
const NON_TALK = [CLOSING, EVENT, SCHEDULE, BREAK];

/** How much a section's name says it is no talk: 0 for most names. */
export const NON_TALK_NAME = -1;
/** A meal or a party: nothing makes it a talk. */
export const BREAK_NAME = -2;
/** A speaker of its own (in the heading, a byline) makes it a talk after all: `Welcome - Jane Roe`, `Closing - Jane Roe`. */
export const NAMED_SPEAKER = 1;
/** Long notes alone do not: a long verdict is still a verdict. */
export const LONG_NOTES = 0.5;
/** Blocks (paragraphs, lists, headings) of notes that count as long. */
export const LONG_NOTES_BLOCKS = 12;

/** Pure: the name read without its trailing punctuation, emoji and a leading number ("3. Fazit", "🎉 Closing!"). */
function bare(title: string): string {
  return title
    .trim()
    .replace(/^(?:\d{1,2}[.)]\s*)/u, '')
    .replace(/\p{Extended_Pictographic}|\uFE0F/gu, '')
    .replace(/[\s:：.!！?？]+$/u, '')
    .trim();
}

/**
 * What joins two names in one heading: a comma, `、`, `・`, `&`, `+`, and `and`, `und`, `et`, `y`, `e`, `en`, `og`, `및`
 * as words of their own. Not `と` or `和` (Japanese and Chinese "and"): they are letters of names too (`まとめ`).
 */
const JOINER = /\s*(?:[,，、・&＆+]|\s(?:and|und|et|y|e|en|og|및)\s)\s*/iu;

/** The name as written and without its speakers (`Fazit - Jane Roe`), each bare. */
function namesOf(title: string): string[] {
  const names = [title, parseSessionHeading(title).title].map(bare);
  // "Break/Gifts", "休息/礼物": two things at once, one of them no talk. A title without a slash is its one half.
  // Stryker disable next-line ArrayDeclaration: a stand-in half is no name of a section, whatever it says
  const halves = title.includes('://') ? [] : title.split('/').map(bare);
  return [...names, ...halves, ...joinedAsides(title)];
}

/**
 * "感想, まとめ", "Summary & Links", "Fazit und Links": asides joined, each of them no talk; their first, to be weighed as
 * one. One part a talk's words ("Zoom, Enhance, Conclusion") leaves the heading as it reads whole.
 */
function joinedAsides(title: string): string[] {
  const parts = title.split(JOINER).map(bare);
  return parts.length > 1 && parts.every((part) => saysNoTalk([part])) ? [parts[0]!] : [];
}

/** Pure: the name, its speakers aside (`Fazit - Jane Roe`), says the section is not a talk (a verdict, the venue, the schedule). */
export function isNonTalkName(title: string): boolean {
  // "Keynote: Opening Remarks": the label says it is a talk, though its title alone names a ceremony.
  return !opensWithSlotLabel(title) && saysNoTalk(namesOf(title));
}

function saysNoTalk(names: string[]): boolean {
  // Stryker disable next-line ConditionalExpression,StringLiteral,MethodExpression: no pattern matches an empty name (a title of only emoji); kept for one that would
  const named = names.filter((name) => name !== '');
  return named.some((name) => NON_TALK.some((pattern) => pattern.test(name)));
}

/**
 * Pure: the evidence that a section is a talk, weighed from its name, whether it names its speaker, and how long its
 * notes run. Below 0: not a talk. A name alone never makes a talk here (0 for names that say nothing).
 */
export function nonTalkWeight(title: string, hasSpeaker: boolean, body: readonly RootContent[]): number {
  const names = namesOf(title);
  if (!saysNoTalk(names)) return 0;
  const weight = names.some((name) => BREAK.test(name)) ? BREAK_NAME : NON_TALK_NAME;
  return weight + (hasSpeaker ? NAMED_SPEAKER : 0) + (body.length >= LONG_NOTES_BLOCKS ? LONG_NOTES : 0);
}

/** Pure: a section named as no talk, without a speaker of its own to say otherwise (a meal or a party never is one). */
export function readsAsNonTalk(title: string, hasSpeaker: boolean, body: readonly RootContent[]): boolean {
  return nonTalkWeight(title, hasSpeaker, body) < 0;
}
