// A speaker's role after her name: job words, the organisation a role names, lines of a name and a role.
import type { Speaker } from '../types.js';
import { isCjkName, looksLikeName } from './nameWords.js';

/** Words of a job title in a byline such as "Jane Doe - Senior Engineer @ Acme". */
export const ROLE = new RegExp(
  String.raw`\s@\s|\bat\b|\b(?:engineer|developer|manager|founder|co-?founder|cto|ceo|cfo|coo|cio|gm|vp|svp|evp|director|lead|consultant|architect|owner|head|president|staff|principal|senior|sr\.|advocate|maintainer|scientist|researcher|professor|guy|evangelist|designer|analyst|specialist|fellow|partner|chair|member|directeur|directrice|responsable|fondat(?:eur|rice|ore)|ing[ée]nieure?|d[ée]veloppeu(?:r|se)|direttore|responsabile|ingegnere|sviluppatore|desarrollador(?:a)?|ingenier[oa]|gr[üu]nder(?:in)?|entwickler(?:in)?|leiter(?:in)?)\b|` +
    // The same words in Chinese, Japanese and Korean bylines ("优趣天下研发工程师", "硬件极客、个人开发者"): no word boundaries there.
    String.raw`工程师|工程師|开发者|開發者|开发|開発者|程序员|架构师|架構師|负责人|負責人|总监|總監|经理|經理|董事|总裁|總裁|创始人|創辦人|创办人|联合创始人|研究员|研究員|教授|讲师|講師|顾问|顧問|专家|專家|极客|代表|社長|部長|エンジニア|アーキテクト|개발자|엔지니어|대표|연구원`,
  'i',
);

/** "GM, Storage, Example Corp" → "Example Corp"; "Engineer @ Acme" → "Acme"; a bare role has none. */
export function orgOfRole(role: string): string | null {
  // Stryker disable next-line MethodExpression,OptionalChaining: the lazy group has no spaces at its ends, and is set in a match
  const at = /(?:\s@\s*|\bat\s+)([^.|,;()]+?)\s*(?:[.|,;(]|$)/.exec(role)?.[1]?.trim();
  if (at) return at;
  const parts = role
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 1 && !ROLE.test(parts.at(-1)!) ? parts.at(-1)! : null;
}

/**
 * Pure: a talk heading that names only its speaker and her role, no title: `Jane Roe, Head of Research`,
 * `Jane Roe - Staff Engineer at Example`, `김영희 - 개발자`. The role says the name is a person's; the heading stays
 * the talk's title as written. Null when there is no role word, or the first part does not read as a name.
 */
export function roleHeadingSpeaker(text: string): Speaker | null {
  const line = text.trim();
  const threeParts = nameRoleOrg(line);
  if (threeParts) return threeParts;
  const parts = /^([^,，\-–—|]+?)(?:,\s+|，\s*|\s+[-–—|]\s+)([^-–—|]{1,80})$/u.exec(line);
  if (!parts || !opensWithRole(parts[2]!)) return null;
  const roled = commaRole(line);
  if (roled) return roled;
  const dashed = /^([^-–—|]+?)\s+[-–—|]\s+([^-–—|]{1,80})$/u.exec(line);
  if (!dashed) return null;
  // Stryker disable next-line MethodExpression: the line is trimmed and the lazy name stops before the dash's spaces
  const name = dashed[1]!.trim();
  // Stryker disable next-line BooleanLiteral: a name with a space is two words or more: with an organisation or without, the same
  const named = /\s/.test(name) ? looksLikeName(name, false) : isCjkName(name);
  return named ? { name, org: orgOfRole(dashed[2]!) } : null;
}

/**
 * "Jane Roe - Executive Director - Example Foundation", "Bo Chen | Principal Engineer | Globex": a name, her role and
 * her organisation, no title. The last part is where she works, never a second speaker.
 */
export function nameRoleOrg(line: string): Speaker | null {
  // Stryker disable next-line MethodExpression: the line is trimmed and the split takes every space around a dash
  const parts = line.split(/\s+[-–—|]\s+/u).map((part) => part.trim());
  if (parts.length !== 3 || !opensWithRole(parts[1]!)) return null;
  const name = parts[0]!;
  // Stryker disable next-line BooleanLiteral: a name with a space is two words or more: with an organisation or without, the same
  const named = /\s/.test(name) ? looksLikeName(name, false) : isCjkName(name);
  return named ? { name, org: parts[2]! } : null;
}

/**
 * Pure: a role as written after a name: it opens with a capital (or CJK) and names the job in its first three words
 * ("Head of Research", "Staff Engineer at Example", "개발자"). "lead with data", "Lessons from a CTO" are subtitles.
 */
export function opensWithRole(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return /^[\p{Lu}\p{Lo}]/u.test(words[0]!) && ROLE.test(words.slice(0, 3).join(' '));
}

/** A name of one word, as some people go by ("Surma", "Matz"): a capital, then lower-case letters. */
export const MONONYM = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * "Surma, Developer Advocate": one word, then a role that opens with a job (opensWithRole) after a comma. The role says
 * the word is a person's name, as a line under a talk's title writes it.
 */
export function mononymRole(line: string): Speaker | null {
  const match = /^([^,，\s]+)(?:,\s+|，\s*)(\S.{0,119})$/u.exec(line);
  if (!match || !MONONYM.test(match[1]!) || !opensWithRole(match[2]!) || !looksLikeName(match[1]!, true)) return null;
  return { name: match[1]!, org: orgOfRole(match[2]!) };
}

/** "Jane Roe, core developer and council member" → Jane Roe; the words after the comma must read as a job. */
export function commaRole(line: string): Speaker | null {
  const match = /^([^,，]+)(?:,\s+|，\s*)([^,，].*)$/u.exec(line);
  if (!match || !ROLE.test(match[2]!) || match[2]!.length > 120) return null;
  const name = match[1]!.trim();
  // Stryker disable next-line BooleanLiteral: a name with a space is two words or more: with an organisation or without, the same
  const named = /\s/.test(name) ? looksLikeName(name, false) : isCjkName(name);
  return named ? { name, org: orgOfRole(match[2]!) } : null;
}
