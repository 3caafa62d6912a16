import { normalizeText } from './normalizeText.js';

/** Words that name a post or a file, not the conference ("my notes", "day 2"). */
const NOT_TITLE_WORDS = new Set([
  'my',
  'notes',
  'note',
  'recap',
  'summary',
  'thoughts',
  'day',
  'days',
  'talks',
  'part',
]);

/**
 * The conference title several people's notes agree on. A title (as plain words) that more
 * notes give than any other is used as the first of them writes it. Otherwise the title is the
 * words that at least half the notes (two at least) have in their titles, the year of the
 * notes' date counting as one more title that names it; in the order of the title holding most
 * of them, each word as written with the most capitals: "KubeCon - Other Cool Things",
 * "kubecon eu 2019 day2 talkN" and "KubeCon EU 2019 Barcelona" agree on "KubeCon EU 2019".
 * With no such words, the first title; with only numbers agreed ("2019"), the title that holds them.
 */
export function agreedTitle(titles: string[], year: number | null = null): string {
  const [first] = titles;
  if (first === undefined) throw new Error('agreedTitle needs at least one title');
  const counts = new Map<string, number>();
  for (const title of titles) counts.set(normalizeText(title), (counts.get(normalizeText(title)) ?? 0) + 1);
  const [top, next] = [...counts.values()].sort((a, b) => b - a);
  // One title alone is the most given (1 > 0) and the first: no need to ask for two notes.
  if (top! > (next ?? 0)) return titles.find((title) => counts.get(normalizeText(title)) === top)!;

  const wordsOf = titles.map(
    (title) =>
      new Set(
        normalizeText(title)
          .split(' ')
          .filter((word) => word && !NOT_TITLE_WORDS.has(word)),
      ),
  );
  // A word written with an inner mark ("Node.js", "O'Reilly") is several plain words: a note has it when it has each.
  const votes = (word: string) =>
    wordsOf.filter((words) => word.split(' ').every((part) => words.has(part))).length +
    (String(year) === word ? 1 : 0);
  const needed = Math.max(2, Math.ceil(titles.length / 2));
  const spelled = titles.map((title) => [
    ...new Set(
      // Stryker disable next-line ArrayDeclaration: a title of no word has none; a stand-in word no note has would be filtered out
      (title.match(/[\p{L}\p{N}]+(?:['’.+][\p{L}\p{N}]+)*/gu) ?? []).filter(
        (word) => votes(normalizeText(word)) >= needed,
      ),
    ),
  ]);
  const capitals = (word: string) => word.replace(/[^\p{Lu}]/gu, '').length;
  const longest = spelled.reduce((best, words) => (words.length > best.length ? words : best), []);
  const bestSpelling = (word: string) =>
    spelled
      .flat()
      .filter((other) => normalizeText(other) === normalizeText(word))
      .reduce((best, other) => (capitals(other) > capitals(best) ? other : best), word);
  if (longest.length === 0) return first;
  // Words that are only numbers ("2019") name no conference: the title that holds them says which one.
  if (!longest.some((word) => /\p{L}/u.test(word))) return titles[spelled.indexOf(longest)]!;
  return longest.map(bestSpelling).join(' ');
}
