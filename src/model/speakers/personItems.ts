import type { Speaker } from '../types.js';
import { isRoleWord, looksLikeName } from './nameWords.js';

/**
 * Words of who a person is that nameWords.ts does not count as job titles, since titles of talks use them as often; after a
 * name at the start of an item they say who the person is: `Ryann Richardson Founder, Activist…`.
 */
const PERSON_WORDS = new Set(['executive', 'activist', 'author', 'chief', 'head', 'lead', 'staff', 'partner', 'owner']);
/** Words after the name in which a role must show. */
const ROLE_REACH = 3;
/** Items that must read as a person, and their share of the list, before every item's leading name is its speaker. */
export const MIN_PERSON_ITEMS = 3;
export const MIN_PERSON_SHARE = 0.6;

/** `Jane Roe`: the two words an item opens with, when they read as a full name. */
function leadingName(text: string): { name: string; rest: string[] } | null {
  const words = text.trim().split(/\s+/u);
  const name = words.slice(0, 2).join(' ');
  if (words.length < 2 || !looksLikeName(name, false)) return null;
  return { name, rest: words.slice(2) };
}

/** `Jane Roe (Matz)`, `Jane Roe Senior Engineer Example`: a name, then a nickname alone or a role soon after. */
function readsAsPerson(text: string): boolean {
  const named = leadingName(text);
  if (!named) return false;
  if (/^\([^()]+\)$/u.test(named.rest.join(' '))) return true;
  return named.rest.slice(0, ROLE_REACH).some((word) => {
    const bare = word.replace(/[,.;:]+$/u, '');
    return isRoleWord(bare) || PERSON_WORDS.has(bare.toLocaleLowerCase());
  });
}

/**
 * Pure: the speakers of items that name a person and who they are instead of a talk (`## Keynotes` over
 * `[Ryann Richardson Founder, Activist, and Miss Black America](…)`, `[Yukihiro Matsumoto (Matz)](…)`): weighed over
 * the list, so `Kent Beck Gusto` among them is Kent Beck's. The item stays the talk's title, as the notes call it.
 * Null for each item where too few of the list read so, or where the item opens with no name.
 */
export function personItemSpeakers(texts: string[]): (Speaker[] | null)[] {
  const people = texts.filter(readsAsPerson).length;
  if (people < MIN_PERSON_ITEMS || people < texts.length * MIN_PERSON_SHARE) return texts.map(() => null);
  return texts.map((text) => {
    const named = leadingName(text);
    return named && named.rest.length > 0 ? [{ name: named.name, org: null }] : null;
  });
}
