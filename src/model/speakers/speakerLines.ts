import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remainderOf, sourceOf } from '../blocks.js';
import { isCjkName, looksLikeName, withoutHonorific } from './nameWords.js';
import { looksLikeOrg, parseSpeakerList, parseSpeakers } from './speakerLists.js';
import { HANDLE, PROFILE_URL } from './speakerMarks.js';
import { nameBeforeHandle, namesWithHandles, speakerByLinkInProse, speakersOpeningProse } from './proseSpeakers.js';
import type { Speaker } from '../types.js';

export interface SpeakerLines {
  speakers: Speaker[];
  /** The talk's title from a label line ("__Topic__: Title") under a slot heading, or null. */
  title: string | null;
  /** The lines that named them, as written. */
  byline: string[];
  /** The session's content without those lines. */
  rest: RootContent[];
  /** The names were read from the notes' prose, not from a line that only names: they yield to a heading that names someone. */
  fromProse?: boolean;
}

/**
 * "Speaker: Jane Doe", "Speaker(s) : A, B", "By Jane Doe, Acme", "講者：Jane Doe", "Ponente: Jane Doe", "par Jane Doe":
 * the word that says "speaker" or "by" in the corpus languages (English, French, German, Spanish,
 * Portuguese, Italian, Japanese, Chinese, Korean) and a few more (Polish, Dutch, Turkish, Russian).
 */
/** Plural and inclusive endings after a label word: "Speaker(s)", "Intervenant(e)s", "Speaker·euse·s", "Orateur.rice.s". */
const LABEL_ENDING = String.raw`(?:\((?:e|s|es|euse|rice)\)s?|[·•.](?:e|s|es|euse|rice|ère)\b)*`;
const LABEL_WORDS =
  String.raw`(?:speakers?|presenters?|presented by|(?:talk|session|keynote|presentation|lecture|workshop) (?:given )?by|by|authors?|par|por|von|panelists?|` +
  String.raw`conférenci(?:er|ère)s?|orat(?:eur|rice)s?|intervenant(?:e)?s?|(?:présenté|animé|proposé)e?s? par|` +
  String.raw`referent(?:in|en|innen)?|sprecher(?:in)?|redner(?:in)?|vortragende[rn]?|ponentes?|palestrantes?|apresentado por|relator[ei]|relatrice|` +
  // Polish, Dutch, Turkish and Russian notes label their speakers too ("Prelegent:", "Spreker:", "Konuşmacı:", "Докладчик:").
  String.raw`prelegen(?:t|tka|ci)|sprekers?|konuşmacı(?:lar)?|докладчик(?:и)?|спикер(?:ы)?|` +
  // Vietnamese, Indonesian, Czech and Swedish ("Diễn giả:", "Pembicara:", "Přednášející:", "Talare:"); Chinese "嘉宾" (guest).
  `diễn giả|pembicara|přednášející|talare|(?:分享)?嘉宾|(?:分享)?嘉賓|` +
  String.raw`講者|讲者|演講者|演讲者|演講人|演讲人|講師|讲师|講演者|発表者|登壇者|スピーカー|主讲人?|分享者|分享人|報告人|报告人|연사|발표자|강연자)${LABEL_ENDING}`;
/** The label in brackets, as Japanese and Chinese notes write it: "【登壇者】Jane Roe", "[Speaker] Jane Roe", "［発表者］". */
const BRACKETED_LABEL = String.raw`[【\[［〔](?:${LABEL_WORDS})[】\]］〕]`;
const LABEL = new RegExp(
  String.raw`^(?:${LABEL_WORDS}\s*(?:[:：\-–]\s*|\s+)|${BRACKETED_LABEL}\s*[:：]?\s*)(.+)$`,
  'iu',
);
/** A heading that is only the label ("#### Speakers", "### Intervenants :", "【登壇者】"): the names follow it. */
const LABEL_ONLY = new RegExp(String.raw`^(?:${LABEL_WORDS}|${BRACKETED_LABEL})\s*[:：]?$`, 'iu');
/** What marks a line as a byline rather than a name-like phrase: a handle, "@ Org", or a role after a dash, a bar or a tilde. */
const MARK = /@|\s[-–—|~]\s/;
/** A dash that opens a byline, as in "― Jane Roe" or "ー Jane Roe氏" (Japanese notes), "-- Jane Roe" or "-- by Jane Roe" (par, por, von). */
const LEADING_DASH = /^(?:[―ー—–]|--)\s*(?:(?:by|par|por|von)\s+)?(?=\S)/iu;
/** A dash, then "by" (par, por, von): what follows names who spoke, even a handle. */
const DASH_BY = /^(?:[―ー—–]|--)\s*(?:by|par|por|von)\s+\S/iu;
/** A handle: a letter, then letters, digits, "_", "." or "-" ("m4dz", "jane_roe"). */
const HANDLE_WORD = /^@?\p{L}[\p{L}\p{N}_.-]{1,30}$/u;
/** Words of a job title in a byline such as "Jane Doe - Senior Engineer @ Acme". */
const ROLE = new RegExp(
  String.raw`\s@\s|\bat\b|\b(?:engineer|developer|manager|founder|co-?founder|cto|ceo|cfo|coo|cio|gm|vp|svp|evp|director|lead|consultant|architect|owner|head|president|staff|principal|senior|sr\.|advocate|maintainer|scientist|researcher|professor|guy|evangelist|designer|analyst|specialist|fellow|partner|chair|member|directeur|directrice|responsable|fondat(?:eur|rice|ore)|ing[ée]nieure?|d[ée]veloppeu(?:r|se)|direttore|responsabile|ingegnere|sviluppatore|desarrollador(?:a)?|ingenier[oa]|gr[üu]nder(?:in)?|entwickler(?:in)?|leiter(?:in)?)\b|` +
    // The same words in Chinese, Japanese and Korean bylines ("优趣天下研发工程师", "硬件极客、个人开发者"): no word boundaries there.
    String.raw`工程师|工程師|开发者|開發者|开发|開発者|程序员|架构师|架構師|负责人|負責人|总监|總監|经理|經理|董事|总裁|總裁|创始人|創辦人|创办人|联合创始人|研究员|研究員|教授|讲师|講師|顾问|顧問|专家|專家|极客|代表|社長|部長|エンジニア|アーキテクト|개발자|엔지니어|대표|연구원`,
  'i',
);
/** A line that gives the talk's title: "Topic: …", "**Title:** …", "Thema: …", "題目：…". */
const TITLE_LABEL =
  /^(?:topic|title|talk title|subject|thema|titel|sujet|titre|tema|t[ií]tulo|题目|題目|主題|主题|제목|タイトル)\s*[:：]\s*(\S.*)$/iu;

/** A slot heading names a talk's place, not the talk: its title and speakers sit in the lines below, over at most this many blocks. */
const SLOT_BLOCKS = 3;
/** A paragraph under a slot heading this short, with a "Topic:" line, is the talk's header (moved to the speaker notes). */
const SLOT_HEADER_LINES = 4;

/**
 * Speakers written under a session's title rather than in it: a "speaker: X" bullet, a "Speaker:" or
 * "By X" line, or byline lines such as "Jane Doe - Staff Engineer @ Acme" (one per speaker).
 * Only the first block is looked at: that is where people write them. Under a slot heading
 * (`slot`: "## Talk 1") the first three are, and a "Topic: Title" line there gives the talk's title.
 */
export function takeSpeakerLines(
  content: RootContent[],
  source: string,
  options: { slot?: boolean; bareNameBullets?: boolean; named?: boolean; handleMentions?: boolean } = {},
): SpeakerLines {
  const taken: SpeakerLines = { speakers: [], title: null, byline: [], rest: content };
  for (let block = 0; block < (options.slot ? SLOT_BLOCKS : 1); block++) {
    const next = takeFirstBlock(taken.rest, source, options);
    if (!next) break;
    taken.speakers.push(...next.speakers);
    taken.title ??= next.title;
    taken.byline.push(...next.byline);
    taken.rest = next.rest;
    // The bold title's own paragraph went on with notes: the header ends there.
    if (next.notesFollow) break;
  }
  const read =
    taken.speakers.length > 0
      ? withLabelledFollowers(taken, source)
      : (() => {
          const near = labelledNearStart(taken.rest, source, options.handleMentions === true);
          return {
            ...taken,
            speakers: near.speakers,
            byline: [...taken.byline, ...near.byline],
            rest: near.rest,
            ...(near.fromProse ? { fromProse: true } : {}),
          };
        })();
  return options.slot && read.title === null
    ? withTitleAfterNames(withHeaderTitle(read, source), source, options.named === true)
    : read;
}

/** A title line under a slot's speaker is at most this long, and is one line. */
const MAX_TITLE_LINE = 120;

/**
 * Under a slot heading (`**KEYNOTE**`, `## Keynote`) whose first lines (or a line of names over it: `named`) named the speaker, a paragraph of one short line
 * (perhaps the speaker's handle under it) that reads as no sentence and no names, with notes after it (`Ethics and
 * Consistency`): the talk's title, as a
 * programme writes slot, speaker, title. It goes to the speaker notes with the speaker's line.
 */
function withTitleAfterNames(read: SpeakerLines, source: string, named: boolean): SpeakerLines {
  const [next, ...after] = read.rest;
  if (read.title !== null || (read.speakers.length === 0 && !named) || next?.type !== 'paragraph' || after.length === 0)
    return read;
  const lines = sourceOf(next, source)
    .split('\n')
    .map((line) => line.replace(/\\$/, '').trim())
    .filter(Boolean);
  const title = plain(lines[0] ?? '')
    .replace(/[*_]/g, '')
    .trim();
  // A handle under the title (`@alixtrot`) is the speaker's, no more notes.
  if (
    !lines.slice(1).every((line) => HANDLE.test(plain(line))) ||
    title === '' ||
    title.length > MAX_TITLE_LINE ||
    /[.!?。！？:：]$/u.test(title)
  )
    return read;
  // A line of full names is more speakers; words that read as one-word names (`Build, Empower, Grow`) are a title.
  if (parseSpeakerList(title)?.every((speaker) => /\s/u.test(speaker.name))) return read;
  return { ...read, title, byline: [...read.byline, ...lines], rest: after };
}

/** A first block that ends in a labelled line ("Speaker: Jane Roe") goes on in the labelled paragraphs right after it. */
function withLabelledFollowers(read: SpeakerLines, source: string): SpeakerLines {
  const last = read.byline.at(-1);
  if (last === undefined || labelledSpeakers(plain(last)) === null) return read;
  const more = labelledParagraphsAfter(read.rest, 0, source);
  return {
    ...read,
    speakers: [...read.speakers, ...more.flatMap((node) => labelledLines(node, source)!)],
    byline: [...read.byline, ...more.flatMap((node) => bylineOf(node, source))],
    rest: read.rest.slice(more.length),
  };
}

/** A short line that labels a fact about the talk ("__Company__: Acme", "Room: B"), an image, or a line all in emphasis. */
function isHeaderLine(line: string): boolean {
  const text = line.trim();
  if (/^!\[[^\]]*\]\([^)]*\)$/.test(text)) return true;
  if (/^(\*\*?|__?)(?!\s).+\1$/u.test(text) && text.length <= 120) return true;
  return text.length <= 120 && /^[\p{L}][\p{L} ]{0,24}\s*[:：]\s*\S/u.test(plain(text));
}

/**
 * Under a slot heading, a "Topic: Title" line a little further down, after other lines of the programme's header
 * (a photo, "__Company__: Acme", "*Jane Roe, Example*"): the header ends at the first line of notes.
 */
function withHeaderTitle(read: SpeakerLines, source: string): SpeakerLines {
  for (const node of read.rest.slice(0, LEADING_BLOCKS)) {
    if (node.type !== 'paragraph') break;
    const lines = sourceOf(node, source)
      .split('\n')
      .map((line) => line.replace(/\\$/, '').trim())
      .filter(Boolean);
    if (!lines.every(isHeaderLine)) break;
    const title = lines.map((line) => TITLE_LABEL.exec(plain(line))?.[1]?.trim()).find(Boolean);
    if (!title || lines.length > SLOT_HEADER_LINES) continue;
    const speakers = lines.flatMap((line) => labelledSpeakers(plain(line)) ?? []);
    return {
      speakers: [
        ...read.speakers,
        ...speakers.filter((speaker) => !read.speakers.some((known) => known.name === speaker.name)),
      ],
      title,
      byline: [...read.byline, ...lines],
      rest: read.rest.filter((other) => other !== node),
    };
  }
  return read;
}

/** Pure: the content opens with a line that says who speaks ("Presenter: Jane Roe", "- Speaker: …", "By Jane Roe"): it is a talk's. */
export function opensWithSpeakerLabel(content: RootContent[], source: string): boolean {
  const [first] = content;
  const firstLine =
    first?.type === 'paragraph'
      ? sourceOf(first, source).split('\n')[0]!
      : first?.type === 'list' && first.children[0]
        ? toString(first.children[0].children[0] ?? first.children[0])
        : '';
  return labelledSpeakers(plain(firstLine)) !== null;
}

/**
 * Pure: the content opens with a label line or with a byline ("- Jane Roe - GM, Example Corp", "**Jane Roe, Acme**",
 * "Jane Roe ([@jroe](…))"): who speaks, as talks say first. A bare name bullet does not count (it may be a point).
 */
export function opensWithByline(content: RootContent[], source: string): boolean {
  if (opensWithSpeakerLabel(content, source)) return true;
  const [first] = content;
  if (first?.type === 'list') return firstBulletSpeaker(content, source) === 'marked';
  if (first?.type !== 'paragraph') return false;
  const lines = sourceOf(first, source)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  // A bare name could be the first words of the notes; a role, a handle or bold says it is a byline.
  return (
    lines.length <= 3 &&
    lines.some(
      (line) =>
        MARK.test(plain(line)) ||
        commaRole(plain(line)) !== null ||
        isEmphasizedName(line) ||
        emphasizedByline([line]) !== null,
    ) &&
    (emphasizedByline(lines) !== null || speakersOfLines(lines.map(plain), false) !== null)
  );
}

/**
 * Pure: the content opens with a byline, or with a line that is only a name ("Jane Roe"): weak evidence alone (it may
 * be the notes' first words), for weighing sections together.
 */
export function opensWithName(content: RootContent[], source: string): boolean {
  return opensWithByline(content, source) || (takeFirstBlock(content, source, {})?.speakers.length ?? 0) > 0;
}

/** A whole line in bold or italics: `**Jane Roe, Acme**`, `_Jane Roe_`. */
function isEmphasizedByline(line: string): boolean {
  return /^(\*\*?|__?)(?!\s).+?\1$/u.test(line);
}

/**
 * A line in bold that reads as one name ("**Jane Roe**"); not a run of CJK words, which reads as a name as
 * easily as a bold title does ("**분산 시스템의 장애 대응**").
 */
function isEmphasizedName(line: string): boolean {
  const speakers = isEmphasizedByline(line) ? bylineSpeaker(plain(line)) : null;
  return speakers?.length === 1 && plausibleNames(speakers);
}

/** Names that are no run of CJK words ("장애는 언제나 온다" reads as a name as easily as a sentence does). */
function plausibleNames(speakers: Speaker[]): boolean {
  return speakers.every(
    (speaker) =>
      !(
        /\s/.test(speaker.name) &&
        /\p{Script=Hangul}|\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(speaker.name)
      ),
  );
}

/** One line in bold or italics that names a person and her organisation: `**Jane Roe, Acme**`. */
function emphasizedByline(lines: string[]): Speaker[] | null {
  if (lines.length !== 1) return null;
  return (isEmphasizedByline(lines[0]!) ? nameAndOrg(plain(lines[0]!)) : null) ?? emphasizedNames(lines[0]!);
}

/** Emphasis around a whole line, perhaps inside or outside parentheses: `*(…)*`, `(*…*)`, `_…_`. */
const EMPHASIZED_NAMES = /^[(（]?\s*(\*\*?|__?)(?!\s)[(（]?([^()（）*_]+?)[)）]?\1\s*[)）]?$/u;

/**
 * `*(Jane Roe)*`, `(*Jane Roe*)`, `*Jane Roe/John Doe*`: a line of names alone, in emphasis, perhaps in parentheses.
 * Each name has two words or more (or is a CJK name): one word so set apart is as often a workshop's acronym or a remark.
 */
function emphasizedNames(line: string): Speaker[] | null {
  const inner = EMPHASIZED_NAMES.exec(line.trim())?.[2];
  // "Jane Roe/John Doe": a slash between two names, spaced or not.
  const speakers = inner === undefined ? null : parseSpeakerList(inner.replace(/\s*\/\s*/g, ' / '));
  const full = speakers?.every((speaker) => /\s/.test(speaker.name) || isCjkName(speaker.name));
  return full && plausibleNames(speakers!) ? speakers : null;
}

function takeFirstBlock(
  content: RootContent[],
  source: string,
  options: { slot?: boolean; bareNameBullets?: boolean },
): (SpeakerLines & { notesFollow?: boolean }) | null {
  const slot = options.slot === true;
  const [first, ...others] = content;
  // "⭐⭐⭐⭐" over "**Jane Roe** ([video](…))": a rating or emoji line decorates the talk; the byline is under it.
  if (first?.type === 'paragraph' && isDecoration(sourceOf(first, source))) {
    const under = takeFirstBlock(others, source, options);
    return under && { ...under, rest: [first, ...under.rest] };
  }
  // "| Speaker | Jane Roe |" among the talk's facts (room, time, slides): the row names who spoke; the table stays.
  if (first?.type === 'table') {
    const speakers = first.children.flatMap((row) =>
      factTableSpeakers(row.children.map((cell) => toString(cell).trim())),
    );
    if (speakers.length > 0) return { speakers, title: null, byline: [], rest: content };
  }
  // A photo of the speaker over "Jane Roe, Staff Engineer at Acme": the line under it names her.
  if (first?.type === 'paragraph' && isPhoto(first)) {
    const under = takeFirstBlock(others, source, options);
    if (under && under.speakers.length > 0) return { ...under, rest: [first, ...under.rest] };
  }
  if (first?.type === 'list') {
    const labelled = first.children.map((item) => {
      const text = itemLine(item, source);
      return {
        item,
        speakers: labelledSpeakers(text),
        title: slot ? (TITLE_LABEL.exec(text)?.[1]?.trim() ?? null) : null,
      };
    });
    // A labelled bullet with sub-points names the speaker and stays, for its points.
    const found = labelled.filter(
      (entry) =>
        entry.item.children[0]?.type === 'paragraph' &&
        (entry.speakers !== null || (entry.title !== null && entry.item.children.length === 1)),
    );
    // "- Jane Roe - GM, Example Corp" then "- John Doe - CTO, Acme": the bullets that open the list, while each names a speaker.
    for (const item of found.length === 0 ? first.children : []) {
      const named = bulletSpeaker(item, source);
      if (!named || !(named.marked || options.bareNameBullets === true)) break;
      found.push({ item, speakers: named.speakers, title: null });
    }
    if (found.length > 0) {
      const taken = found.filter((entry) => entry.item.children.length === 1);
      const remaining: List = {
        ...first,
        children: first.children.filter((item) => !taken.some((entry) => entry.item === item)),
      };
      return {
        speakers: found.flatMap((entry) => entry.speakers ?? []),
        title: found.find((entry) => entry.title !== null)?.title ?? null,
        byline: taken.map((entry) => `- ${sourceOf(entry.item.children[0]!, source).trim()}`),
        rest: remaining.children.length > 0 ? [remaining, ...others] : others,
      };
    }
  }
  // "## Session 2" then "**The Real Title**": a bold line right under a slot heading is the talk's title.
  if (slot && first?.type === 'paragraph' && first.children.length === 1 && first.children[0]!.type === 'strong') {
    const bold = toString(first).trim();
    if (bold.length > 0 && !bold.includes('\n') && bold.length <= 200)
      return {
        speakers: [],
        title: labelledTitle(bold.replace(/[:：]$/, '')),
        byline: [sourceOf(first, source).trim()],
        rest: others,
      };
  }
  // "**The Real Title**" with "Jane Roe, Example Corp" on the next line: the bold line titles it, the others name its speakers.
  // "> **The Real Title**": quoted as the programme shows it.
  const header =
    first?.type === 'blockquote' && first.children.length === 1 && first.children[0]!.type === 'paragraph'
      ? first.children[0]
      : first;
  const boldOver = slot && header?.type === 'paragraph' ? boldLineOverSpeakers(sourceOf(header, source)) : null;
  if (boldOver) return { ...boldOver, title: labelledTitle(boldOver.title), rest: others };
  // "**The Real Title**" over a line about it: the bold line titles the talk, the other lines stay its notes.
  const overNotes = slot && first?.type === 'paragraph' ? boldLineOverNotes(first) : null;
  if (overNotes)
    return {
      speakers: [],
      title: labelledTitle(overNotes.title),
      byline: [sourceOf(overNotes.bold, source).trim()],
      rest: [overNotes.rest, ...others],
      notesFollow: true,
    };
  // "- **The Real Title**" opening the list of notes.
  const item = slot && first?.type === 'list' ? first.children[0] : undefined;
  const itemBold = item?.children.length === 1 && item.children[0]!.type === 'paragraph' ? item.children[0] : null;
  if (first?.type === 'list' && itemBold && isBoldParagraph(itemBold) && first.children.length > 1)
    return {
      speakers: [],
      title: labelledTitle(toString(itemBold).trim()),
      byline: [`- ${sourceOf(itemBold, source).trim()}`],
      rest: [{ ...first, children: first.children.slice(1) }, ...others],
    };
  // "#### **The Real Title**": a sub-heading in bold.
  if (slot && first?.type === 'heading' && first.children.length === 1 && first.children[0]!.type === 'strong')
    return {
      speakers: [],
      title: labelledTitle(toString(first).trim()),
      byline: [sourceOf(first, source).trim()],
      rest: others,
    };
  if (first?.type === 'paragraph') {
    const lines = sourceOf(first, source)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const emphasized = emphasizedByline(lines);
    const found = emphasized
      ? { speakers: emphasized, title: null }
      : speakersOfLines(
          lines.map((line) => plain(line)),
          slot,
        );
    if (lines.length <= 6 && found) return { ...found, byline: lines, rest: others };
    // "-- by Jane Roe" over a line of links: the dashed byline names the speaker, the lines after it stay notes.
    const written = sourceOf(first, source);
    const dashed = lines.length > 1 && LEADING_DASH.test(lines[0]!) ? bylineSpeaker(plain(lines[0]!)) : null;
    if (dashed)
      return {
        speakers: dashed,
        title: null,
        byline: [lines[0]!],
        rest: [remainderOf(first, written.indexOf('\n') + 1, source), ...others],
      };
    // Under a slot heading a short paragraph with a "Topic:" line is the talk's header, whatever else it says.
    const titled =
      slot && lines.length <= SLOT_HEADER_LINES
        ? lines.map((line) => TITLE_LABEL.exec(plain(line))?.[1]?.trim()).find(Boolean)
        : undefined;
    if (titled)
      return {
        speakers: lines.flatMap((line) => labelledSpeakers(plain(line)) ?? bylineSpeaker(plain(line)) ?? []),
        title: titled,
        byline: lines,
        rest: others,
      };
  }
  // "> Jane Roe (Example), John Doe (Example)": the programme's byline quoted under the title; every line names people.
  if (first?.type === 'blockquote' && header !== first && header?.type === 'paragraph') {
    const lines = sourceOf(header, source)
      .split('\n')
      .map((line) => line.replace(/^(?:\s*>)+/, '').trim())
      .filter(Boolean);
    const quoted = lines.length <= QUOTED_BYLINE_LINES ? speakersOfLines(lines.map(plain), false) : null;
    const written = sourceOf(first, source)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (quoted && quoted.speakers.length > 0) return { ...quoted, byline: written, rest: others };
  }
  // "### Topic: Title" under "## Talk 1".
  const headingTitle =
    slot && first?.type === 'heading' ? TITLE_LABEL.exec(toString(first).trim())?.[1]?.trim() : undefined;
  if (headingTitle)
    return { speakers: [], title: headingTitle, byline: [sourceOf(first!, source).trim()], rest: others };
  // "_Format conférence 45 minutes_" over "**[Jane Roe](…)**": a line in italics about the talk (its format, length,
  // room), no names itself, is passed over as a rating is; the byline is under it.
  if (first?.type === 'paragraph' && isItalicLine(first)) {
    const under = takeFirstBlock(others, source, options);
    return under && { ...under, rest: [first, ...under.rest] };
  }
  return null;
}

/** A paragraph of one line, all of it in italics: `_Format atelier 2h30_`, `*Room B, 45 minutes*`. */
function isItalicLine(paragraph: Paragraph): boolean {
  const [only] = paragraph.children;
  return paragraph.children.length === 1 && only!.type === 'emphasis' && !toString(only).includes('\n');
}

/** "제목 : 데이터 파이프라인" inside the bold line: the label's title. */
function labelledTitle(title: string | null): string | null {
  return title === null ? null : (TITLE_LABEL.exec(title)?.[1]?.trim() ?? title);
}

/** A paragraph that is one bold phrase, perhaps after an emoji: `**Title**`, `🎤 **Title**`. */
function isBoldParagraph(paragraph: Paragraph): boolean {
  const parts = paragraph.children.filter((child) => !(child.type === 'text' && isDecoration(child.value)));
  return parts.length === 1 && parts[0]!.type === 'strong' && toString(parts[0]!).trim().length > 0;
}

/** A paragraph that opens with a bold line and goes on with notes: the bold line, and the paragraph without it. */
function boldLineOverNotes(paragraph: Paragraph): { title: string; bold: Paragraph; rest: Paragraph } | null {
  const [bold, next, ...more] = paragraph.children;
  const opensLine = next?.type === 'break' || (next?.type === 'text' && next.value.startsWith('\n'));
  if (bold?.type !== 'strong' || !opensLine || !next.position || !paragraph.position) return null;
  const title = toString(bold).trim();
  if (title === '' || title.length > 200) return null;
  const rest = next.type === 'break' ? more : [{ ...next, value: next.value.replace(/^\n/, '') }, ...more];
  const restStart = next.type === 'break' ? more[0]?.position?.start : next.position.start;
  if (rest.length === 0 || !restStart) return null;
  return {
    title,
    bold: {
      type: 'paragraph',
      children: [bold],
      position: { start: paragraph.position.start, end: next.position.start },
    },
    rest: { type: 'paragraph', children: rest, position: { start: restStart, end: paragraph.position.end } },
  };
}

/** A quote of more lines than this under a talk's title is a quotation, not its byline. */
export const QUOTED_BYLINE_LINES = 2;

/** A whole line in bold: `**Title**`, `__Title__`. */
const BOLD_LINE = /^(\*\*|__)(?!\s)(.+?)\1$/u;

/**
 * A paragraph whose first line is in bold and whose other lines (a few) each name a speaker, or whose bold first
 * line has the names after it; or null.
 */
function boldLineOverSpeakers(written: string): Omit<SpeakerLines, 'rest'> | null {
  const lines = written
    .split('\n')
    .map((line) => line.replace(/\\$|\s{2,}$/, '').trim())
    .filter(Boolean);
  // "🎤 **Title**": an emoji before the bold line only decorates it.
  if (lines[0]) lines[0] = lines[0].replace(/^(?:(?::[\w+-]+:|\p{Extended_Pictographic}|\u{FE0F}|\u{200D})\s*)+/u, '');
  // "**Title** - Jane Roe", "**Title** (Jane Roe)": the names may follow the bold title on its line.
  // "__Topic__: Title" is a label line, read as one.
  if (TITLE_LABEL.test(plain(lines[0] ?? ''))) return null;
  const tailed = /^(\*\*|__)(?!\s)(.+?)\1(?:\s*[-–—|]\s*(.+)|\s*[(（](.+)[)）])$/u.exec(lines[0] ?? '');
  const tail = tailed ? plain(tailed[3] ?? tailed[4]!) : null;
  const tailSpeakers = tail === null ? null : (parseSpeakers(tail) ?? parseSpeakerList(tail));
  if (tailed && tailSpeakers && lines.length <= SLOT_HEADER_LINES)
    return { speakers: tailSpeakers, title: plain(tailed[2]!), byline: lines };
  const bold = BOLD_LINE.exec(lines[0] ?? '');
  if (!bold) return null;
  // Alone on its line, in a quote, the bold line is the title.
  if (lines.length === 1) return { speakers: [], title: plain(bold[2]!).replace(/[:：]$/, ''), byline: lines };
  if (lines.length > SLOT_HEADER_LINES) return null;
  // "Jane Roe, Example Corp" under a title is one person and her organisation.
  const named = lines
    .slice(1)
    .map((line) => plain(line))
    .filter((line) => !HANDLE.test(line))
    .map((line) => parseSpeakers(line) ?? speakersOfLines([line], false)?.speakers ?? null);
  if (
    named.length === 0 ||
    named.some((speakers) => speakers === null || speakers.length === 0 || !plausibleNames(speakers))
  )
    return null;
  return {
    speakers: named.flatMap((speakers) => speakers!),
    title: plain(bold[2]!).replace(/[:：]$/, ''),
    byline: lines,
  };
}

/** How many blocks from a talk's start may hold a labelled speaker line ("Speaker: …" after a time or room line). */
const LEADING_BLOCKS = 5;

/**
 * "Speaker: Jane Roe" a little further down, or among other lines of a paragraph ("14:00, Room B" then
 * "Speaker : Jane Roe"): the label says what the line is, so it is read anywhere near the start.
 * A labelled bullet is taken out of its list; a paragraph that holds other lines stays as written.
 */
function labelledNearStart(content: RootContent[], source: string, handleMentions: boolean): SpeakerLines {
  const labelSection = labelSectionIn(content, source);
  if (labelSection) return labelSection;
  for (const [index, node] of content.slice(0, LEADING_BLOCKS).entries()) {
    if (node.type === 'thematicBreak') break;
    // Any other heading starts the talk's own sections.
    if (node.type === 'heading') break;
    if (node.type === 'list') {
      const found = labelledItems(node, source);
      if (found.length > 0) return withoutItems(content, index, found, source);
      // "- Jane Roe - GM, Storage, Example Corp" under the abstract: a role or a handle marks the bullet as a byline.
      const marked = leadingMarkedBullets(node, source);
      if (marked.length > 0) return withoutItems(content, index, marked, source);
    }
    if (node.type === 'paragraph' && index > 0) {
      // "Jane Roe - GM, Storage, Example Corp" after a line about the session: every line names a speaker, one with a role or a handle.
      const lines = sourceOf(node, source)
        .split('\n')
        .map((line) => plain(line.trim()))
        .filter(Boolean);
      const speakers =
        lines.length <= 6 && lines.some((line) => MARK.test(line))
          ? speakersOfLines(lines, false)?.speakers
          : undefined;
      if (speakers?.length)
        return {
          speakers,
          title: null,
          byline: bylineOf(node, source),
          rest: content.filter((other) => other !== node),
        };
    }
    const firstProse = node.type === 'paragraph' && isProse(node) && !content.slice(0, index).some(isProse);
    // In notes whose talks name their speaker with a handle (`handleMentions`), the first paragraph of prose names them so
    // anywhere in it: "… Horea Porutiu ([@horeaporutiu](…)) showed…".
    const mentioned = handleMentions && firstProse ? handleRun(content, index) : [];
    if (mentioned.length > 0) return { speakers: mentioned, title: null, byline: [], rest: content, fromProse: true };
    // "[Jane Roe](https://twitter.com/jroe) works at Example and showed…", "Jane Roe ([@jroe](…)) explained…": prose that
    // opens with a linked name, or a name and its handle.
    const linked = node.type === 'paragraph' ? (profileLinkedName(node) ?? nameBeforeHandle(node)) : null;
    if (linked) return { speakers: [linked], title: null, byline: [], rest: content, fromProse: true };
    // "[Dani](https://twitter.com/d) propuso una charla…", "Jane Roe talked about…": the notes' first paragraph of prose
    // (links or pictures alone are none) opens with who spoke.
    const opening = firstProse ? speakersOpeningProse(node) : null;
    if (opening) return { speakers: opening, title: null, byline: [], rest: content, fromProse: true };
    // "한정수님의 발표 입니다", "A workshop by Jane Roe.": a sentence that says whose talk it is.
    const told = node.type === 'paragraph' ? speakerByLinkInProse(node) : null;
    if (told) return { speakers: [told], title: null, byline: [], rest: content, fromProse: true };
    // "> Speaker: Jane Roe": a quote of the programme's byline.
    const paragraph =
      node.type === 'blockquote' && node.children.length === 1 && node.children[0]!.type === 'paragraph'
        ? node.children[0]
        : node;
    if (paragraph.type === 'paragraph') {
      const lines = sourceOf(paragraph, source)
        .split('\n')
        .map((line) => line.replace(/^(?:\s*>)+/, '').trim())
        .filter(Boolean);
      const labelled = lines
        .map((line) => ({ line, speakers: labelledSpeakers(plain(line)) }))
        .filter((entry) => entry.speakers !== null);
      if (labelled.length === 0) continue;
      const speakers = labelled.flatMap((entry) => entry.speakers!);
      if (labelled.length === lines.length) {
        // "Speaker: Jane Roe", a blank line, "Speaker: John Doe": each paragraph of labelled lines right after names one more.
        const taken = [node, ...labelledParagraphsAfter(content, index + 1, source)];
        return {
          speakers: [...speakers, ...taken.slice(1).flatMap((next) => labelledLines(next, source)!)],
          title: null,
          byline: taken.flatMap((next) => bylineOf(next, source)),
          rest: content.filter((other) => !taken.includes(other)),
        };
      }
      return { speakers, title: null, byline: [], rest: content };
    }
  }
  return { speakers: [], title: null, byline: [], rest: content };
}

/**
 * The people the paragraph at `index` names with their handle (namesWithHandles); where it opens with one, the paragraphs
 * right after it that open with another name and handle too (a talk's lightning talks, one paragraph each: `Jane Roe
 * ([@jroe](…)) showed…`, `John Doe ([@jdoe](…)) showed…`), up to the first that opens otherwise.
 */
function handleRun(content: RootContent[], index: number): Speaker[] {
  const first = content[index] as Paragraph;
  const speakers = namesWithHandles(first);
  if (speakers.length === 0 || nameBeforeHandle(first) === null) return speakers;
  for (const node of content.slice(index + 1)) {
    const next = node.type === 'paragraph' ? nameBeforeHandle(node) : null;
    if (next === null) break;
    if (!speakers.some((speaker) => speaker.name === next.name)) speakers.push(next);
  }
  return speakers;
}

/** At least this many talks whose first paragraph of prose opens with a name and its handle make a file's habit. */
export const MIN_HANDLE_OPENINGS = 3;

/**
 * Pure: whether a talk's notes open their first paragraph of prose (among the first blocks) with a name and its handle:
 * `Jane Roe ([@jroe](…)) explained…`. Counted over a file, it says the author names speakers so (readSpeakerLines).
 */
export function opensWithHandle(content: RootContent[]): boolean {
  const first = content.slice(0, LEADING_BLOCKS).find(isProse);
  return first?.type === 'paragraph' && nameBeforeHandle(first) !== null;
}

/** A paragraph with words of its own: not links, pictures or breaks alone (`[Slides](…)`), nor a rating line. */
function isProse(node: RootContent): boolean {
  return (
    node.type === 'paragraph' &&
    !isRatingLine(toString(node)) &&
    node.children.some(
      (child) =>
        child.type !== 'link' &&
        child.type !== 'image' &&
        child.type !== 'break' &&
        !(child.type === 'text' && child.value.trim() === ''),
    )
  );
}

/** The paragraphs from `start` on, in a row, whose every line is a labelled speaker line ("Speaker: John Doe"). */
function labelledParagraphsAfter(content: RootContent[], start: number, source: string): RootContent[] {
  const found: RootContent[] = [];
  for (const node of content.slice(start)) {
    if (labelledLines(node, source) === null) break;
    found.push(node);
  }
  return found;
}

/** The speakers of a paragraph whose every line is a labelled speaker line, or null. */
function labelledLines(node: RootContent, source: string): Speaker[] | null {
  if (node.type !== 'paragraph') return null;
  const named = sourceOf(node, source)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => labelledSpeakers(plain(line)));
  return named.length > 0 && named.every((speakers) => speakers !== null)
    ? named.flatMap((speakers) => speakers!)
    : null;
}

/**
 * A heading that says who spoke ("#### Speaker: Jane Roe"), or that is only the label with the names
 * under it ("#### Speakers" or a "**Intervenants :**" line, then a list of names), anywhere in the
 * talk: it may come after "#### Abstract". The label says what it is, so no other evidence is needed.
 */
function labelSectionIn(content: RootContent[], source: string): SpeakerLines | null {
  for (const [index, node] of content.entries()) {
    if (node.type !== 'heading' && node.type !== 'paragraph') continue;
    const text = node.type === 'heading' ? toString(node).trim() : plain(sourceOf(node, source).trim());
    const speakers = node.type === 'heading' ? labelledSpeakers(text) : null;
    if (speakers !== null)
      return {
        speakers,
        title: null,
        byline: [sourceOf(node, source).trim()],
        rest: content.filter((other) => other !== node),
      };
    const under = LABEL_ONLY.test(text) ? content[index + 1] : undefined;
    const named = under ? namesUnderLabel(under, source) : null;
    if (named)
      return {
        speakers: named,
        title: null,
        byline: [sourceOf(node, source).trim(), sourceOf(under!, source).trim()],
        rest: content.filter((other) => other !== node && other !== under),
      };
  }
  return null;
}

/** The names under a label heading: bullets or lines that each name speakers ("- Jane Roe (@jroe)", "Jane Roe - CTO, Acme"). */
function namesUnderLabel(node: RootContent, source: string): Speaker[] | null {
  if (node.type === 'list') {
    const named = node.children.map((item) =>
      item.children.length === 1 ? bylineSpeaker(itemLine(item, source)) : null,
    );
    return named.every((speakers) => speakers !== null) ? named.flatMap((speakers) => speakers!) : null;
  }
  if (node.type !== 'paragraph') return null;
  return (
    speakersOfLines(
      sourceOf(node, source)
        .split('\n')
        .map((line) => plain(line.trim()))
        .filter(Boolean),
      false,
    )?.speakers ?? null
  );
}

/** Bullets of one line that name speakers after a label ("- Speaker: Jane Roe"). */
function labelledItems(list: List, source: string): { item: ListItem; speakers: Speaker[] }[] {
  return list.children
    .map((item) => ({
      item,
      speakers: item.children[0]?.type === 'paragraph' ? labelledSpeakers(itemLine(item, source)) : null,
    }))
    .filter((entry): entry is { item: ListItem; speakers: Speaker[] } => entry.speakers !== null);
}

/** The content with the bullets that named speakers taken out of the list at `index` (and the list, once empty). */
function withoutItems(
  content: RootContent[],
  index: number,
  found: { item: ListItem; speakers: Speaker[] }[],
  source: string,
): SpeakerLines {
  const list = content[index] as List;
  // A bullet with sub-points ("- speaker: Jane Roe" over "- she maintains etcd") names the speaker and stays, for its points.
  const taken = found.filter((entry) => entry.item.children.length === 1);
  const remaining: List = {
    ...list,
    children: list.children.filter((item) => !taken.some((entry) => entry.item === item)),
  };
  return {
    speakers: found.flatMap((entry) => entry.speakers),
    title: null,
    byline: taken.map((entry) => `- ${sourceOf(entry.item.children[0]!, source).trim()}`),
    rest: [
      ...content.slice(0, index),
      ...(remaining.children.length > 0 ? [remaining] : []),
      ...content.slice(index + 1),
    ],
  };
}

/**
 * A bullet that names the speaker: "Jane Roe ([@jroe](…))", "Jane Roe - Staff Engineer", or only
 * "Jane Roe". `marked` when the bullet says more than a name (a handle, "@ Org" or a role after
 * a dash): a bare name could as well be the talk's first point, so it counts only where other talks of
 * the notes have marked ones (see firstBulletSpeaker).
 */
function bulletSpeaker(item: ListItem | undefined, source: string): { speakers: Speaker[]; marked: boolean } | null {
  if (item?.children.length !== 1 || item.children[0]!.type !== 'paragraph') return null;
  const line = itemLine(item, source);
  if (line.includes('\n')) return null;
  // "* Talk by: Jane Roe, Role": a label says it as surely as a handle or a role does.
  const labelled = labelledSpeakers(line);
  if (labelled) return { speakers: labelled, marked: true };
  const speakers = bylineSpeaker(line);
  return speakers ? { speakers, marked: MARK.test(line) || commaRole(line) !== null } : null;
}

/** The bullets that open a list while each names a speaker with a handle or a role. */
function leadingMarkedBullets(list: List, source: string): { item: ListItem; speakers: Speaker[] }[] {
  const found: { item: ListItem; speakers: Speaker[] }[] = [];
  for (const item of list.children) {
    const named = bulletSpeaker(item, source);
    if (!named?.marked) break;
    found.push({ item, speakers: named.speakers });
  }
  return found;
}

/** A bullet's words as plain text (emphasis, links and leading emoji off). */
function itemLine(item: ListItem, source: string): string {
  const [paragraph] = item.children;
  return paragraph?.type === 'paragraph' ? plain(sourceOf(paragraph, source).trim()) : toString(item).trim();
}

/** How the first bullet of a talk names its speaker, if it does: marked (with a handle, a role) or bare. */
export function firstBulletSpeaker(content: RootContent[], source: string): 'marked' | 'bare' | null {
  const [first] = content;
  const named = first?.type === 'list' ? bulletSpeaker(first.children[0], source) : null;
  return named === null ? null : named.marked ? 'marked' : 'bare';
}

/**
 * Every line names a speaker, or says more about the one named on the line before: a handle
 * ("@jroe") or a role line ("GM, Storage, Example Corp", whose last part is the organisation).
 * Under a slot heading a "Topic: Title" line may be among them.
 */
function speakersOfLines(lines: string[], slot: boolean): { speakers: Speaker[]; title: string | null } | null {
  const speakers: Speaker[] = [];
  let title: string | null = null;
  let previousNamed = false;
  for (const line of lines) {
    if (speakers.length > 0 && HANDLE.test(line)) continue;
    const titled: string | undefined = slot && title === null ? TITLE_LABEL.exec(line)?.[1]?.trim() : undefined;
    if (titled) {
      title = titled;
      previousNamed = false;
      continue;
    }
    const named = labelledSpeakers(line) ?? bylineSpeaker(line);
    if (named) {
      speakers.push(...named);
      previousNamed = true;
    } else if (previousNamed && ROLE.test(line) && line.length <= 120) {
      const last = speakers.at(-1)!;
      last.org ??= orgOfRole(line);
      previousNamed = false;
    } else return null;
  }
  return speakers.length > 0 || title !== null ? { speakers, title } : null;
}

/** "GM, Storage, Example Corp" → "Example Corp"; "Engineer @ Acme" → "Acme"; a bare role has none. */
function orgOfRole(role: string): string | null {
  const at = /(?:\s@\s*|\bat\s+)([^.|,;()]+?)\s*(?:[.|,;(]|$)/.exec(role)?.[1]?.trim();
  if (at) return at;
  const parts = role
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 1 && !ROLE.test(parts.at(-1)!) ? parts.at(-1)! : null;
}

/**
 * "Malte Ubl / Nicole Sullivan": names set apart by a spaced slash, two or more, each a full name ("Jane Roe / Example"
 * is a person and her company, never two people).
 */
function slashedNames(text: string): Speaker[] | null {
  const parts = text.split(/\s+\/\s+/u).map((part) => parseSpeakers(part));
  if (parts.length < 2 || parts.some((part) => part === null)) return null;
  return parts.flatMap((part) => part!);
}

function labelledSpeakers(text: string): Speaker[] | null {
  const match = LABEL.exec(text);
  if (!match) return null;
  // "by Jane Roe / John Doe": a spaced slash between full names, as a list writes them.
  if (/^(?:by|par|por|von)\b/i.test(text)) return parseSpeakers(match[1]!) ?? slashedNames(match[1]!);
  // "Conférenciers de chez Google et Cassandra": a label noun with no colon before a lower-case word opens a sentence
  // ("Presented by jane doe" ends in its "by": names follow).
  const separator = text.slice(0, text.length - match[1]!.length);
  const sentence = !/[:：\-–\]】］〕]|\b(?:by|par|por|von)\s*$/iu.test(separator) && /^\p{Ll}/u.test(match[1]!);
  if (sentence) return null;
  // "Speaker: Jane Doe, @jane, author": one speaker, the rest is about her (unless all of it reads as names).
  if (
    /^(?:speaker|presenter|(?:talk|session|keynote|presentation|lecture|workshop) (?:given )?by)\s*(?:\(s\)\s*)?:/i.test(
      text,
    )
  )
    return parseSpeakerList(match[1]!) ?? parseSpeakerList(match[1]!.split(',')[0]!, true);
  return parseSpeakerList(match[1]!, true);
}

/** A row of two cells, a speaker label and the names: `| Speaker | Jane Roe |`, `| 講者 | 山田太郎 |`. */
function factTableSpeakers(cells: string[]): Speaker[] {
  const [label, names] = cells;
  if (cells.length !== 2 || !LABEL_ONLY.test(label!) || !names) return [];
  return parseSpeakerList(names, true) ?? [];
}

/** A paragraph of nothing but images (spaces and line breaks aside). */
function isPhoto(paragraph: Paragraph): boolean {
  const images = paragraph.children.filter((child) => child.type === 'image');
  const blank = paragraph.children.filter(
    (child) => child.type === 'break' || (child.type === 'text' && child.value.trim() === ''),
  );
  return images.length > 0 && images.length + blank.length === paragraph.children.length;
}

/** A line with no letter or digit in it: a rating ("⭐⭐⭐"), emoji, punctuation; or a rating line (isRatingLine). */
function isDecoration(text: string): boolean {
  return (text.trim().length > 0 && !/[\p{L}\p{N}]/u.test(text)) || isRatingLine(text);
}

/** Emoji as written in shortcodes (`:star:`), stars, a score (`4/5`, `8.5`): what a rating is made of. */
const RATING_MARK = String.raw`(?::[\w+-]+:|\p{Extended_Pictographic}|\u{FE0F}|[★☆✩✪✭½]|\d{1,2}(?:[.,]\d)?(?:\s*\/\s*\d{1,2})?)`;
/**
 * "Rating: :star: :star: :star:", "Note : 4/5", "Bewertung: ★★★☆", "Valoración: ⭐⭐⭐", "評価：★★★", or marks alone
 * (`:star: :star:`): the author's rating of the talk, perhaps left empty (`Rating:`). No words of notes, no names.
 */
const RATING_LINE = new RegExp(
  String.raw`^(?:(?:my\s+)?(?:rating|score|stars)|note|bewertung|wertung|valoraci[oó]n|puntuaci[oó]n|nota|voto|評価|评分|評分|평점)\s*[:：]\s*(?:${RATING_MARK}\s*)*$|^(?:${RATING_MARK}\s*)+$`,
  'iu',
);

/** Pure: a line that only rates the talk (RATING_LINE). */
export function isRatingLine(text: string): boolean {
  return RATING_LINE.test(text.trim());
}

/**
 * A paragraph that opens with a person's name linked to their profile: the notes introduce the speaker.
 * The link says it is a person, so a name of two words or more is enough; the paragraph stays as written.
 */
function profileLinkedName(paragraph: Paragraph): Speaker | null {
  const [first] = paragraph.children;
  if (first?.type !== 'link' || !PROFILE_URL.test(first.url)) return null;
  const name = toString(first).trim();
  return /\s/.test(name) && looksLikeName(name, false) ? { name, org: null } : null;
}

/** "Jane Doe - Senior Engineer @ Acme" → Jane Doe of Acme; a line that is only a name counts too. */
function bylineSpeaker(written: string): Speaker[] | null {
  // "― Jane Roe": the dash only opens the line, and says what follows is who spoke, so one word
  // ("― Matz", "― 山田太郎") is enough.
  // "-- by Jane Roe -": a dash that closes the byline closes nothing else.
  const line = written.replace(LEADING_DASH, '').replace(/\s+[-–—]$/u, '');
  if (line !== written && !/\s[-–—|@~]\s|,/.test(line)) {
    const name = line.replace(/\s*[(（][^)）]*[)）]\s*/gu, ' ').trim();
    if (/^\S+$/u.test(name) && looksLikeName(name, true)) return [{ name: withoutHonorific(name) ?? name, org: null }];
    // "-- by M4dz": after a dash and "by", one word is a handle, digits and all (an acronym is an organisation's).
    if (DASH_BY.test(written) && HANDLE_WORD.test(name) && !/^[\p{Lu}\d&._-]{2,}$/u.test(name))
      return [{ name, org: null }];
  }
  // A line of nothing but markup (`\`, `**`) is empty once plain.
  const match = /^(.+?)(?:\s+[-–—|@~]\s+(.+))?$/.exec(line);
  if (!match) return null;
  const [, rawName, role] = match;
  // "(she/her)", "(@jroe)" and a bare "@jroe" say more about the person; they are not the name.
  const name = rawName!
    .replace(/\s*[(（][^)）]*[)）]\s*/gu, ' ')
    .replace(/(?:^|\s)@[\w.-]+(?=\s|$)/gu, ' ')
    .trim();
  // "Jane Roe, Staff Engineer at Example": one name, then her role after a comma.
  const roled = commaRole(name) ?? mononymRole(name);
  if (roled && role === undefined) return [roled];
  // "Jane Roe, Principal Engineer @ Acme": her role after the comma, her organisation after the @.
  const atOrg = role !== undefined && /\s@\s/.test(line.slice(rawName!.length, rawName!.length + 3));
  if (roled && atOrg) return [{ ...roled, org: role.trim() }];
  // "Taylor Roe and Scott Doe", "Jane Roe et John Doe", "Jane Roe, John Doe": one line may name several;
  // after commas each must be a full name, for "Jane Roe, Acme" is one person and her company.
  // "黄盈樟 ~ 硬件极客": a Chinese or Korean name is one word; with a role after it, that word is enough.
  const names =
    (name.includes(',') ? fullNames(name) : parseSpeakers(name)) ??
    (role !== undefined && ROLE.test(role) && isCjkName(name) ? [{ name, org: null }] : null) ??
    (role === undefined ? withMononym(name) : null);
  // "Sandia National Labs" on a line of its own: words that end an organisation's name end no person's.
  if (!names || (role === undefined && names.some((speaker) => looksLikeOrg(speaker.name)))) return null;
  // "Jane Roe @ Example Corp": what follows the @ is the organisation.
  if (atOrg && !/\s[-–—|]\s/.test(role)) return names.map((speaker) => ({ ...speaker, org: role.trim() }));
  if (role !== undefined && !ROLE.test(role)) return null;
  const org = role ? orgOfRole(role) : null;
  return names.map((speaker) => ({ name: speaker.name, org: org ?? speaker.org }));
}

/**
 * Pure: a talk heading that names only its speaker and her role, no title: `Jane Roe, Head of Research`,
 * `Jane Roe - Staff Engineer at Example`, `김영희 - 개발자`. The role says the name is a person's; the heading stays
 * the talk's title as written. Null when there is no role word, or the first part does not read as a name.
 */
export function roleHeadingSpeaker(text: string): Speaker | null {
  const line = text.trim();
  const threeParts = nameRoleOrg(line);
  if (threeParts) return threeParts;
  const parts = /^([^,，\-–—|]+?)(?:,\s+|，\s*|\s+[-–—|]\s+)([^-–—|]{1,80})$/u.exec(line);
  if (!parts || !opensWithRole(parts[2]!)) return null;
  const roled = commaRole(line);
  if (roled) return roled;
  const dashed = /^([^-–—|]+?)\s+[-–—|]\s+([^-–—|]{1,80})$/u.exec(line);
  if (!dashed) return null;
  const name = dashed[1]!.trim();
  const named = /\s/.test(name) ? looksLikeName(name, false) : isCjkName(name);
  return named ? { name, org: orgOfRole(dashed[2]!) } : null;
}

/**
 * "Jane Roe - Executive Director - Example Foundation", "Bo Chen | Principal Engineer | Globex": a name, her role and
 * her organisation, no title. The last part is where she works, never a second speaker.
 */
function nameRoleOrg(line: string): Speaker | null {
  const parts = line.split(/\s+[-–—|]\s+/u).map((part) => part.trim());
  if (parts.length !== 3 || !opensWithRole(parts[1]!)) return null;
  const name = parts[0]!;
  const named = /\s/.test(name) ? looksLikeName(name, false) : isCjkName(name);
  return named ? { name, org: parts[2]! } : null;
}

/**
 * Pure: a role as written after a name: it opens with a capital (or CJK) and names the job in its first three words
 * ("Head of Research", "Staff Engineer at Example", "개발자"). "lead with data", "Lessons from a CTO" are subtitles.
 */
export function opensWithRole(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return /^[\p{Lu}\p{Lo}]/u.test(words[0]!) && ROLE.test(words.slice(0, 3).join(' '));
}

/** A name of one word, as some people go by ("Surma", "Matz"): a capital, then lower-case letters. */
const MONONYM = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * "Surma, Developer Advocate": one word, then a role that opens with a job (opensWithRole) after a comma. The role says
 * the word is a person's name, as a line under a talk's title writes it.
 */
function mononymRole(line: string): Speaker | null {
  const match = /^([^,，\s]+)(?:,\s+|，\s*)(\S.{0,119})$/u.exec(line);
  if (!match || !MONONYM.test(match[1]!) || !opensWithRole(match[2]!) || !looksLikeName(match[1]!, true)) return null;
  return { name: match[1]!, org: orgOfRole(match[2]!) };
}

/**
 * "Paul Lewis & Surma": a full name, then one more who goes by one word, on a byline of its own. Null unless the first
 * part reads as names and the last word as a name alone (not an organisation's word: "Jane Roe & Example Labs").
 */
function withMononym(line: string): Speaker[] | null {
  const match = /^(.+?)\s+(?:&|and|et|und|y)\s+(\S+)$/u.exec(line);
  const first = match ? parseSpeakers(match[1]!) : null;
  const last = match?.[2];
  if (!first || !last || !MONONYM.test(last) || looksLikeOrg(last) || !looksLikeName(last, true)) return null;
  return [...first, { name: last, org: null }];
}

/** "Jane Roe, Acme": one full name (two words or more), then her organisation after the only comma. */
function nameAndOrg(line: string): Speaker[] | null {
  const [name, org, ...more] = line.split(',').map((part) => part.trim());
  if (more.length > 0 || !name || !org || !/\s/.test(name) || !looksLikeName(name, true)) return null;
  return parseSpeakers(line);
}

/** "Jane Roe, core developer and council member" → Jane Roe; the words after the comma must read as a job. */
function commaRole(line: string): Speaker | null {
  const match = /^([^,，]+)(?:,\s+|，\s*)([^,，].*)$/u.exec(line);
  if (!match || !ROLE.test(match[2]!) || match[2]!.length > 120) return null;
  const name = match[1]!.trim();
  const named = /\s/.test(name) ? looksLikeName(name, false) : isCjkName(name);
  return named ? { name, org: orgOfRole(match[2]!) } : null;
}

/**
 * Markdown emphasis and escapes off, for reading a line's words. Links after the words go when their text
 * is an emoji, a handle or a lower-case word ("_Jane Roe_ [:video_camera:](…)", "Jane Roe [slides](…)"):
 * they point at the talk or the person, they are not the name.
 */
function plain(line: string): string {
  // A link whose text could be a name ("Speaker: [Jane Roe](…)") stays.
  const withoutTrailingLinks = line.replace(/(?<=\S)(?:\s+!?\[(?:[:@\p{Ll}][^\]]*)?\]\([^)]*\))+\s*$/u, '');
  // An emoji before a label or a name ("🎤 Speaker: Jane Roe", ":microphone: Jane Roe") only decorates it.
  // An image's alt text ("![이미지](…)", "image") names no one.
  return withoutTrailingLinks
    .replace(/^(?:\s*(?::[\w+-]+:|(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+))+\s*/u, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`\\]/g, '')
    .trim();
}

/** "Jane Roe, John Doe and Ann Lee": a list of names of two words or more each. */
function fullNames(text: string): Speaker[] | null {
  const speakers = parseSpeakerList(text);
  // "Jane Roe, Example Corp": a company is not a second person.
  return speakers?.every((speaker) => /\s/.test(speaker.name) && speaker.org === null && !looksLikeOrg(speaker.name))
    ? speakers
    : null;
}

/** The lines of a speaker block as written, for the slide's byline. */
function bylineOf(node: RootContent, source: string): string[] {
  return sourceOf(node, source)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
