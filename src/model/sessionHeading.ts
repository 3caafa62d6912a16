import type { Speaker } from './types.js';
import { displayCase } from './titleCase.js';
import { isCjkName, looksLikeName, withoutHonorific } from './speakers/nameWords.js';
import { looksLikeOrg, parseSpeakerHeading, parseSpeakerList, parseSpeakers } from './speakers/speakerLists.js';
import { BY_WORD, HANDLE, PROFILE_URL } from './speakers/speakerMarks.js';
import { bookTitleTalk } from './speakers/bookTitles.js';
import { TIME_SLOT } from './speakers/timeSlot.js';

export interface SessionHeading {
  title: string;
  speakers: Speaker[];
}

/** "Talk 3:" numbers a talk whose speaker is written first ("Talk 1: Dan Kohn - Stitching things together"). */
const TALK_NUMBER = /^\s*talk\s+\d+\s*[:.\-–—]\s*/i;
/**
 * Prefixes dropped from display: a label naming the kind of slot before a colon ("Session:", "Keynote session:",
 * "Talk:", "Keynote:", "Workshop:", "Vortrag:", "Palestra:", "Доклад:", "発表：") and a list letter ("B. "). The label
 * says what the slot is, not what the talk is called; a label before a lone name ("Keynote: Jane Roe") stays.
 */
const SESSION_PREFIX = /^\s*(?:keynote\s+)?session\s*:\s*/i;
const SLOT_LABEL =
  /^\s*(?:(?:opening |closing |invited )?keynote|talk|lightning talk|workshop|panel|tutorial|presentation|vortrag|charla|ponencia|palestra|conf[ée]rence|intervento|доклад|発表|講演|基調講演|演讲|발표|키노트)\s*[:：]\s*(?=\S)/iu;
const LETTER_PREFIX = /^\s*[A-Z]\.\s+(?=\S\S)/;
/** A track's slot code before the title: "Track1_1. ", "Track 2-3: ", "트랙1_2. ", "トラックA: ". */
const TRACK_PREFIX =
  /^\s*(?:[Tt]rack|TRACK|트랙|トラック)(?:[\s_]*(?:\p{N}{1,2}|[A-Z])(?:[_-][\p{N}\p{L}]{1,3})?|_[\p{N}\p{L}]{1,3})\s*[.:]\s+/u;
/** "Title ([link](…))", "Title (slides, video)": words that name the title's links, not the talk (the heading as written keeps them). */
const LINK_WORD = String.raw`(?:link|links|slides?|video|recording|abstract|vid[ée]o|folien|diapos?|スライド|動画|视频|幻灯片?|영상|링크|발표자료)`;
const LINK_TAIL = new RegExp(String.raw`\s*[(（\[]\s*${LINK_WORD}(?:\s*[,|/&]\s*${LINK_WORD})*\s*[)）\]]\s*$`, 'iu');
/**
 * " - ", " – ", " — " between a title and its speakers, the dashes of Japanese and Chinese notes ("―", "ー", "－",
 * doubled "——") and a tilde (" ~ "). After a closing title bracket no space is needed: "「Title」― Jane Roe".
 */
const DASH = /\s+(?:[—―-]{2}|[-–—―ー－~])\s+|(?<=[」』》〉])\s*(?:[—―-]{2}|[-–—―ー－])\s*(?=\S)/gu;
/** "「Title」 山田太郎氏", "Title Jane Roe さん": a name marked by an honorific at the end of a heading, after a space or a closing bracket. */
const HONORIFIC_TAIL =
  /^(.*?[^\s])(?:\s+|(?<=[」』】》]))([^\s「」『』【】《》]+(?:\s+[^\s「」『』【】《》]+)?\s*(?:氏|さん|様|先生|老师|老師))$/u;
/**
 * Words that name the slot before a bracketed title: "セッション「Title」", "基調講演：『Title』", "【Keynote】《Title》",
 * numbered in digits or in Chinese numerals ("主题一：《Title》", topic one).
 */
const BRACKET_LABEL = String.raw`(?:【[^【】]{1,12}】|(?:セッション|基調講演|招待講演|特別講演|講演|ライトニングトーク|主题演讲|主題演講|主旨演讲|演讲|演講|主题|主題|议题|議題|话题|話題|分享|키노트|세션|발표|keynote|session|talk|lightning talk|LT)\s*(?:\d+|[一二三四五六七八九十]+)?)`;
/** A title set in Japanese or Chinese brackets, perhaps after such a label: the brackets mark it, they are not part of it. */
const BRACKETED_TITLE = new RegExp(
  String.raw`^(?:${BRACKET_LABEL}\s*[:：]?\s*)?(?:「([^「」]+)」|『([^『』]+)』|《([^《》]+)》|〈([^〈〉]+)〉)$`,
  'iu',
);

/**
 * A clock time in parentheses or brackets that ends a heading ("Title | Jane Roe (9am)", "(~2:10pm)", "[14:30]"): when the
 * talk began, no part of its title or its speaker's name. It needs minutes or am/pm: "(2019)" or "(3)" is no time.
 */
const TRAILING_TIME =
  /\s*[([]\s*~?\s*(?:(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?\s*[ap]\.?m\.?|(?:[01]?\d|2[0-3])[:.h][0-5]\d)\s*[)\]]$/iu;
/** Units of a talk's length, in the corpus languages: "40 min", "30 Minuten", "1h", "45'", "40分", "40분". */
const DURATION_UNIT = `(?:m|mins?|minutes?|minutos?|minuten|minuti|h|hrs?|hours?|heures?|stunden?|'|′|分|分钟|分間|時間|小时|분|시간)`;
/**
 * How long a talk ran, in parentheses or brackets at the end of its heading ("Title by Jane Roe [40 min]", "(1h30)",
 * "（40分）"): as a clock time there, no part of the title or the name. It needs a unit: "(3)" is no length.
 */
const TRAILING_DURATION = new RegExp(
  String.raw`\s*[(\[（［]\s*~?\s*\d{1,3}(?:[.,]\d)?\s*${DURATION_UNIT}\.?(?:\s*\d{1,2}(?:\s*${DURATION_UNIT}\.?)?)?\s*[)\]）］]$`,
  'iu',
);

/**
 * Splits a session heading into its display title and speakers:
 * "Session: Trust No One - Samuel Ortiz, Intel & Eric Ernst, Apple" → "Trust No One", [{ Samuel Ortiz, Intel }, { Eric Ernst, Apple }];
 * "Talk 2: Cheryl Hung: 2.66 Million" → "2.66 Million", [{ Cheryl Hung }]; "Title (Jane Doe, John Roe)"; "Title by Jane Doe".
 * No speaker is invented: a part counts only when it reads as names.
 */
export function parseSessionHeading(
  heading: string,
  options: { speakerFirst?: boolean; orgInParentheses?: boolean } = {},
): SessionHeading {
  // "Talk 1: Speaker - Title" and "09:30 Speaker - Title" may put the speaker first; so may a list
  // whose items mostly do ("- Jane Roe (Example) - Title", see listTalks).
  const speakerFirst = options.speakerFirst === true || TALK_NUMBER.test(heading) || TIME_SLOT.test(heading.trim());
  const text = withoutSlotMarks(heading);
  // A slot label before a bracketed title ("主题一：《Title》", topic one) names no one.
  if (BRACKETED_TITLE.test(text.trim())) return { title: displayCase(unbracketed(text)), speakers: [] };
  // A time or a length after the speaker is dropped only when it frees one: "Lunch (12:30)" keeps its time.
  const untimed = text.replace(TRAILING_TIME, '').replace(TRAILING_DURATION, '');
  const found =
    (untimed === text ? null : speakersIn(untimed, speakerFirst, options)) ?? speakersIn(text, speakerFirst, options);
  if (found)
    return { title: displayCase(unbracketed(unquoted(found.title.replace(LINK_TAIL, '')))), speakers: found.speakers };
  return { title: displayCase(unbracketed(text)), speakers: [] };
}

/**
 * Pure: the heading names its speaker in a way no subtitle is written: after a by-word (`Title by Jane Roe`, `par`, `von`,
 * `por`), in parentheses (`Title (Jane Roe)`) or after the word keynote (`Keynote Jane Roe`). A dash (`Visual Issues -
 * Color Issues`) may as well set a subtitle apart.
 */
export function namesSpeakerByWord(heading: string): boolean {
  const text = withoutSlotMarks(heading);
  return byline(text) !== null || inParentheses(text) !== null || keynoteOfName(text) !== null;
}

/** The first way of naming speakers that the heading's text (its slot marks gone) reads as. */
function speakersIn(
  text: string,
  speakerFirst: boolean,
  options: { speakerFirst?: boolean; orgInParentheses?: boolean },
) {
  return (
    keynoteOfName(text) ??
    bookTitleTalk(text) ??
    sponsoredTalk(text) ??
    (options.speakerFirst ? nameFirst(text) : null) ??
    titleFirst(text, options.orgInParentheses === true) ??
    (speakerFirst ? nameFirst(text) : null) ??
    inParentheses(text) ??
    byline(text) ??
    pipedTitle(text) ??
    afterSlash(text) ??
    honorificTail(text) ??
    honorificHead(text)
  );
}

/**
 * A keynote named by who gave it, the name right after the word: "Keynote Jane Roe", "Opening Keynote John Doe",
 * "Keynote de Marie Curie", "基調講演 山田太郎氏", "키노트 김영희님". Other slot words before a name (`Talk`, `Workshop`)
 * more often open a title ("Workshop Kubernetes Basics").
 */
const KEYNOTE_OF =
  /^(?:(?:opening |closing |morning |day \d+ )?keynote(?: (?:de|von|di|da|do))?|plenary|基調講演|招待講演|主题演讲|主題演講|키노트|기조연설)\s+(\S.*)$/iu;

/**
 * "Keynote Jane Roe": a keynote, titled as the notes write it, given by the people named after the word. Each name must
 * read as a full one (two words or more), or the one name carry an honorific: "Keynote Kubernetes" names no one.
 */
function keynoteOfName(text: string): SessionHeading | null {
  const match = KEYNOTE_OF.exec(text.trim());
  if (!match) return null;
  const name = match[1]!.trim();
  const speakers = parseSpeakers(name);
  if (!speakers?.every((speaker) => speaker.org === null)) return null;
  const full = speakers.every((speaker) => /\s/u.test(speaker.name)) || withoutHonorific(name) !== null;
  return full ? { title: text.trim(), speakers } : null;
}

/** Pure: the heading opens with a label naming a talk's kind (`Keynote: Closing Remarks`): a talk, whatever its title says. */
export function opensWithSlotLabel(heading: string): boolean {
  return SLOT_LABEL.test(heading);
}

/**
 * Emoji ending a heading (`Title (Jane Roe) 🔥`, `☑️`, `:star:`): the author's rating or check mark, no word of the title
 * and no part of a name. `©`, `®` and `™` belong to the name they follow.
 */
const TRAILING_MARKS = /(?:\s*(?:(?![©®™])\p{Extended_Pictographic}|\uFE0F|\u200D|:[\w+-]+:))+$/u;

/** The heading without the emoji that end it (TRAILING_MARKS). */
export function withoutTrailingMarks(heading: string): string {
  return heading.trim().replace(TRAILING_MARKS, '');
}

/** The heading without a time, a talk number, a session, letter or track label, or a link word or marks at its end. */
function withoutSlotMarks(heading: string): string {
  return (
    heading
      .trim()
      .replace(TRAILING_MARKS, '')
      .replace(TIME_SLOT, '')
      .replace(TALK_NUMBER, '')
      .replace(SESSION_PREFIX, '')
      .replace(SLOT_LABEL, (label, _offset, text: string) => (parseSpeakers(text.slice(label.length)) ? label : ''))
      .replace(LETTER_PREFIX, '')
      .replace(TRACK_PREFIX, '')
      .replace(LINK_TAIL, '')
      .trim() || heading.trim()
  );
}

/** Quote marks around a whole title ("„Title“ von Jane Roe"): they set it apart from the speaker, they are not part of it. */
const WRAPPING_QUOTES = /^(?:"([^"]+)"|“([^“”]+)”|„([^„“”]+)[“”]|«\s*([^«»]+?)\s*»|‘([^‘’]+)’)$/u;

/** "セッション「Title」", "《Title》" → "Title"; any other title as written. */
function unbracketed(title: string): string {
  return wrapped(BRACKETED_TITLE, title);
}

function unquoted(title: string): string {
  return wrapped(WRAPPING_QUOTES, title);
}

/** What `wrapper` holds inside its marks (its one matching group), or the title as written. */
function wrapped(wrapper: RegExp, title: string): string {
  const match = wrapper.exec(title.trim());
  return match
    ? match
        .slice(1)
        .find((part) => part !== undefined)!
        .trim()
    : title;
}

/** A title set apart by emphasis or quotes at either end of a heading: `*Title*`, `_Title_`, `“Title”`, `"Title"`, `„Title“`. */
const MARKED_TITLE_END = /^(.+?)[\s,:\-–—|]+(?:(\*\*?|__?)(?!\s)(.+?)\2|["“«„]([^"“”«»„]+)["”»“])\s*$/u;
const MARKED_TITLE_START = /^(?:(\*\*?|__?)(?!\s)(.+?)\1|["“«„]([^"“”«»„]+)["”»“])[\s,:\-–—|]+(.+?)$/u;

/**
 * Pure: a heading (its Markdown as written) that names the speakers and sets the title apart by emphasis or quotes:
 * `Jane Roe, Example University, *Deep Learning for Genomes*`, `“Fast Builds” - John Doe (Acme)`. Null when it
 * does not, or when the rest does not read as names.
 */
export function parseMarkedTitle(heading: string): SessionHeading | null {
  const text = heading.trim();
  const end = MARKED_TITLE_END.exec(text);
  const start = end ? null : MARKED_TITLE_START.exec(text);
  const title = end ? (end[3] ?? end[4]) : start ? (start[2] ?? start[3]) : undefined;
  // "[Jane Roe](https://twitter.com/j_roe)": a linked name is read as its words (a URL may hold "_").
  const rest = (end ? end[1]! : start ? start[4]! : '').replace(MARKDOWN_LINK, '$1');
  if (!title || /[*_"“”„]/.test(rest)) return null;
  const names = rest.trim().replace(/[\s,:\-–—|]+$/u, '');
  const speakers = parseSpeakers(names) ?? parseSpeakerList(names) ?? pipedNames(names);
  // One word beside a title ("**Keynote** Opening") is no one's name, unless it reads as one alone.
  if (!speakers?.every((speaker) => /\s/.test(speaker.name) || looksLikeName(speaker.name, false))) return null;
  return { title: title.trim(), speakers };
}

/** One linked name at the end of a heading: `[Jane Roe](https://twitter.com/jroe)`. */
const LINKED_NAME = String.raw`\[([^\]]+)\]\((\S*?)\)`;
/** "(a.k.a. [posva](…))" after a linked name: the person's handle, no one more. */
const AKA_REMARK = String.raw`\s*\((?:a\.?k\.?a\.?|alias)\s[^()]*(?:\([^()]*\)[^()]*)?\)`;
const AKA = `(?:${AKA_REMARK})?`;
/**
 * "Title, [Jane Roe](…) & [John Doe](…)": the names after the last comma or dash, each linked; or after "with" (`Fireside
 * chat with [Jane Roe](…)`, `mit`, `con`, `avec`, `com`), who the talk is with.
 */
const LINKED_TAIL = new RegExp(
  String.raw`^(.+?)(?:,|\s+[-–—]|\s+(?:with|mit|con|avec|com))\s+(${LINKED_NAME}${AKA}(?:\s*(?:,|&|and|und|y|et|e)\s*${LINKED_NAME}${AKA})*)\s*$`,
  'u',
);

/**
 * Pure: a heading (its Markdown as written) that ends with the speakers' names linked to their profiles on a social
 * site: `Off the Tracks, [Jane Roe](https://twitter.com/jroe)`. The links say they are people; each name must still
 * read as one (two words or more). A link to any other site is read as written: it may name a project.
 */
export function parseLinkedSpeakers(heading: string, options: { anySite?: boolean } = {}): SessionHeading | null {
  const match = LINKED_TAIL.exec(heading.trim());
  if (!match) return null;
  const links = [...match[2]!.replace(new RegExp(AKA_REMARK, 'gu'), '').matchAll(new RegExp(LINKED_NAME, 'gu'))];
  // `anySite`: the file's other talks link their speakers so (readHeadingSeries), so a home page or no address will do.
  const people = links.every((link) => {
    const profile = PROFILE_URL.test(link[2]!);
    const name = link[1]!.trim();
    // "[ashley williams](https://medium.com/u/…)": linked to a profile, a name may be written in lower case.
    const written = profile && name === name.toLocaleLowerCase() ? capitalised(name) : name;
    return (options.anySite === true || profile) && /\s/.test(name) && looksLikeName(written, false);
  });
  if (!people) return null;
  const title = parseSessionHeading(match[1]!.replace(MARKDOWN_LINK, '$1')).title;
  return { title, speakers: links.map((link) => ({ name: link[1]!.trim(), org: null })) };
}

const MARKDOWN_LINK = /\[([^\]]*)\]\([^)]*\)/gu;

/** "ashley williams" → "Ashley Williams": each word with a capital, to be read as a name is. */
export function capitalised(text: string): string {
  return text.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toLocaleUpperCase());
}

/**
 * "Jane Roe | @jroe | Example Corp": a name, then handles and organisations set apart by bars. The handles say who
 * she is online; the other parts are where she works. Null unless the first part reads as a name.
 */
function pipedNames(text: string): Speaker[] | null {
  const [first, ...others] = text.split(/\s+\|\s+/u).map((part) => part.trim());
  if (others.length === 0) return null;
  const speakers = parseSpeakers(first!);
  if (speakers?.length !== 1 || speakers[0]!.org !== null) return null;
  const orgs = others.filter((part) => !HANDLE.test(part));
  return [{ ...speakers[0]!, org: orgs.length > 0 ? orgs.join(', ') : null }];
}

/**
 * "Jane Roe | @jroe | Example Corp | Title": bars set apart a name, a handle and the title last. The handle says
 * the first part is a person; without one, a title after bars is read as written.
 */
function pipedTitle(text: string): SessionHeading | null {
  const parts = text.split(/\s+\|\s+/u);
  if (parts.length < 3 || !parts.slice(1, -1).some((part) => HANDLE.test(part.trim()))) return null;
  const speakers = pipedNames(parts.slice(0, -1).join(' | '));
  const title = parts.at(-1)!.trim();
  return speakers && !HANDLE.test(title) ? { title, speakers } : null;
}

/**
 * "Title - Speaker, Org": the part after the last dash reads as names. `orgInParentheses`: the file writes
 * "Title - Jane Roe (Org)", so "Jane Roe (Red Hat)" is one speaker and her company even where both read as names.
 */
function titleFirst(text: string, orgInParentheses = false): SessionHeading | null {
  const last = [...text.matchAll(DASH)].at(-1);
  if (last?.index === undefined) return null;
  const tail = text.slice(last.index + last[0].length);
  // "Title - Jane Roe (Google)": one name with its organisation in parentheses; names in the parentheses
  // ("Title - Subtitle (Jane Roe)", "Title - 별명(정도현)") are the speakers instead (inParentheses), unless
  // they end as an organisation's do ("Jane Roe (Example Corp)").
  const withOrg = nameWithOrg(tail);
  const title = text.slice(0, last.index).trim();
  // "《Title》—— 王小明": the brackets say which part is the title, so one Chinese or Japanese word after them is a name.
  const bracketed = BRACKETED_TITLE.test(title) && isCjkName(tail.trim()) ? [{ name: tail.trim(), org: null }] : null;
  // "Architecting Web Apps - Lights, Camera, Action!": a tail that exclaims or asks is a subtitle, never names.
  if (/[!?！？]\s*$/u.test(tail)) return null;
  const speakers =
    parseSpeakers(tail) ??
    // "Security First - Adam Baldwin (can't find the slides yet)": remarks after the name, no organisation.
    (REMARKS.test(tail) ? parseSpeakers(tail.replace(REMARKS, '')) : null) ??
    (withOrg && (orgInParentheses || inParentheses(tail) === null || looksLikeOrg(withOrg[0]!.org ?? ''))
      ? withOrg
      : null) ??
    bracketed;
  return speakers && title ? { title, speakers } : null;
}

/** "Speaker - Title" or "Speaker: Title", only where the notes say speakers come first (numbered talks, a time slot, a list of them). */
export function speakerFirstShape(text: string): 'only' | 'either' | null {
  const plain = text.trim().replace(TIME_SLOT, '');
  if (nameFirst(plain) === null) return null;
  return titleFirst(plain) === null ? 'only' : 'either';
}

/**
 * How the part after a heading's last dash reads when it ends in parentheses: `org` for "Jane Roe (Example)" (one
 * name, then what reads as no person), `name` for "Subtitle (Jane Roe)" (only the parentheses name someone), `either`
 * for "Jane Roe (Red Hat)" (both do), null for no such tail.
 */
export function parenthesesTail(heading: string): 'org' | 'name' | 'either' | null {
  const text = withoutSlotMarks(heading);
  const last = [...text.matchAll(DASH)].at(-1);
  if (last?.index === undefined) return null;
  const tail = text.slice(last.index + last[0].length);
  const withOrg = nameWithOrg(tail);
  const named = inParentheses(tail) !== null;
  if (withOrg) return named && !looksLikeOrg(withOrg[0]!.org ?? '') ? 'either' : 'org';
  return named ? 'name' : null;
}

/** At least this many headings of a file written "Title - Jane Roe (Org)" before its unclear ones are read so. */
export const MIN_ORG_IN_PARENTHESES = 2;

/**
 * Pure: whether a file's talk headings write "Title - Jane Roe (Example)", the speaker's organisation in parentheses,
 * weighed over all of them: at least MIN_ORG_IN_PARENTHESES read only so, twice as many as put a name in the
 * parentheses ("Title - Subtitle (Jane Roe)"). Then "Title - Jane Roe (Red Hat)" is Jane Roe of Red Hat too.
 */
export function writesOrgInParentheses(headings: string[]): boolean {
  const shapes = headings.map(parenthesesTail);
  const org = shapes.filter((shape) => shape === 'org').length;
  const name = shapes.filter((shape) => shape === 'name').length;
  return org >= MIN_ORG_IN_PARENTHESES && org >= name * 2;
}

/** At least this many headings of a file that read only as "Speaker - Title" before all of them are read so. */
export const MIN_SPEAKER_FIRST = 2;
/** And at least this share of all its talk headings: two "Name Name - Title" among many plain titles are titles with a dash. */
const SPEAKER_FIRST_SHARE = 0.5;

/**
 * Pure: whether a file's talk headings write the speaker first ("# Jane Roe - Title (Example)"), weighed
 * over all of them: at least MIN_SPEAKER_FIRST and half of them read only that way, and twice as many as name speakers read as written.
 */
export function writesSpeakerFirst(headings: string[]): boolean {
  let speakerOnly = 0;
  let titleFirstToo = 0;
  for (const heading of headings) {
    // Read as written ("Title (Jane Roe)", "Title by Jane Roe"), a heading that names its speakers counts against.
    if (parseSessionHeading(heading).speakers.length > 0) titleFirstToo++;
    // "Awkward Packaging: building Scikit-HEP" is a title and its subtitle: only a dash counts here.
    else if (
      nameFirst(
        heading.trim().replace(TIME_SLOT, '').replace(TALK_NUMBER, '').replace(LETTER_PREFIX, '').split(':')[0]!,
      ) !== null
    )
      speakerOnly++;
  }
  return (
    speakerOnly >= MIN_SPEAKER_FIRST &&
    speakerOnly >= headings.length * SPEAKER_FIRST_SHARE &&
    speakerOnly >= titleFirstToo * 2
  );
}

function nameFirst(text: string): SessionHeading | null {
  // "Jane Roe ~ Title", "姜原：Title" (a full-width colon needs no space) as well as a dash or a colon.
  const separator = /\s+[-–—~]\s+|:\s+|\s*：\s*/u.exec(text);
  if (separator?.index === undefined) return null;
  const lead = text.slice(0, separator.index).trim();
  // "沈崴 ~ Title": a tilde after one Chinese or Korean word sets a name apart ("时间：" is a label, not a name).
  const cjk = separator[0].includes('~') && isCjkName(lead) ? [{ name: lead, org: null }] : null;
  const speakers = nameWithOrg(lead) ?? parseSpeakers(lead) ?? cjk;
  let title = text.slice(separator.index + separator[0].length).trim();
  // "Jane Roe - Title (Example)": a word or two in parentheses after the title is the speaker's organisation.
  const org = /^(.+?)\s*\(([\p{Lu}][\p{L}\p{N}.&-]*(?:\s[\p{Lu}][\p{L}\p{N}.&-]*)?)\)$/u.exec(title);
  if (speakers?.length === 1 && speakers[0]!.org === null && org) {
    speakers[0] = { ...speakers[0]!, org: org[2]! };
    title = org[1]!.trim();
  }
  return speakers && title ? { title, speakers } : null;
}

/** "Will Button (Trax)": one speaker with the organisation in parentheses. */
function nameWithOrg(text: string): SessionHeading['speakers'] | null {
  const match = /^(.+?)\s*[(（]([^()（）]+)[)）]$/u.exec(text.trim());
  const speakers = match ? parseSpeakers(match[1]!) : null;
  return speakers?.length === 1 ? [{ ...speakers[0]!, org: speakers[0]!.org ?? match![2]!.trim() }] : null;
}

/**
 * "Title (Jane Doe, John Roe)", full-width parentheses too ("タイトル（山田太郎氏）"). One word alone there
 * ("(AppSignal)", "(VIGL)", "(入門)") is an organisation, a workshop's code or a tag, never a speaker,
 * unless it reads as a name by itself: a Korean name ("(정도현)") or one with an honorific ("(山田氏)").
 */
function inParentheses(text: string): SessionHeading | null {
  const match = /^(.+?)\s*[(（]([^()（）]+)[)）]$/u.exec(text);
  if (!match) return null;
  const speakers = nameAndOrg(match[2]!) ?? parseSpeakerList(match[2]!);
  if (
    speakers?.length === 1 &&
    !/\s/.test(speakers[0]!.name) &&
    withoutHonorific(match[2]!) === null &&
    !looksLikeName(match[2]!.trim(), false)
  )
    return null;
  return speakers ? { title: match[1]!.trim(), speakers } : null;
}

/**
 * "(Jane Roe, Acme)", "(Jane Roe, Example Corp)": a full name, then one word or a company's name, is one person and where
 * they work; a list names people in full ("(Jane Roe, John Doe)"), so a lone word after a name is no second person.
 * "(Jane Roe, @jroe)": the handle says who she is online.
 */
function nameAndOrg(text: string): Speaker[] | null {
  const parts = text.split(/\s*,\s*/u);
  if (parts.length !== 2) return null;
  const [name, after] = parts.map((part) => part.trim()) as [string, string];
  if (!/\s/u.test(name) || !looksLikeName(name, true)) return null;
  if (HANDLE.test(after)) return [{ name: displayCase(name), org: null }];
  return /^\S+$/u.test(after) || looksLikeOrg(after) ? [{ name: displayCase(name), org: after }] : null;
}

/** What a sponsor's talk is called: "Sponsored talk", "Sponsor session", "gesponsert", "sponsorisée", "patrocinada". */
const SPONSORED = String.raw`(?:sponsored|sponsor|sponsoring)(?:\s+(?:talk|session|keynote|presentation|demo))|sponsored|gesponsert|sponsoris[ée]e?|patrocinad[oa]|sponsorizzat[oa]`;
/** "Sponsored talk by Deveo, Jane Roe": the sponsor's words, "by" its sponsor (before a comma), then perhaps who spoke. */
const SPONSORED_BY = new RegExp(
  String.raw`^((?:.*\s)?(?:${SPONSORED})\s+(?:${BY_WORD}|da)\s+([^,]+?))(?:\s*,\s*(.+))?$`,
  'iu',
);

/**
 * "Sponsored talk by Deveo, Jane Roe": the name after "by" is the sponsor, never a speaker; the names after the comma
 * are the speakers, of the sponsor's company, and the heading up to the comma is the title. Without such names the
 * heading is the title as written, naming no one.
 */
function sponsoredTalk(text: string): SessionHeading | null {
  const match = SPONSORED_BY.exec(text);
  if (!match) return null;
  const speakers = match[3] === undefined ? null : (parseSpeakers(match[3]) ?? parseSpeakerList(match[3]));
  if (speakers === null) return { title: text, speakers: [] };
  const sponsor = match[2]!.trim();
  return {
    title: match[1]!.trim(),
    speakers: speakers.map((speaker) => ({ ...speaker, org: speaker.org ?? sponsor })),
  };
}

/** Remarks in parentheses after a name, each holding a word in lower case ("(can't find the slides yet)"); "(Red Hat)" is none. */
const REMARKS = /(?:\s*\((?=[^()]*(?<![\p{L}'’])\p{Ll})[^()]*\))+\s*[.!]?\s*$/u;
/** A remark in parentheses, or a full stop, closing the names after "by". */
const REMARK_AFTER_NAMES = /\s*\([^()]*\)\s*[.!]?\s*$|\s*[.!]\s*$/u;
const TITLE_BY_NAME = new RegExp(String.raw`^(.+)\s+${BY_WORD}\s+(.+)$`, 'i');

/** "Title by Jane Doe", and "by" in the corpus languages: "par" (French), "von" (German), "por" (Spanish, Portuguese). */
function byline(text: string): SessionHeading | null {
  // The last of them: "par" may be inside a French title too. A name that starts with a particle is
  // part of one ("Ursula von der Leyen").
  const match = TITLE_BY_NAME.exec(text);
  if (!match || /^\p{Ll}/u.test(match[2]!)) return null;
  // "by E. Groeneveld (aka PEP-380).", "by B. Fitz (+ a sketch)": a remark after the names is no part of them.
  const speakers = parseSpeakers(match[2]!) ?? parseSpeakers(match[2]!.replace(REMARK_AFTER_NAMES, ''));
  // "Title, by Jane Roe", "Title — By Jane Roe" (as Medium posts write it): the comma or dash before "by" leaves with it.
  return speakers ? { title: withoutDoubledBy(match[1]!).replace(BEFORE_BY, '').trim(), speakers } : null;
}

/** The by-word written twice ("Title by By Jane Roe", a slip the last "by" leaves at the title's end): no part of it. */
function withoutDoubledBy(title: string): string {
  return title.replace(new RegExp(String.raw`\s+${BY_WORD}$`, 'i'), '');
}

/** A comma or a dash between a title and its "by": no part of the title. */
const BEFORE_BY = /\s*(?:,|\s[-–—―])$/u;

/** "「Rubyの未来」山田太郎氏": the honorific says the last words are a person. */
function honorificTail(text: string): SessionHeading | null {
  const match = HONORIFIC_TAIL.exec(text);
  const speakers = match ? parseSpeakers(match[2]!) : null;
  return speakers ? { title: match![1]!.trim(), speakers } : null;
}

/** "Title / Jane Roe", "Title | Jane Roe / John Doe": the parts after the first slash or bar that starts a run of names. */
function afterSlash(text: string): SessionHeading | null {
  for (const separator of text.matchAll(/\s+[/|]\s+/g)) {
    const names = text
      .slice(separator.index + separator[0].length)
      .split(/\s+[/|]\s+/)
      // "Title | Jane Roe (Acme)": a name may carry her organisation in parentheses.
      .map((part) => parseSpeakerHeading(part));
    const title = text.slice(0, separator.index).trim();
    if (title && names.every((speakers) => speakers !== null))
      return { title, speakers: names.flatMap((speakers) => speakers!) };
  }
  return null;
}

/** "山田太郎氏「Rubyの未来」", "Jane Roe さん: Title": a name with an honorific, then the title. */
function honorificHead(text: string): SessionHeading | null {
  const match =
    /^([^\s「」『』【】:：]+(?:\s+[^\s「」『』【】:：]+)?\s*(?:氏|さん|様|先生))\s*[:：\-–—―]?\s*(\S.*)$/u.exec(text);
  const speakers = match ? parseSpeakers(match[1]!) : null;
  return speakers ? { title: match![2]!.trim(), speakers } : null;
}
