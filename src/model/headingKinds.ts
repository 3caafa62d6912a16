import { parseSessionHeading } from './sessionHeading.js';
import { TIME_SLOT, withoutTimeSlot } from './speakers/timeSlot.js';

/** Short weekday names count only before a date ("Tue 21 May"): "Sun" alone may be a company. */
const WEEKDAY = '(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)';
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/**
 * Word edges that know accented letters: `\b` sees none before "Último" (Ú is no ASCII word letter) and
 * one inside "Cádia 2" (before "dia").
 */
const WORD_START = '(?<![\\p{L}\\p{N}_])';
const WORD_END = '(?![\\p{L}\\p{N}_])';
/** Other languages: "Jour 1", "Día 2", "Dzień II", "Mardi 19 avril", "1일차", "2日目" (a weekday alone only before a date). */
/** "Day 1", "Day #2", "Day one", "Second day", "Monday 24th April", "5 May", "May 5th", "2021-05-05", "21/05", "KubeCon Tuesday", "第一天". */
const DAY_TITLE = new RegExp(
  [
    `${WORD_START}(?:day|jour|d[ií]a|tag|dzie[nń]|giorno|dag|dia)\\s*#?\\s*(?:\\d+|one|two|three|four|five|zero|[IVX]{1,4})${WORD_END}`,
    `${WORD_START}(?:premier|deuxi[eè]me|troisi[eè]me|dernier)\\s+jour${WORD_END}|${WORD_START}(?:primer|primeiro|segundo|tercer|terceiro|quarto|[uú]ltimo)\\s+d[ií]a${WORD_END}`,
    `${WORD_START}(?:primo|secondo|terzo|ultimo)\\s+giorno${WORD_END}|${WORD_START}(?:erster|zweiter|dritter|letzter)\\s+tag${WORD_END}`,
    // Portuguese weekdays are "-feira" days ("Segunda-feira", "Terça Feira"): no other word ends so.
    `${WORD_START}(?:segunda|ter[cç]a|quarta|quinta|sexta)[-\\s]feira${WORD_END}`,
    `${WORD_START}(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\s*(?:\\d|$)`,
    `^\\d+\\s*(?:일차|日目|日目)|^(?:day|\\d+)\\s*\\d*\\s*일차`,
    `${WORD_START}(?:first|second|third|fourth|fifth|last|final|opening)\\s+day${WORD_END}`,
    `^${WEEKDAY}\\.?,?\\s+\\d`,
    `^\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+\\d{4})?$`,
    `^${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?$`,
    `^\\d{4}-\\d{2}-\\d{2}${WORD_END}`,
    `^\\d{4}[./]\\d{1,2}[./]\\d{1,2}${WORD_END}`,
    `^(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]|^(?:\\d{4}\\s*년\\s*)?\\d{1,2}\\s*월\\s*\\d{1,2}\\s*일`,
    `^\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?$`,
    `${WORD_START}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)${WORD_END}`,
    `^第?[一二三四五六七八九十\\d]+天`,
    // Russian, Turkish and Vietnamese day numbers ("День 1", "Gün 2", "1. Gün", "Ngày 1"), Russian ordinals ("Второй день").
    `${WORD_START}(?:день|gün|ngày)\\s*#?\\s*\\d+${WORD_END}|^\\d+\\.\\s*gün${WORD_END}`,
    `${WORD_START}(?:первый|второй|третий|четв[её]ртый|последний)\\s+день${WORD_END}`,
    // Weekdays that are words of titles too ("Среда разработки", "environment"): the whole heading, or before a date.
    `^(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:,?\\s*\\d.*)?$`,
    // Korean ordinal days and weekdays ("첫째 날", "둘째 날", "월요일"), Japanese and Chinese weekdays ("月曜日", "星期一", "周二").
    `^(?:첫째|둘째|셋째|넷째|다섯째|첫|마지막)\\s*날|^[월화수목금토일]요일|^[月火水木金土日]曜日?|^(?:星期|周|週)[一二三四五六日天]`,
  ].join('|'),
  'iu',
);

/**
 * Headings that say the notes of each talk follow: "Talk notes", "Notes on the talks", "各発表のメモ", "발표 메모",
 * "演讲笔记", "Vortragsnotizen", "Notes des conférences".
 */
const TALK_NOTES = String.raw`^(?:(?:my |the )?(?:talk|session|presentation)s? notes|notes (?:on|from|of) (?:(?:the )?(?:talks|sessions|presentations)|each (?:talk|session|presentation))|(?:各)?発表(?:の)?メモ|各発表|発表ごとのメモ|각\s*발표(?:\s*메모)?|발표\s*메모|(?:各个?)?(?:演讲|分享|议题)笔记|vortragsnotizen|notes des (?:conf[ée]rences|talks|sessions)|apuntes de (?:las )?charlas)$`;

/**
 * Titles of headings that gather talks: "Morning Keynotes", "Talks", "Lightning talks", "Replays", "De charla en charla",
 * "Conférences", "トーク", "聴いたトーク" (no word edges in Japanese: the word ends the heading, or "トークン" would match), "Lezingen", "Доклады".
 */
const GROUP_TITLE = new RegExp(
  String.raw`\b(?:keynotes|talks|sessions|workshops|tracks?|panels|tutorials|breakouts?|morning|afternoon|evening|replays|recordings|charlas?|ponencias|sesiones|talk (?:tecnici|principali)|talleres|conf[ée]rences|pr[ée]sentations|vortr[äa]ge|palestras|interventi|lezingen|prelekcje|wyk[łl]ady)\b|доклады|セッション|(?:^|[のた]\s*)トーク(?:一覧)?$|講演一覧|议题|세션들|강연들?|${TALK_NOTES}`,
  'iu',
);

/** A talk heading says so: "Talk 3:", "SESSION:", "keynote -" (any case), a lettered or numbered list ("B. Better tests"). */
const TALK_MARK =
  /^(?:session|talk|keynote|sponsored keynote|lightning talk|workshop|panel|tutorial)\s*\d*\s*[:\-–—]/iu;
/** The list letter stays a capital: "a. few words" opens a sentence, not a lettered talk. */
const LIST_MARK = /^(?:[A-Z]\.\s+\S\S|\d{1,2}[.)]\s+\S)/u;

/** Closing or opening sections that are not talks. */
const ASIDE_TITLE =
  /^(?:summary|conclusions?|wrap[- ]?up|final thoughts|thanks!?|thank you!?|closing( thoughts)?|outro|epilogue|prologue|intro(?:duction)?|overview|preface|travel\b.*|random links|(?:more |other |useful |further )?links|references|resources|further reading|one more thing|misc(?:ellaneous)?( notes)?|notes|p\.?s\.?|(?:all )?(?:the )?(?:sessions|talks) i (?:went to|attended|saw)|schedule|agenda|结语|总结|小结|前言|参考(?:资料|链接)?|まとめ|感想|所感|雑感|概要|詳細|はじめに|おわりに|最後に|参考(?:資料|リンク|文献)|関連(?:ブログ|記事|リンク|資料)|スライド|資料|后记|写在最后|相关(?:链接|资料|文章)|幻灯片|요약|정리|후기|소감|마무리|들어가며|참고(?:\s*자료|\s*링크)?|슬라이드|발표\s*자료)$/iu;

/** Sections listing what to look into later: "Things to Google", "Interesting projects that require more research". */
const RESEARCH_TITLE =
  /things to (?:google|look (?:into|up)|check( out)?|read|try|research)|to look into|requires? (?:more|further) research|further research|to research|to investigate|follow[- ]?ups?|reading list|待研究|待调研/iu;

/**
 * A heading that names a talk's place in the programme, not the talk: "Talk 1", "Session #3", "Keynote-Speaker", "Slot B",
 * "Workshop 2", "Panel", "Ignite 3", "Taller 1", "セッション 2", "主题演讲".
 */
const SLOT_TITLE =
  /^(?:(?:lightning |opening |closing )?talk|session|slot|keynote|presentation|workshop|panel|tutorial|ignite|vortrag|charla|ponencia|taller|conf[ée]rence|atelier|발표|세션|講演|セッション|演讲|主题演讲|主題演講)(?:\s*[-#]?\s*(?:\d{1,2}|speaker)|\s+(?:[A-H]|[IVX]{1,4}))?$/iu;

/** A heading that is only a time or a time range ("14:30 - 15:00") is a slot in the programme too. */
export function isSlotTitle(title: string): boolean {
  const text = title.trim().replace(/[:.]+$/, '');
  return (
    SLOT_TITLE.test(text) ||
    (TIME_SLOT.test(`${text} x`) && withoutTimeSlot(`${text} x`) === 'x') ||
    slotWordsOnly(text)
  );
}

/** A clock time anywhere in a heading: "9:00", "14h00", "9:00 AM", "14 Uhr". */
const CLOCK =
  /(?<![\p{L}\p{N}])(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d|h)?\s*(?:am|pm|uhr)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d|h)(?![\p{L}\p{N}])/giu;
/** Words that name a place in the programme ("Opening keynote", "Invited talk", "첫 번째 세션"). */
const SLOT_WORD =
  /^(?:talk|session|slot|keynote|ignite|lightning|presentation|workshop|panel|tutorial|vortrag|charla|ponencia|taller|conf[ée]rence|atelier|발표|세션|講演|セッション|演讲)$/iu;
/** Words that may stand beside them: an order, a room or track, a letter or number. */
const SLOT_QUALIFIER =
  /^(?:opening|closing|invited|plenary|main|speaker|track|room|stage|hall|salle|sala|saal|first|second|third|fourth|fifth|last|\d{1,3}(?:st|nd|rd|th)?|[a-h]|[ivx]{1,4}|번째|첫|두|세|네|第\d+)$/iu;

/**
 * "Opening keynote", "Talk 1 - 10:30", "10:30 - Talk 1 (Room 101)", "Session 3 | Track B", "첫 번째 세션", "9:00 AM (Room 1)",
 * "🎤 Talk 2": a slot word or a time, and otherwise only times, an order, a room, a track, a letter or a number.
 */
function slotWordsOnly(text: string): boolean {
  const timed = text.match(CLOCK) !== null;
  // Stryker disable next-line StringLiteral: a clock stands apart from letters and numbers, so the words split the same
  const untimed = text.replace(CLOCK, ' ');
  // Stryker disable next-line Regex: the empty words between two marks are filtered out
  const words = untimed.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return (
    (timed || words.some((word) => SLOT_WORD.test(word))) &&
    words.every((word) => SLOT_WORD.test(word) || SLOT_QUALIFIER.test(word))
  );
}

/** A date written without separators, as file names and some notes do: "20201013" (a real month and day). */
const COMPACT_DATE = /^(?:19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/u;

export function isDayTitle(title: string): boolean {
  const text = title.trim();
  return DAY_TITLE.test(text) || COMPACT_DATE.test(text);
}

/** A title set apart in Japanese or Chinese brackets ("セッション「Title」", "议题《Title》"): the heading names that one talk. */
const BRACKETED_SPAN = /「[^「」]+」|『[^『』]+』|《[^《》]+》/u;

export function isGroupTitle(title: string): boolean {
  // A group word before a bracketed title is the talk's slot label ("セッション「…」"), not a group of talks.
  return GROUP_TITLE.test(title) && !BRACKETED_SPAN.test(title);
}

/**
 * Asides by name that list the talks themselves: `Talks I attended`, `Agenda`, `Schedule`, `议程`. Beside talk headings
 * they are a table of contents (an aside); over a list of talks they are where the talks are (listReading.ts).
 */
const TALK_LIST_TITLE =
  /^(?:(?:all )?(?:the )?(?:sessions|talks) i (?:went to|attended|saw)|schedule|agenda|programme|program|议程|日程|議程|スケジュール|タイムテーブル|일정)(?:\s*[+&＋]\s*\S.*)?$/iu;

/** Pure: an aside title that names the list of talks (`Agenda`, `Talks I attended`, `议程+记要`). */
export function isTalkListTitle(title: string): boolean {
  return TALK_LIST_TITLE.test(title.trim().replace(/[:：.!]+$/u, ''));
}

export function isAsideTitle(title: string): boolean {
  return ASIDE_TITLE.test(title.trim().replace(/[:.!]+$/, '')) || isResearchTitle(title);
}

export function isResearchTitle(title: string): boolean {
  return RESEARCH_TITLE.test(title);
}

/** Pure: the heading opens with a talk mark (`Talk 3:`, `KEYNOTE -`), not only a list's number or letter. */
export function hasTalkMark(title: string): boolean {
  return TALK_MARK.test(title.trim());
}

/** True when the heading reads as one talk: it is marked as one or names its speakers. */
export function looksLikeTalk(title: string): boolean {
  const text = title.trim();
  return TALK_MARK.test(text) || LIST_MARK.test(text) || parseSessionHeading(title).speakers.length > 0;
}

/** A day named before a talk's title, up to the first separator: "Day 1 - 0945 - Title", "Jour 2 : Title", "Day 1, 0945: Title". */
const DAY_PREFIX = /^(.{1,40}?)(?:\s+[-–—|]\s+|\s*[:,]\s+)(\S.*)$/u;

/**
 * Pure: "Day 1 - 0945 - The Admin Is Your Friend" → { day: "Day 1", rest: "0945 - The Admin Is Your Friend" }; null when
 * the heading does not open with a day, or what follows is a day or date too ("Day 2 - Monday 24th").
 */
export function splitDayPrefix(title: string): { day: string; rest: string } | null {
  // Stryker disable next-line MethodExpression: the parts are trimmed below
  const match = DAY_PREFIX.exec(title.trim());
  if (!match || !isDayTitle(match[1]!) || isDayTitle(match[2]!)) return null;
  // Stryker disable next-line MethodExpression: the title is trimmed and the separators take the spaces around its parts
  return { day: match[1]!.trim(), rest: match[2]!.trim() };
}
