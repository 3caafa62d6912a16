/**
 * A blog post's title wraps the conference in a sentence about the post: "My notes from QCon London 2016",
 * "Estuvimos en DeveloperOS 2017", "SnowCamp 2019 - Summary", "DroidKaigi 2025に参加した話", "인프콘 2022 후기".
 * The recap's title slide names the conference: the wrapper is dropped.
 */

/** Articles that may follow an opening phrase: "Notes from the …", "Retour sur la …", "Appunti dal …". */
const ARTICLE = "(?:the|el|la|los|las|le|les|l'|il|lo|der|die|das|dem|den|o|a)\\s+";

/**
 * Opening phrases in the languages of the corpus: a post "about" an event. Each is a whole phrase: "Notes" alone
 * opens no wrapper ("Notes app conf"), "Notes from" does.
 */
const OPENING_PHRASES = [
  // English
  'my (?:conference )?notes (?:from|on|of|for|at)',
  '(?:conference )?notes (?:from|on|of|for|at)',
  'my (?:key )?takeaways (?:from|of)',
  '(?:key )?takeaways (?:from|of)',
  '(?:a )?recap of',
  '(?:my )?(?:thoughts|impressions) (?:on|of|from)',
  'highlights (?:from|of)',
  'lessons (?:learned|learnt) (?:at|from)',
  'what i learned at',
  'report from',
  'back from',
  'how was',
  // Spanish, Portuguese
  'estuvimos en',
  'estuve en',
  'fuimos a',
  'mis notas (?:de|del|sobre)',
  'notas (?:de|del|do|da|sobre)',
  'minhas notas (?:de|do|da|sobre)',
  'resumen (?:de|del)',
  'resumo (?:de|do|da)',
  'cr[oó]nica (?:de|del)',
  'estive n[oa]',
  'como foi(?: participar d[oa]| n[oa])?',
  'c[oó]mo fue',
  // French
  'mes notes (?:de|du|sur)',
  'notes (?:de|du|sur)',
  'retour sur',
  'mon retour (?:de|du|sur)',
  'compte[- ]rendu (?:de|du)',
  // German, Dutch
  '(?:meine )?notizen (?:von|vom|zur|zum)',
  'r[uü]ckblick auf',
  'bericht (?:von|vom|zur|zum)',
  'verslag van',
  // Italian
  '(?:i miei )?appunti (?:da|dal|dalla|di|del|della|sul|sulla)',
  'resoconto (?:di|del|della)',
];

const OPENING = new RegExp(`^(?:${OPENING_PHRASES.join('|')})\\s*:?\\s+(?:${ARTICLE})?`, 'iu');

/** Words that name the post, not the event, when they end a title: "… Notes", "… - Summary", "… Round-up". */
const CLOSING_WORDS = [
  // English
  '(?:my )?notes(?: and thoughts)?',
  'impressions',
  'recap',
  'summary',
  '(?:key )?takeaways',
  'trip report',
  'write-?up',
  // A post that gathers the talks: "Big Ruby Presentation Round-up", "DevFest Talks Roundup", "RailsConf Wrap-up".
  '(?:(?:presentation|talk|session)s?\\s+)?(?:round|wrap)[- ]?up',
  // French, Spanish, Portuguese, Italian, German
  '(?:mes )?notes',
  'compte[- ]rendu',
  'bilan',
  '(?:mis )?notas',
  'resumen',
  'resumo',
  'cr[oó]nica',
  'appunti(?: sparsi)?',
  'resoconto',
  'riassunto',
  'notizen',
  'r[uü]ckblick',
  'zusammenfassung',
];

/**
 * A closing word at the end, alone or after a separator: "COSCUP 2014 Notes and Thoughts", "SnowCamp 2019 - Summary";
 * a year after it stays ("KubeCon Notes 2019": "KubeCon 2019").
 */
const CLOSING = new RegExp(
  `(?:\\s*[-–—:|]\\s*|\\s+)\\(?(?:${CLOSING_WORDS.join('|')})\\)?[.!]?(\\s+(?:19|20)\\d\\d)?$`,
  'iu',
);

/**
 * After a dash, a colon or a bar, a tail that opens with one of those words runs to the end:
 * "Codemotion Tech Meetup 2015 Roma - appunti sparsi, video e slide", "KubeCon 2019: notes, links and slides".
 */
const CLOSING_CLAUSE = new RegExp(`(?:\\s*:|\\s+[-–—|])\\s+(?:${CLOSING_WORDS.join('|')})(?=[\\s,;])[^-–—:|]*$`, 'iu');

/**
 * Japanese, Korean and Chinese endings, written without a space: "…に参加した話" (the time I went to …),
 * "…に参加してきた", "…参加レポート", "…후기" (review), "…참가 후기", "…小记" (short notes), "…纪要" (minutes), "…回顾",
 * "…개요", "…概要", "…概述" (overview: a page about the event).
 */
const CJK_CLOSING =
  /\s*(?:(?:に|へ)(?:参加|行って|登壇)\S*|(?:参加)?(?:レポート|報告|メモ|まとめ|感想|振り返り|概要)|参加記|(?:(?:참가|참석|방문)\s*)?(?:후기|정리|리뷰|개요)|(?:에\s*)?다녀\S*|(?:私人|个人)?(?:参会)?(?:小记|纪要|回顾|笔记|总结|记录|见闻|游记|随记|心得|概述))$/u;

/**
 * What a cut closing word leaves dangling: "PyGotham 2018 talk links and (notes)", "DevFest slides & (recap)": the
 * joiner and the other things the post gives beside its notes.
 */
const DANGLING = /(?:\s+(?:(?:talk|session)s?\s+)?(?:links|slides|videos|photos))?\s+(?:and|&|und|et|y|e)$/iu;

/** A title is only cut while letters are left: "Notes" alone, or "Recap 2019", stays as written. */
const HAS_LETTERS = /\p{L}/u;

export function withoutPostWrapper(title: string): string {
  let text = title.trim();
  for (const pattern of [OPENING, CLOSING, CLOSING_CLAUSE, CJK_CLOSING]) {
    // Only CLOSING has a group, the year kept; for the others the second argument is the match's offset.
    // Stryker disable next-line MethodExpression: the line below trims what it keeps, and an untrimmed cut differs from text as much
    const cut = text.replace(pattern, (_wrapper, year: unknown) => (typeof year === 'string' ? year : '')).trim();
    // The dangling joiner first, then a separator it leaves ("DevFest 2018 - slides and (notes)").
    // Stryker disable next-line MethodExpression: both patterns take the spaces before what they cut, and cut is trimmed
    if (HAS_LETTERS.test(cut) && cut !== text)
      text = cut
        .replace(DANGLING, '')
        .replace(/\s*[-–—:|,?]$/u, '')
        .trim();
  }
  return text;
}
