/**
 * Captions under which notes give a talk's own lessons ("Takeaways", "TL;DR", "Fazit", "总结"):
 * the brief recap shows these first, and session decks lay them out as takeaways.
 */
const CAPTIONS = [
  // English
  'take aways',
  'takeaways',
  'key takeaways',
  'key take aways',
  'my takeaways',
  'main takeaways',
  'summary',
  'tl dr',
  'tldr',
  'lessons learned',
  'lessons learnt',
  'key lessons',
  'key learnings',
  'key points',
  'conclusion',
  'conclusions',
  // German
  'fazit',
  'zusammenfassung',
  'erkenntnisse',
  'wichtigste erkenntnisse',
  'kernaussagen',
  // French
  'à retenir',
  'a retenir',
  'résumé',
  'points clés',
  'leçons apprises',
  'en résumé',
  // Spanish, Portuguese, Italian
  'conclusiones',
  'resumen',
  'lecciones aprendidas',
  'puntos clave',
  'conclusões',
  'resumo',
  'lições aprendidas',
  'conclusioni',
  'riepilogo',
  'punti chiave',
  // Dutch
  'samenvatting',
  'conclusie',
  'lessen',
  'belangrijkste punten',
  // Chinese, Japanese, Korean
  '要点',
  '总结',
  '小结',
  '结论',
  '收获',
  'まとめ',
  '結論',
  '요약',
  '결론',
];

const KNOWN = new Set(CAPTIONS.map(captionKey));
/** Words that make any caption holding them a list of lessons ("Conclusions and next steps", "My key learnings at X"). */
const LESSON_WORDS = /take[\s-]?aways?|key (?:points|learnings|lessons)|lessons learn|conclusions?|要点|总结/iu;

/** "**Key take-aways:**", "## TL;DR", "Summary" → true; "Takeaways for operators" → true (it starts with one). */
export function isTakeawayCaption(caption: string): boolean {
  const key = captionKey(caption);
  if (KNOWN.has(key) || LESSON_WORDS.test(caption)) return true;
  const words = key.split(' ');
  // "Takeaways for operators", "Summary of the talk": a known caption followed by what it is about.
  return [1, 2, 3].some(
    (count) =>
      words.length > count &&
      KNOWN.has(words.slice(0, count).join(' ')) &&
      /^(?:for|of|from|about)$/.test(words[count]!),
  );
}

/** A paragraph that gives its lesson inline ("TL;DR: use Thanos") → the lesson; null for any other paragraph. */
export function inlineTakeaway(markdown: string): string | null {
  const match = /^\s*(?:\*\*|__)?([^:\n*_]{2,30}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(\S[\s\S]*)$/u.exec(markdown);
  return match && KNOWN.has(captionKey(match[1]!)) ? match[2]!.trim() : null;
}

function captionKey(caption: string): string {
  return caption
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[*_#`:：;.!,()\-–—]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
