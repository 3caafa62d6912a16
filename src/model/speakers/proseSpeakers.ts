import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Speaker } from '../types.js';
import { looksLikeName } from './nameWords.js';
import { looksLikeOrg, parseSpeakerList } from './speakerLists.js';
import { HANDLE, PROFILE_URL } from './speakerMarks.js';

/** A Korean name or handle: one word of two to four Hangul syllables, as notes write it before 님 ("한정수님", "향로님"). */
const KOREAN_NAME = String.raw`(?<![\p{L}\p{N}])(\p{Script=Hangul}{2,4})\s?님`;
/** What a talk is called in Korean notes: 발표 (talk), 세션 (session), 강연 (lecture), 키노트 (keynote). */
const TALK_WORD = '(?:발표|세션|강연|키노트)';
/** A Chinese name before 老师 (teacher, said of speakers): two or three Han characters, not a longer run. */
const CHINESE_NAME = String.raw`(?<!\p{Script=Han})(\p{Script=Han}{2,3})`;
/** What a talk is called in Chinese notes: session, talk, 分享 (share), 演讲 (speech), 报告 (report), 讲座 (lecture). */
const CHINESE_TALK = '(?:session|talk|分享|演讲|演講|报告|報告|讲座|講座)';
/**
 * A Japanese name before さん or 氏 and による (by): kanji or katakana after a break in the script (hiragana, punctuation),
 * or a Latin handle. A linked name in hiragana is read from its link (speakerByLinkInProse).
 */
const JAPANESE_NAME = String.raw`(?:(?<![\p{Script=Han}\p{Script=Katakana}ー])([\p{Script=Han}\p{Script=Katakana}ー]{2,6})|(?<![\w@.-])@?([A-Za-z][\w.-]{1,30}))`;
/** "さんによる発表" (a talk by), "氏による講演": who gave the talk, never "さんの発表" (a talk of someone, as often another one). */
const JAPANESE_BY = '\\s?(?:さん|氏|様)?による(?:発表|講演|基調講演|セッション|トーク|LT)';
/** A name as bylines write it: two to four capitalised words (particles allowed). */
const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}'’-]+|\.)`;
const WESTERN_NAME = String.raw`(${NAME_WORD}(?:\s+(?:${NAME_WORD}|van|von|de|da|di|du|del|dos|der|la|le)){1,3})`;
/** Words for a talk before "by" in the corpus languages: "workshop by Jane Roe.", "la charla de Ana Gómez.". */
const TALK_BY =
  String.raw`\b(?:[Tt]alk|[Kk]eynote|[Ww]orkshop|[Tt]utorial|[Pp]resentation|[Ss]ession|[Ll]ecture|[Cc]harla|[Pp]onencia|[Tt]aller|[Pp]alestra|[Oo]ficina|[Vv]ortrag|[Cc]onf[ée]rence|[Aa]telier|[Ii]ntervento)` +
  String.raw`\s+(?:by|de|do|da|von|par|di|della)\s+${WESTERN_NAME}(?=\s*[.,;:!?)]|\s*$)`;

/**
 * The sentences that say whose talk it was: "한정수님의 발표 입니다" (it is 한정수's talk), "발표는 민우님이 해 주셨고" (the
 * talk was given by 민우), "张磊老师的 session" (teacher 张磊's session), "a workshop by Jane Roe." (the name ends the
 * clause). A name merely mentioned ("현민님의 영상", "张磊老师说") is not enough. No `i` flag: under it `\p{Lu}` matches
 * any letter, and "la conférence de Christophe commence" would name two words. Japanese "山田さんによる発表" (a talk by 山田)
 * is read, "山田さんの発表" (山田's talk) is not: it mentions another talk as often (read, it lowered the held-out
 * speakers' precision, its one change there).
 */
const SAYS_WHOSE_TALK = [
  new RegExp(`${KOREAN_NAME}의\\s*${TALK_WORD}`, 'u'),
  new RegExp(`${TALK_WORD}[은는]\\s*${KOREAN_NAME}(?:이|께서)`, 'u'),
  new RegExp(`${CHINESE_NAME}(?:老师|老師)的\\s*${CHINESE_TALK}`, 'u'),
  new RegExp(`${JAPANESE_NAME}${JAPANESE_BY}`, 'u'),
  new RegExp(TALK_BY, 'u'),
];

/**
 * Pure: the speaker a sentence of the talk's prose names as giving it, or null. A name that ends as an organisation's
 * does ("a workshop by Example Corp.") names no one.
 */
export function speakerInProse(text: string): Speaker | null {
  for (const pattern of SAYS_WHOSE_TALK) {
    const name = pattern
      .exec(text)
      ?.slice(1)
      .find((group) => group !== undefined);
    if (name && !looksLikeOrg(name)) return { name, org: null };
  }
  return null;
}

/** "[かみくず](https://x.com/p)さんによる発表です": a linked name, any script, then さん and による (by) and a talk word. */
const LINKED_JAPANESE_BY = new RegExp(`^${JAPANESE_BY}`, 'u');

/**
 * Pure: the speaker a paragraph names as giving the talk: by a link right before "さんによる発表" (a name in hiragana has no
 * other edge in unspaced text), or as speakerInProse reads its words.
 */
export function speakerByLinkInProse(paragraph: Paragraph): Speaker | null {
  for (const [index, child] of paragraph.children.entries()) {
    const next = paragraph.children[index + 1];
    const name = child.type === 'link' ? toString(child).trim() : '';
    if (name !== '' && !/\s{2}/.test(name) && next?.type === 'text' && LINKED_JAPANESE_BY.test(next.value))
      return { name: name.replace(/^@/, ''), org: null };
  }
  return speakerInProse(toString(paragraph));
}

/**
 * A verb that says someone gave the talk, after the names that open a paragraph, in the corpus languages; perhaps after
 * a pronoun ("nos contó", "nous a présenté", "ci ha mostrato", "took us through") or, in German, the participle a few
 * words on ("hat uns … vorgestellt").
 */
/** The end of a word in any script (`\\b` knows ASCII letters only: "explicó" would never end). */
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
const SPEECH_VERB = new RegExp(
  '^\\s+(?:' +
    [
      // English
      `(?:talked|spoke|presented|showed|explained|demoed|demonstrated|introduced|shared|gave|told|walked|took|proposed|ran|led|hosted|discussed|described|opened|kicked)${WORD_END}`,
      // Spanish and Portuguese
      String.raw`(?:(?:nos|me|les)\s+)?(?:present[óo]|habl[óo]|propuso|cont[óo]|enseñ[óo]|explic[óo]|mostr[óo]|dio|compartió|mont[óo]|presentaron|hablaron|propusieron|contaron|enseñaron|explicaron|mostraron|dieron|montaron|apresentou|falou|mostrou|explicou|contou|propôs|apresentaram|falaram|mostraram)${WORD_END}`,
      // French
      String.raw`(?:(?:nous|vous)\s+)?(?:(?:a|ont)\s+)?(?:présenté|parlé|montré|expliqué|proposé|animé|partagé|présente(?:nt)?|partage(?:nt)?|raconte(?:nt)?)${WORD_END}`,
      // Italian
      String.raw`(?:(?:ci|ha|hanno)\s+)+(?:presentato|parlato|mostrato|spiegato|proposto|raccontato)${WORD_END}`,
      // German
      String.raw`(?:sprach|zeigte|erklärte|präsentierte|erzählte|stellte)${WORD_END}|hat\s+(?:\S+\s+){0,4}(?:vorgestellt|gezeigt|erklärt|gesprochen|präsentiert)${WORD_END}`,
    ].join('|') +
    ')',
  'iu',
);
/** Between names that open a paragraph: "Jane Roe and John Doe", "[Miguel](…) y [Ronny](…)". */
const JOINER = /^\s*(?:,|,?\s+(?:and|&|et|und|y|e))\s*$/iu;

/**
 * Pure: the people a paragraph opens with, as the subject of a verb that says they gave the talk: "[Dani](https://twitter.com/d)
 * propuso una charla…", "[Miguel](…) y [Ronny](…) montaron…", "Jane Roe talked about…", "Hans Müller hat uns … vorgestellt".
 * A name linked to a social profile may be one word (the link says it is a person); any other name has two words or more.
 * Null when the paragraph opens otherwise, or the verb after the names says nothing of giving a talk.
 */
export function speakersOpeningProse(paragraph: Paragraph): Speaker[] | null {
  const speakers: Speaker[] = [];
  for (const [index, child] of paragraph.children.entries()) {
    if (child.type === 'link') {
      const name = toString(child).trim();
      const person = /\s/.test(name)
        ? looksLikeName(name, false)
        : PROFILE_URL.test(child.url) && /^\p{Lu}\p{Ll}+$/u.test(name);
      if (!person || looksLikeOrg(name)) return null;
      speakers.push({ name, org: null });
      continue;
    }
    if (child.type !== 'text') return null;
    if (speakers.length > 0 && JOINER.test(child.value)) continue;
    // Plain names open the text: "Jane Roe talked about…", "Jane Roe and [John Doe](…) presented".
    const plain = speakers.length === 0 && index === 0 ? plainNamesOpening(child.value) : null;
    if (plain && JOINER.test(child.value.slice(plain.length)) && paragraph.children[index + 1]?.type === 'link') {
      speakers.push(...parseSpeakerList(plain)!);
      continue;
    }
    const after = plain ? child.value.slice(plain.length) : child.value;
    if (plain) speakers.push(...parseSpeakerList(plain)!);
    return speakers.length > 0 && SPEECH_VERB.test(after) ? speakers : null;
  }
  return null;
}

/** The capitalised names a text's first line opens with ("Jane Roe", "Jane Roe and John Doe"), as written, or null. */
function plainNamesOpening(text: string): string | null {
  const match = new RegExp(
    String.raw`^${WESTERN_NAME}(?:\s*(?:,|,?\s+(?:and|&|et|und|y|e))\s+${WESTERN_NAME})*`,
    'u',
  ).exec(text.split('\n')[0]!);
  const speakers = match ? parseSpeakerList(match[0]) : null;
  return speakers?.every((speaker) => !looksLikeOrg(speaker.name)) ? match![0] : null;
}

/** "Jane Roe (@jroe)" as the paragraph's first words: a name, then a handle in parentheses. */
const NAME_HANDLE_WRITTEN = /^([^()\n]+?)\s*\(@[\w.-]+\)/u;
/** "Jane Roe (" before a linked handle: "Jane Roe ([@jroe](https://twitter.com/jroe)) explained…". */
const NAME_BEFORE_LINK = /^([^()\n]+?)\s*\($/u;

/**
 * Pure: the person a paragraph opens with when their handle follows in parentheses, whatever comes after (a verb, a colon,
 * "is a…"): "Jane Roe ([@jroe](https://twitter.com/jroe)) explained…", "Ana Gómez (@agomez) nos contó…". The handle says it
 * is a person, and opening the talk's prose, the speaker. Null for any other opening, or words that are no name.
 */
export function nameBeforeHandle(paragraph: Paragraph): Speaker | null {
  const [first, second, third] = paragraph.children;
  if (first?.type !== 'text') return null;
  const linked =
    second?.type === 'link' &&
    HANDLE.test(toString(second).trim()) &&
    third?.type === 'text' &&
    third.value.startsWith(')');
  const match = NAME_HANDLE_WRITTEN.exec(first.value) ?? (linked ? NAME_BEFORE_LINK.exec(first.value) : null);
  const name = match?.[1]!.trim();
  return name && looksLikeName(name, false, true) && !looksLikeOrg(name) ? { name, org: null } : null;
}

/** A name (two to four capitalised words, particles allowed) right before its handle in parentheses, anywhere in a text. */
const NAME_WITH_HANDLE = new RegExp(String.raw`(?<![\p{L}\p{N}])${WESTERN_NAME}\s*\(@[\w.-]+\)`, 'gu');

/**
 * Pure: the people a paragraph names with their handle, wherever they stand: "Hyperledger is new to us. Horea Porutiu
 * ([@horeaporutiu](…)) showed…", "A great presentation given by Matt Turner (@mt165pro) about…", "Respect for Silvia
 * Puglisi (@nopressure) for giving this talk". The first such name, and those joined to it (`Jane Roe (@jroe) and John
 * Doe (@jdoe)`); one named later in the paragraph (`as Kent Beck (@KentBeck) said`) is someone the talk cites.
 */
export function namesWithHandles(paragraph: Paragraph): Speaker[] {
  const text = toString(paragraph);
  const speakers: Speaker[] = [];
  let end = -1;
  for (const match of text.matchAll(NAME_WITH_HANDLE)) {
    if (end >= 0 && !JOINER.test(text.slice(end, match.index))) break;
    const name = match[1]!;
    if (!looksLikeName(name, false, true) || looksLikeOrg(name)) break;
    speakers.push({ name, org: null });
    end = match.index + match[0].length;
  }
  return speakers;
}
