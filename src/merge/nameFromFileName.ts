/** Words a notes file is named after that are not a person's name. */
const NOT_NAMES = new Set([
  // Stryker disable next-line StringLiteral: "notes" and "note" are dropped from the words before this set is asked
  'notes',
  // Stryker disable next-line StringLiteral: as above
  'note',
  'readme',
  'index',
  'team',
  'recap',
  'summary',
  'draft',
  'talks',
  'talk',
  'day',
  'days',
  'keynote',
  'keynotes',
  'conference',
  'conf',
  'meetup',
  'kubecon',
  'session',
  'sessions',
  'todo',
  'misc',
  'untitled',
  'new',
  'my',
  'and',
  'the',
]);
/** At most this many words: "Mary Jane van Roe" is rare, "kubecon eu barcelona day two" common. */
const MAX_WORDS = 3;

/**
 * The person a notes file is named after, or null when its name does not read as one: "alice.md"
 * → "Alice", "jane-roe.md" → "Jane Roe", "bob_notes.md" → "Bob", but "04-kubecon-eu-2019-day2-talkN.md"
 * or "README.md" → null. A name is one to three words of letters only, each all lower case or
 * capitalised, none a word notes are named after.
 */
export function nameFromFileName(stem: string): string | null {
  // Stryker disable next-line Regex: the empty words a run of separators leaves are filtered out
  const words = stem.split(/[-_.\s]+/u).filter(Boolean);
  // "bob-notes": the name without the words around it; "notes" alone is no name.
  const named = words.filter((word) => !['notes', 'note'].includes(word.toLocaleLowerCase('en')));
  if (named.length === 0 || named.length > MAX_WORDS) return null;
  const readsAsName = named.every(
    (word) => /^\p{Lu}?[\p{Ll}']+$/u.test(word) && word.length >= 2 && !NOT_NAMES.has(word.toLocaleLowerCase('en')),
  );
  return readsAsName ? named.map((word) => word.charAt(0).toLocaleUpperCase('en') + word.slice(1)).join(' ') : null;
}
