import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { looksLikeName } from '../speakers/nameWords.js';
import { parseSpeakers } from '../speakers/speakerLists.js';

/** A talk a sentence names with its speaker, without a link to its page. */
export interface SaidTalk {
  title: string;
  speakers: string;
}

/** Words for "a talk" in the corpus languages. */
const TALK_WORD =
  '(?:talk|keynote|presentation|palestra|apresenta[çc][ãa]o|charla|ponencia|intervento|conf[ée]rence|pr[ée]sentation|vortrag)';
/** "of", "by" between the talk word and the name. */
const OF_WORD = '(?:by|of|de|do|da|del|di|della|von|des)';
/** "about", "on" between the name and the title. */
const ABOUT_WORD = '(?:about|on|sobre|acerca de|sur|su|über|zum|zur)';
/** A name: two to four capitalised words (particles allowed), as in bylines. */
const NAME_WORD = String.raw`\p{Lu}(?:[\p{L}'’-]+|\.)`;
const NAME = String.raw`(${NAME_WORD}(?:\s+(?:${NAME_WORD}|van|von|de|da|di|du|del|dos|der|la|le)){1,3})`;
/** The title runs to the end of the clause: a full stop, colon, semicolon, comma, bracket, or the verb after it ("… was great"). */
const TITLE = '([^.;:!?,()]{3,120}?)';
const CLAUSE_END = String.raw`(?=[.;:!?,()]|\s+(?:was|were|is|fue|foi|era|war|ist|était|est|è)\b|$)`;

/**
 * Words for a session of any kind before a quoted title, Polish among them (`prelekcja`, `panel`, `warsztat`, `wykład`),
 * a capital allowed first only: the form is read without the `i` flag, under which `\p{Lu}` takes any letter and a name
 * would run into the next word.
 */
const SESSION_WORD = String.raw`(?:[Tt]alk|[Kk]eynote|[Pp]resentation|[Pp]alestra|[Cc]harla|[Pp]onencia|[Ii]ntervento|[Cc]onf[ée]rence|[Pp]r[ée]sentation|[Vv]ortrag|[Ww]orkshop|[Pp]anel|[Ss]ession|[Tt]aller|[Aa]telier|[Pp]relekcj\p{Ll}*|[Ww]arsztat\p{Ll}*|[Ww]ykład\p{Ll}*|[Pp]rezentacj\p{Ll}*)`;
/** "titled", "called" between a name and a quoted title: `pt.` (Polish "pod tytułem"), `nazwana`, `titulada`, `intitulée`. */
const TITLED_WORD = String.raw`(?:pt\.|p\.t\.|nazwan\p{L}*|zatytułowan\p{L}*|titled|called|named|titulad[ao]|llamad[ao]|intitul[ée]e?s?|appel[ée]e?s?|betitelt|genannt|intitolat[oa])`;
/** A title set apart in quotes: „Title”, “Title”, "Title", «Title». */
const QUOTED = String.raw`[„“"«]\s*([^„“”"«»]{3,160}?)\s*[”“"»]`;

/** A title said in a clause runs to this many words; one set apart in quotes to QUOTED_TITLE_WORDS. */
export const SAID_TITLE_WORDS = 12;
export const QUOTED_TITLE_WORDS = 24;

/**
 * A name a Chinese sentence sets apart, after a space, an `@` or a mark (`第一场是 张克军 分享的`, `@有知 带来的`): two to
 * four Han characters, or one Latin word or handle. Run into the words before it (`第一场是张克军`), no name is told apart.
 */
const ZH_NAME = String.raw`(?<=^|[\s@，。；：、（(“"])([\p{Script=Han}]{2,4}|[A-Za-z][\w.-]{1,30})`;
/** "分享的", "带来的", "的分享": the words saying the person gave the talk named next, an honorific before them. */
const ZH_GAVE = String.raw`\s*(?:老师|先生|女士|大佬)?\s*(?:分享的|分享了|带来的|带来了|主讲的|演讲的|讲的|的分享|的演讲|的报告)\s*`;
/**
 * A Japanese name before `さん`, `氏` or `先生`: Han or Katakana (`山田`, `ヤマダ`), the particle before it (`今日は`) no
 * part of it, or one Latin word or handle.
 */
const JA_NAME = String.raw`(?<![\p{Script=Han}\p{Script=Katakana}ー])([\p{Script=Han}\p{Script=Katakana}ー]{1,8}|[A-Za-z][\w.-]{1,30})`;
/** "さんの", "氏による", "さんが発表した", then perhaps the word for the talk: `山田さんの発表「Title」`. */
const JA_GAVE = String.raw`\s*(?:さん|氏|先生)(?:の|による|が発表した|が話した)\s*(?:発表|講演|セッション|トーク)?\s*`;

/** The forms, each with the index of its name and title groups; `named` says the name is one by where it stands. */
const FORMS: { pattern: RegExp; name: number; title: number; quoted?: boolean; named?: boolean }[] = [
  // "a palestra de Jane Roe sobre X", "the talk by Jane Roe on X", "der Vortrag von Jane Roe über X"
  {
    pattern: new RegExp(
      String.raw`\b${TALK_WORD}\s+${OF_WORD}\s+${NAME}\s+${ABOUT_WORD}\s+${TITLE}${CLAUSE_END}`,
      'giu',
    ),
    name: 1,
    title: 2,
  },
  // "panel Marcina Cichonia pt. „Title”", "the workshop by Jane Roe called “Title”", "la charla de Ana Gómez «Title»": the
  // quotes say where the title ends, so it may hold full stops and question marks.
  {
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}])${SESSION_WORD}\s+(?:${OF_WORD}\s+)?${NAME}\s+(?:${TITLED_WORD}\s+)?${QUOTED}`,
      'gu',
    ),
    name: 1,
    title: 2,
    quoted: true,
  },
  // "X, apresentado por Jane Roe", "X, presented by Jane Roe", "X, présentée par Jane Roe", "X, vorgestellt von Jane Roe"
  {
    pattern: new RegExp(
      String.raw`(?:^|[.;:!?]\s*)([^.;:!?]{3,120}?),\s+(?:apresentad[oa]|presentad[oa]|presentat[oa]|pr[ée]sent[ée]e?|presented|given|vorgestellt|gehalten)\s+(?:por|by|par|da|von)\s+${NAME}`,
      'giu',
    ),
    name: 2,
    title: 1,
  },
  // "Jane Roe presentó X", "Jane Roe sprach über X", "Jane Roe talked about X", "Jane Roe falou sobre X"
  {
    pattern: new RegExp(
      String.raw`${NAME}\s+(?:presentó|apresentou|presented|a présenté|ha presentato|präsentierte|sprach über|talked about|spoke about|spoke on|habló (?:de|sobre)|falou sobre|a parlé de|ha parlato di)\s+${TITLE}${CLAUSE_END}`,
      'gu',
    ),
    name: 1,
    title: 2,
  },
  // "张克军 分享的《云生态新物种》", "@有知 带来的《Title》": a title in book-title marks after who gave it.
  {
    pattern: new RegExp(`${ZH_NAME}${ZH_GAVE}《([^《》]{2,80})》`, 'gu'),
    name: 1,
    title: 2,
    quoted: true,
    named: true,
  },
  // "山田さんの「Rubyの未来」", "Matz氏による『Title』": a title in corner brackets after who gave it.
  {
    pattern: new RegExp(`${JA_NAME}${JA_GAVE}[「『]([^「」『』]{2,80})[」』]`, 'gu'),
    name: 1,
    title: 2,
    quoted: true,
    named: true,
  },
];

/** An article before the title ("uma Simulação…", "the future of…"): not part of it. */
const ARTICLE =
  /^(?:(?:a|an|the|um|uma|o|os|as|un|una|el|la|los|las|le|les|une|der|die|das|ein|eine|einen|il|lo|uno)\s+|l['’])/iu;

/**
 * Pure: the talks a sentence names with their speakers, in the corpus languages: "a palestra de Jane Roe sobre X",
 * "X, apresentado por Jane Roe", "Jane Roe presentó X", "Jane Roe sprach über X". The name must read as one (two
 * words or more), the title is the rest of the clause, without a leading article.
 */
export function talksSaidIn(text: string): SaidTalk[] {
  const found: { at: number; talk: SaidTalk }[] = [];
  for (const { pattern, name, title, quoted = false, named = false } of FORMS) {
    for (const match of text.matchAll(pattern)) {
      const speakers = match[name]!.trim();
      // Quotes give the title as written, its article too ("« Les files »").
      const said = quoted ? match[title]!.trim() : match[title]!.trim().replace(ARTICLE, '').trim();
      const maxWords = quoted ? QUOTED_TITLE_WORDS : SAID_TITLE_WORDS;
      if (said.split(/\s+/).length > maxWords || !(named || parseSpeakers(speakers))) continue;
      found.push({ at: match.index, talk: { title: said, speakers } });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.talk);
}

/** A by-word alone between an emphasised title and a linked name: " de ", " by ", " von ", " par ", " por ", " di ". */
const BY_BETWEEN = /^\s+(?:by|de|del|von|par|por|di|da|do)\s+$/u;

/**
 * Pure: talks a paragraph names by a title set apart in emphasis or bold, a by-word, then a linked name: `el ***Analysis
 * of the feeling…*** de [Juantomás García](…)`, `la *keynote* de [Luz Rello](…)`, `the _Fast Builds_ by [Jane Roe](…)`.
 * The link's words must read as a name (two words or more); the title runs to QUOTED_TITLE_WORDS words.
 */
export function emphasisedTalks(nodes: PhrasingContent[]): SaidTalk[] {
  const talks: SaidTalk[] = [];
  for (const [index, node] of nodes.entries()) {
    const [between, link] = [nodes[index + 1], nodes[index + 2]];
    if ((node.type !== 'strong' && node.type !== 'emphasis') || between?.type !== 'text' || link?.type !== 'link')
      continue;
    const title = toString(node).trim();
    const name = toString(link).trim();
    if (!BY_BETWEEN.test(between.value) || title === '' || title.split(/\s+/).length > QUOTED_TITLE_WORDS) continue;
    if (/\s/.test(name) && looksLikeName(name, false)) talks.push({ title, speakers: name });
  }
  return talks;
}
