// Speaker and title labels ("Speaker: Jane Roe" in the corpus languages): labelled lines, paragraphs, table rows.
import { sourceOf } from '../blocks.js';
import type { Speaker } from '../types.js';
import { bylineOf, plain } from './lineText.js';
import { parseSpeakerList, parseSpeakers } from './speakerLists.js';
import type { SpeakerLines } from './takenSpeakers.js';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * "Speaker: Jane Doe", "Speaker(s) : A, B", "By Jane Doe, Acme", "講者：Jane Doe", "Ponente: Jane Doe", "par Jane Doe":
 * the word that says "speaker" or "by" in the corpus languages (English, French, German, Spanish,
 * Portuguese, Italian, Japanese, Chinese, Korean) and a few more (Polish, Dutch, Turkish, Russian).
 */
/** Plural and inclusive endings after a label word: "Speaker(s)", "Intervenant(e)s", "Speaker·euse·s", "Orateur.rice.s". */
const LABEL_ENDING = String.raw`(?:\((?:e|s|es|euse|rice)\)s?|[·•.](?:e|s|es|euse|rice|ère)\b)*`;

const LABEL_WORDS =
  // Stryker disable next-line StringLiteral,ArithmeticOperator: the groups left unbalanced throw as the module loads
  // (vitest: a failed file with no failing test, which Stryker counts as survived)
  String.raw`(?:speakers?|presenters?|presented by|(?:talk|session|keynote|presentation|lecture|workshop) (?:given )?by|by|authors?|par|por|von|panelists?|` +
  String.raw`conférenci(?:er|ère)s?|orat(?:eur|rice)s?|intervenant(?:e)?s?|(?:présenté|animé|proposé)e?s? par|` +
  String.raw`referent(?:in|en|innen)?|sprecher(?:in)?|redner(?:in)?|vortragende[rn]?|ponentes?|palestrantes?|apresentado por|relator[ei]|relatrice|` +
  // Polish, Dutch, Turkish and Russian notes label their speakers too ("Prelegent:", "Spreker:", "Konuşmacı:", "Докладчик:").
  String.raw`prelegen(?:t|tka|ci)|sprekers?|konuşmacı(?:lar)?|докладчик(?:и)?|спикер(?:ы)?|` +
  // Vietnamese, Indonesian, Czech and Swedish ("Diễn giả:", "Pembicara:", "Přednášející:", "Talare:"); Chinese "嘉宾" (guest).
  `diễn giả|pembicara|přednášející|talare|(?:分享)?嘉宾|(?:分享)?嘉賓|` +
  // Stryker disable next-line StringLiteral: without this piece the groups are unbalanced (see above)
  String.raw`講者|讲者|演講者|演讲者|演講人|演讲人|講師|讲师|講演者|発表者|登壇者|スピーカー|主讲人?|分享者|分享人|報告人|报告人|연사|발표자|강연자)${LABEL_ENDING}`;

/** The label in brackets, as Japanese and Chinese notes write it: "【登壇者】Jane Roe", "[Speaker] Jane Roe", "［発表者］". */
const BRACKETED_LABEL = String.raw`[【\[［〔](?:${LABEL_WORDS})[】\]］〕]`;

const LABEL = new RegExp(
  String.raw`^(?:${LABEL_WORDS}\s*(?:[:：\-–]\s*|\s+)|${BRACKETED_LABEL}\s*[:：]?\s*)(.+)$`,
  'iu',
);

/** A heading that is only the label ("#### Speakers", "### Intervenants :", "【登壇者】"): the names follow it. */
export const LABEL_ONLY = new RegExp(String.raw`^(?:${LABEL_WORDS}|${BRACKETED_LABEL})\s*[:：]?$`, 'iu');

/** A line that gives the talk's title: "Topic: …", "**Title:** …", "Thema: …", "題目：…". */
export const TITLE_LABEL =
  /^(?:topic|title|talk title|subject|thema|titel|sujet|titre|tema|t[ií]tulo|题目|題目|主題|主题|제목|タイトル)\s*[:：]\s*(\S.*)$/iu;

/** A first block that ends in a labelled line ("Speaker: Jane Roe") goes on in the labelled paragraphs right after it. */
export function withLabelledFollowers(read: SpeakerLines, source: string): SpeakerLines {
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

/** Pure: the content opens with a line that says who speaks ("Presenter: Jane Roe", "- Speaker: …", "By Jane Roe"): it is a talk's. */
export function opensWithSpeakerLabel(content: RootContent[], source: string): boolean {
  const [first] = content;
  const firstLine =
    first?.type === 'paragraph'
      ? sourceOf(first, source).split('\n')[0]!
      : first?.type === 'list' && first.children[0]
        ? toString(first.children[0].children[0] ?? first.children[0])
        : // Stryker disable next-line StringLiteral: no line; any other line without a label word reads the same
          '';
  return labelledSpeakers(plain(firstLine)) !== null;
}

/** The paragraphs from `start` on, in a row, whose every line is a labelled speaker line ("Speaker: John Doe"). */
export function labelledParagraphsAfter(content: RootContent[], start: number, source: string): RootContent[] {
  const found: RootContent[] = [];
  for (const node of content.slice(start)) {
    if (labelledLines(node, source) === null) break;
    found.push(node);
  }
  return found;
}

/** The speakers of a paragraph whose every line is a labelled speaker line, or null. */
export function labelledLines(node: RootContent, source: string): Speaker[] | null {
  if (node.type !== 'paragraph') return null;
  // Stryker disable next-line MethodExpression: a paragraph has no blank line, and plain trims each
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
 * "Malte Ubl / Nicole Sullivan": names set apart by a spaced slash, two or more, each a full name ("Jane Roe / Example"
 * is a person and her company, never two people).
 */
export function slashedNames(text: string): Speaker[] | null {
  const parts = text.split(/\s+\/\s+/u).map((part) => parseSpeakers(part));
  if (parts.length < 2 || parts.some((part) => part === null)) return null;
  return parts.flatMap((part) => part!);
}

export function labelledSpeakers(text: string): Speaker[] | null {
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
export function factTableSpeakers(cells: string[]): Speaker[] {
  const [label, names] = cells;
  if (cells.length !== 2 || !LABEL_ONLY.test(label!) || !names) return [];
  return parseSpeakerList(names, true) ?? [];
}
