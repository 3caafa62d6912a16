// Whether words read as a person's name: the words of titles, roles and particles, the honorifics and titles around a name.

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
