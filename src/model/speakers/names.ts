import type { Speaker } from '../types.js';
import { displayCase } from '../titleCase.js';

/** "by" before a speaker's name in the corpus languages: "par" (French), "von" (German), "por" (Spanish, Portuguese). */
export const BY_WORD = '(?:by|par|von|por)';

/** A handle standing alone, as a line or a part of a heading: "@jroe" (a linked one is read as its text). */
export const HANDLE = /^@[\w.-]+$/u;

/** Words found in talk titles but not in people's names. */
const TITLE_WORDS = new Set([
  'a',
  'an',
  'and',
  'about',
  'are',
  'at',
  'beyond',
  'by',
  'deep',
  'dive',
  'for',
  'from',
  'how',
  'in',
  'into',
  'intro',
  'is',
  'looking',
  'new',
  'of',
  'on',
  'or',
  'our',
  'the',
  'to',
  'using',
  'what',
  'when',
  'why',
  'with',
  'without',
  'your',
  'day',
  'keynote',
  'lessons',
  'learned',
  'update',
  'updates',
  'project',
  'community',
  'introduction',
  'overview',
  'remarks',
  'welcome',
  'opening',
  'closing',
  'panel',
  'talk',
  'talks',
  'workshop',
  'session',
  'notes',
  'kubernetes',
  'cloud',
  'native',
  'security',
  'state',
  'future',
  'getting',
  'started',
  'best',
  'practices',
  'part',
  'demo',
  'q&a',
  'ama',
  'lightning',
  'we',
  'you',
  'it',
  'my',
  'i',
  'vs',
]);
/** Words of job titles ("Senior Engineer", "Developer Advocate"), never of a name the notes give alone. */
const ROLE_WORDS = new Set([
  'engineer',
  'engineers',
  'engineering',
  'developer',
  'developers',
  'manager',
  'founder',
  'co-founder',
  'cofounder',
  'cto',
  'ceo',
  'cfo',
  'coo',
  'cio',
  'vp',
  'svp',
  'evp',
  'director',
  'consultant',
  'architect',
  'senior',
  'principal',
  'advocate',
  'maintainer',
  'scientist',
  'researcher',
  'professor',
  'evangelist',
  'designer',
  'analyst',
  'specialist',
  'president',
  'intern',
  'speaker',
  'speakers',
  'host',
  'moderator',
]);
const NAME_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'del',
  'bin',
  'al',
  'dos',
  'das',
  'ter',
  'mc',
]);
/** Pure: a word of job titles ("Founder", "Senior", "CTO"), in any case. */
export function isRoleWord(word: string): boolean {
  return ROLE_WORDS.has(word.toLocaleLowerCase());
}

/** A word that ends in capitals after a small letter is a product's or an acronym's (`IoT`, `GraphQL`, `PostgreSQL`), never a name's. */
const CAPITALS_AFTER_SMALL = /\p{Ll}\p{Lu}+$/u;
/** Word endings of nouns that are seldom surnames: "Observability", "Deployment", "Kinetics". */
const NOUN_ENDING = /(?:tion|sion|ment|ity|ics|ology|ship|ware)$/i;
/** A word that ends in a job title in Chinese or Japanese (`创始人` founder, `组织者` organiser, `工程师` engineer): a role, never a name. */
const CJK_ROLE_ENDING =
  /(?:创始人|創始人|组织者|組織者|工程师|工程師|架构师|架構師|总监|總監|经理|經理|主席|教授|研究员|研究員|负责人|負責人|讲师|講師|社长|社長|部长|部長)$/u;

/** A segment of a labelled list that says what someone does (`不甘社 创始人`, `Senior Engineer`), not who. */
function isRoleSegment(segment: string): boolean {
  const plain = segment.replace(/[`*_]/g, '');
  // Stryker disable next-line Regex: an empty word between two spaces is no role word
  const words = plain.split(/\s+/);
  return words.some((word) => isRoleWord(word) || CJK_ROLE_ENDING.test(word));
}

/**
 * Words that join two names: "&", "and", and the same word in the corpus languages: "et" (French),
 * "und" (German), "e" (Italian, Portuguese), "y" (Spanish), before a capital only. Each side must still read as a name.
 */
const NAME_JOINER = /\s*,?\s+(?:&|and)\s+|\s*,?\s+(?:et|und|e|y)\s+(?=\p{Lu})|\s*,?\s*&\s*/u;
/** A joiner with no name after it: "by Jane Roe and [slides](…)" read without its link. */
const TRAILING_JOINER = /\s*(?:(?:^|\s)(?:and|et|und|e|y)|&)\s*$/u;

/** "Jane Roe and " → "Jane Roe": the names a byline wrote, without a joiner whose name was not text. */
export function withoutTrailingJoiner(text: string): string {
  return text.replace(TRAILING_JOINER, '');
}
/** Between names of a list: the joiners (after a serial comma too: "A, B, and C"), commas, semicolons, the Japanese "、" and a spaced slash ("Jane Roe / John Doe"). */
const LIST_SEPARATOR =
  /\s*,\s*(?:&|and)\s+|\s*,\s*(?:et|und|e|y)\s+(?=\p{Lu})|\s*[,;、]\s*|\s+(?:&|and)\s+|\s+(?:et|und|e|y)\s+(?=\p{Lu})|\s*&\s*|\s+\/\s+/u;

/** "A & B, Org" → two speakers of Org; "A, Org1 & B, Org2" → one each. Null when it does not read as names. */
/** A name written with its initial: "A. Rigo", "J.R. Smith". */
const INITIAL_NAME = /^(?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{L}'’-]+$/u;

export function parseSpeakers(text: string): Speaker[] | null {
  const segments = joinRoles(
    text
      .split(NAME_JOINER)
      .map((segment) => segment.trim())
      .filter(Boolean),
  );
  if (segments.length === 0) return null;
  const speakers: Speaker[] = [];
  for (const segment of serialNames(segments)) {
    const parts = segment
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    // "A. Cuni, A. Rigo": names written with an initial on both sides of the comma are two people, no organisation.
    if (parts.length > 1 && parts.every((part) => INITIAL_NAME.test(part))) {
      speakers.push(...parts.map((part) => ({ name: part, org: null })));
      continue;
    }
    // Stryker disable next-line StringLiteral: a segment of commas only has no name, in either stand-in
    const name = parts[0] ?? '';
    const org = parts.length > 1 ? parts.at(-1)! : null;
    // "Lights, Camera, Action!": a subtitle's words, not a name and an organisation, which end in no "!" or "?".
    if (!looksLikeName(name, org !== null) || (org !== null && /[!?]$/u.test(org))) return null;
    speakers.push({ name: displayCase(withoutHonorific(name) ?? name), org: org === null ? null : displayCase(org) });
  }
  // "A & B, Org": the organisation written once after the last name belongs to all before it.
  for (let index = speakers.length - 2; index >= 0; index--) {
    if (speakers[index]!.org === null) speakers[index]!.org = speakers[index + 1]!.org;
  }
  return speakers;
}

/** Words that end an organisation's name, not a person's: "Example Corp", "Acme Labs". */
const ORG_WORD =
  /\b(?:inc|corp|corporation|ltd|llc|gmbh|sa|sas|ag|labs?|group|university|universit[ée]|institute|foundation|team|company|technologies|systems|software|cloud)\.?$/iu;

/** "Example Corp", "Example University": a name that ends as an organisation's does. */
export function looksLikeOrg(text: string): boolean {
  return ORG_WORD.test(text.trim());
}

/**
 * "Jane Roe, John Doe and Ann Lee": when the last name has no organisation, the commas before the joiner
 * separate names (each of two words or more), not a name from its organisation.
 */
function serialNames(segments: string[]): string[] {
  if (segments.length < 2 || segments.at(-1)!.includes(',')) return segments;
  return segments.flatMap((segment) => {
    const parts = segment.split(',').map((part) => part.trim());
    const names =
      parts.length > 1 &&
      parts.every((part) => part.split(/\s+/).length >= 2 && !ORG_WORD.test(part) && looksLikeName(part, false));
    return names ? parts : [segment];
  });
}

/** "Jane Doe, VP, Services & GM, Acme": an "&" inside a job title does not start a new speaker. */
function joinRoles(segments: string[]): string[] {
  const joined: string[] = [];
  for (const segment of segments) {
    const name = segment.split(',')[0]!.trim();
    // Stryker disable next-line BooleanLiteral: a name of two words or more reads the same with or without an organisation
    const startsSpeaker = joined.length === 0 || (name.split(/\s+/).length >= 2 && looksLikeName(name, true));
    if (startsSpeaker) joined.push(segment);
    else joined[joined.length - 1] += ` & ${segment}`;
  }
  return joined;
}

/**
 * "Jane Doe, John Roe and Ann Lee (Tufts)": a list of names, each with an optional organisation in parentheses.
 * `labelled` names came after "Speakers:", so they are taken as written (even in lower case); a last
 * one-word entry there is the organisation of all ("Speakers: Moses Schwartz, Andy Culler, Box").
 */
export function parseSpeakerList(text: string, labelled = false): Speaker[] | null {
  // "Jane Roe (GM, Storage, Acme), John Doe": separators inside parentheses are the person's, not the list's;
  // so are the spaces around words ("(Infrastructure and Modularity Engineer)" is one role).
  const hidden = text.replace(/[(（][^()（）]*[)）]/gu, (inside) =>
    inside.replace(/[,;、&/ ]/gu, (mark) => HIDDEN.get(mark)!),
  );
  const segments = hidden
    .split(LIST_SEPARATOR)
    .map((segment) => reveal(segment).trim())
    .filter(Boolean);
  // "讲师: 老高, 不甘社 创始人, 珠海GDG 组织者, 腾讯高级开发工程师": after the first name, a role says the rest are
  // that person's roles, the last of them where they work.
  const roleAt = labelled ? segments.findIndex((segment, index) => index > 0 && isRoleSegment(segment)) : -1;
  if (roleAt > 0) {
    const roles = segments.splice(roleAt);
    segments[segments.length - 1] += ` (${roles.join(', ')})`;
  }
  const shared = labelled && segments.length > 2 && !segments.at(-1)!.includes(' ') ? segments.pop()! : null;
  if (segments.length === 0) return null;
  const speakers: Speaker[] = [];
  for (const segment of segments) {
    const [, name, org] = /^(.+?)\s*(?:[(（]([^()（）]+)[)）])?$/u.exec(segment)!;
    const bare = name!.replace(/^(?:dr|prof)\.?\s+/i, '');
    if (labelled ? /[:!?@]/.test(bare) || bare.split(/\s+/).length > 5 : !looksLikeName(bare, true)) return null;
    // "Ann Lee ([@alee](…))": a handle in the parentheses says who she is online, not where she works;
    // "(GM, Storage, Acme)": the last part of a role is the organisation.
    speakers.push({
      name: displayCase(withoutHonorific(name!) ?? name!),
      org: org && !/^@/.test(org.trim()) ? org.split(',').at(-1)!.trim() : shared,
    });
  }
  return speakers;
}

/** Stand-ins for list separators inside parentheses while a list is split (private-use characters). */
const HIDDEN = new Map([...',;、&/ '].map((mark, index) => [mark, String.fromCodePoint(0xe000 + index)]));
function reveal(text: string): string {
  let shown = text;
  for (const [mark, stand] of HIDDEN) shown = shown.replaceAll(stand, mark);
  return shown;
}

/** After a name, a word that says it is one: Japanese "氏", "さん", "様", "先生"; Chinese "老师"; Korean "님". */
const HONORIFIC = /\s*(?:氏|さん|様|先生|老师|老師|님)$/u;
/**
 * After a Korean name of two to four syllables, the position a programme gives it: "장혁재 단장" (director), "윤주상 교수"
 * (professor), "심상규 CTO". The name is what comes before.
 */
const KOREAN_POSITION =
  /(?<=^[가-힣]{2,4})\s+(?:교수|책임(?:연구원)?|선임(?:연구원)?|수석(?:연구원)?|연구원|단장|대표(?:이사)?|이사|상무|전무|부장|차장|과장|팀장|본부장|센터장|원장|소장|박사|PM|CTO|CEO|CIO)$/u;
/** A nickname in quotes between a first and last name: Yukihiro "Matz" Matsumoto. */
const NICKNAME = /\s+["“][^"“”]+["”](?=\s)/gu;
/** Common Korean family names: a three-syllable Hangul word that starts with one is a full name ("장현정"). */
const KOREAN_SURNAMES = new Set([
  ...'김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용',
]);

/**
 * Before a name, the titles that say it is one: "Dr.", "Prof.", "Dra.", "Pr.", "Mr.", "Ms.", also in a row ("Prof. Dr.").
 * The programme calls the person by them; the name is what follows (a capital, so "Dr. med" stays).
 */
const ACADEMIC_TITLES = /^(?:(?:[Dd]ra?|[Pp]rofa?|[Pp]r|M(?:rs?|s|x))\.?\s+)+(?=\p{Lu})/u;

/**
 * "Jane Roe氏" → "Jane Roe", "Dr. Jane Roe" → "Jane Roe", "장혁재 단장" → "장혁재": the name without the honorific or title that marks it as one,
 * or null when there is none.
 */
export function withoutHonorific(text: string): string | null {
  const name = text.trim().replace(HONORIFIC, '').replace(KOREAN_POSITION, '').replace(ACADEMIC_TITLES, '');
  return name !== text.trim() && name !== '' ? name : null;
}

/** A particle elided before a capital: "d'Oliveira", "l’Huillier", "dell'Acqua". */
const ELIDED_PARTICLE = /^(?:d|l|dell|dall)['’]\p{Lu}/u;

/** Words of a name; past them, only a name of fewer words with particles between (`Felipe dos Santos de Morais`). */
export const MAX_NAME_WORDS = 4;
/** Name particles such a longer name may hold. */
export const MAX_NAME_PARTICLES = 2;

/**
 * Capitalised words (or name particles), two to four of them, none of them a word of talk titles. `marked`: the notes
 * mark the words as a person (a handle after them), so a word that ends as nouns do is a name too (`Charity Majors`,
 * `Felicity Roe`).
 */
export function looksLikeName(written: string, hasOrg: boolean, marked = false): boolean {
  const honoured = withoutHonorific(written);
  // "Jane Roe氏", "山田太郎さん": the honorific says it is a person, so one word is enough.
  if (honoured !== null) return looksLikeName(honoured, true, marked);
  const name = written.replace(NICKNAME, '');
  if (/[\d:!?()（）[\]"“”/]/.test(name)) return false;
  const words = name.split(/\s+/).filter(Boolean);
  // "Felipe dos Santos de Morais": past four words, a name is three words and up to two particles between them.
  const named = words.filter((word) => !NAME_PARTICLES.has(word.toLocaleLowerCase()));
  if (named.length === 0) return false;
  if (
    words.length > MAX_NAME_WORDS &&
    (named.length >= MAX_NAME_WORDS || words.length - named.length > MAX_NAME_PARTICLES)
  )
    return false;
  if (words.length === 1 && !hasOrg && !isKoreanName(words[0]!)) return false;
  // "Docker Web 管理界面": Latin words mixed with CJK ones, or a CJK run longer than a name, are a title.
  const cjk = words.filter((word) =>
    /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u.test(word),
  );
  if (cjk.length > 0 && (cjk.length < words.length || cjk.some((word) => [...word].length > 4))) return false;
  // "(VIGL)", "(AWS)": an acronym is an organisation or a workshop, not a person.
  if (words.length === 1 && /^[\p{Lu}\d&-]{2,}$/u.test(words[0]!)) return false;
  return words.every((word) => {
    const lower = word.toLocaleLowerCase();
    if (TITLE_WORDS.has(lower) || ROLE_WORDS.has(lower) || (!marked && NOUN_ENDING.test(word))) return false;
    // One word alone may be a handle (`yuTIN`, `jroeDEV`): read so only among a name's words.
    if (words.length > 1 && CAPITALS_AFTER_SMALL.test(word)) return false;
    // "d'Oliveira", "l'Huillier": an elided particle joined to the name.
    return NAME_PARTICLES.has(lower) || /^\p{Lu}/u.test(word) || /^\p{Lo}/u.test(word) || ELIDED_PARTICLE.test(word);
  });
}

/** "姜原", "黄盈樟", "김영희": one word of two to four Han or Hangul characters, a name where a role or a separator says so. */
export function isCjkName(word: string): boolean {
  return /^[\p{Script=Han}\p{Script=Hangul}]{2,4}$/u.test(word) && looksLikeName(word, true);
}

/** "장현정": three Hangul syllables starting with a family name. */
function isKoreanName(word: string): boolean {
  const letters = [...word];
  return (
    letters.length === 3 &&
    letters.every((letter) => /\p{Script=Hangul}/u.test(letter)) &&
    KOREAN_SURNAMES.has(letters[0]!)
  );
}

/**
 * Where people link their name to: a profile on a social site ("https:/twitter.com/x" is mistyped, and still one), or
 * on Medium, whose posts link each person they mention (`medium.com/u/1978eb600702`, `medium.com/@jroe`).
 * Not a code site: "[Service Mesh Patterns](https://github.com/mesh)" names a project as often as a person.
 */
export const PROFILE_URL =
  /^https?:\/{1,2}(?:www\.)?(?:(?:twitter\.com|x\.com|linkedin\.com\/in|bsky\.app\/profile|medium\.com\/u)\/|medium\.com\/@)[\w.-]+\/?$/i;

/** A heading that is only names: "Jane Roe", "Jane Roe, Example Corp", "Jane Roe (Example)". */
export function parseSpeakerHeading(text: string): Speaker[] | null {
  // "(3)", "(2019)": a count or a year in parentheses is nobody's organisation.
  const named = /^(.+?)\s*\(([^()]*\p{L}[^()]*)\)$/u.exec(text.trim());
  if (!named) return parseSpeakers(text);
  return parseSpeakers(named[1]!)?.map((speaker) => ({ ...speaker, org: speaker.org ?? named[2]!.trim() })) ?? null;
}
