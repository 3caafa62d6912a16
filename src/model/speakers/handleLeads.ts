import type { SessionHeading } from '../sessionHeading.js';
import { isRoleWord, looksLikeName } from './nameWords.js';
import { looksLikeOrg, parseSpeakers } from './speakerLists.js';

/** A handle in parentheses after a name: "(@jroe)", "（@jroe）". */
const HANDLE_IN_PARENTHESES = /\s*[(（]\s*@[\w.-]+\s*[)）]/gu;
/**
 * A run of names, each followed by its handle in parentheses, then a dash or a colon and the title:
 * "Jane Roe (@jroe) - Title", "Jane Roe (@jroe) & John Doe (@jdoe): Title".
 */
const HANDLE_LEAD =
  /^((?:[^()（）]+?[(（]\s*@[\w.-]+\s*[)）][\s,&]*(?:(?:and|und|et|y|e)\s+)?)+?)\s*(?:[-–—:]\s+|：\s*)(\S.*)$/u;

/**
 * Pure: a line that opens with who gave the talk, named with a handle, then the title:
 * `Maggie Pint (@maggiepint) - Patterns for Library Design`, `Surma (@DasSurma): Title`. The handle says the lead is
 * a person, so a one-word name is enough. A tail that names a role or an organisation (`Jane Roe (@jroe) - CTO`,
 * `- Example Corp`) is who the person is, not a talk. Null for any other line.
 */
export function handleLead(text: string): SessionHeading | null {
  const match = HANDLE_LEAD.exec(text.trim());
  if (!match) return null;
  const lead = match[1]!.replace(HANDLE_IN_PARENTHESES, ' ').replace(/\s+/g, ' ').trim();
  // Stryker disable next-line MethodExpression: the line is trimmed and the title starts at a non-space
  const title = match[2]!.trim();
  const speakers = parseSpeakers(lead) ?? (looksLikeName(lead, true, true) ? [{ name: lead, org: null }] : null);
  if (speakers === null) return null;
  // Stryker disable next-line Regex: the first word ends where the first separator does, one or a run
  const firstWord = title.split(/[\s,]+/)[0]!;
  if (isRoleWord(firstWord) || looksLikeOrg(title)) return null;
  return { title, speakers };
}
