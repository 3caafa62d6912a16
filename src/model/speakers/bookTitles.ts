import type { Speaker } from '../types.js';
import { isCjkName, looksLikeName, withoutHonorific } from './nameWords.js';

/** A title in Chinese title marks, 《Title》 (or 〈Title〉): the marks say which part is the title. */
const BOOK_TITLE = /《([^《》]+)》|〈([^〈〉]+)〉/u;
/** What may stand between the title and the names: dashes, a tilde, colons, commas, spaces. */
const SEPARATOR = /^[\s\-–—―~～:：,，]*|[\s\-–—―~～:：,，]*$/gu;
/** Between two names: "、", a comma or "&", "/". */
const NAMES_APART = /\s*[、&/]\s*|\s+and\s+/u;

/**
 * Pure: a line that marks its title with 《》 and names its speakers beside it, as Chinese notes write talks:
 * "《Title》-王小明，Example 总编辑", "《Title》 - Jane Roe（Example）", "王小明：《Title》". The marks set the title
 * apart, so one Chinese name of two to four characters is enough; a role after a comma, or words in parentheses,
 * are the speaker's organisation. Null when the line has no marked title or the rest does not read as names.
 */
export function bookTitleTalk(line: string): { title: string; speakers: Speaker[] } | null {
  const match = BOOK_TITLE.exec(line);
  if (!match) return null;
  const before = line.slice(0, match.index).replace(SEPARATOR, '');
  const after = line.slice(match.index + match[0].length).replace(SEPARATOR, '');
  // Names on one side only: words on both sides are a sentence that cites a title.
  if ((before === '') === (after === '')) return null;
  // Before the title, names stand alone ("王小明：《Title》"): "船吧，参加《Title》" is a place and a verb.
  const speakers = before ? namesWithRole(before, false) : namesWithRole(after, true);
  return speakers ? { title: (match[1] ?? match[2]!).trim(), speakers } : null;
}

/** "王小明，Example 总编辑", "Jane Roe（Example）", "王小明、李华": names, perhaps with an organisation after them (after a comma only where `roleAfterComma`). */
function namesWithRole(text: string, roleAfterComma: boolean): Speaker[] | null {
  const [, names, inParentheses, afterComma] =
    // Stryker disable next-line ArrayDeclaration: no match reads as no names, whatever the fallback array holds
    /^([^,，(（]+?)\s*(?:[(（]([^()（）]+)[)）]|[,，]\s*(.+))?$/u.exec(text) ?? [];
  if (!names || (afterComma !== undefined && !roleAfterComma)) return null;
  const org = (inParentheses ?? afterComma)?.trim() || null;
  // "李华老师": the honorific says it is a person and is no part of the name.
  // Stryker disable next-line MethodExpression: the separators and the pattern above already take the spaces around each name
  const people = names.split(NAMES_APART).map((name) => withoutHonorific(name) ?? name.trim());
  // A Chinese name is one word; a name in Latin letters needs two words or more ("Jane Roe"), as elsewhere.
  // Stryker disable next-line Regex,BooleanLiteral: `\S` lets one Latin word by only with a second honorific after the one taken off; a name with a space has two words, so `hasOrg` is not asked
  if (!people.every((name) => isCjkName(name) || (/\s/.test(name) && looksLikeName(name, false)))) return null;
  return people.map((name) => ({ name, org }));
}
