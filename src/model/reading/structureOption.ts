import { RecapError } from '../../errors.js';
import type { ReadingShape } from './chooseReading.js';

const HEADING = /^h[1-6]$/;

/**
 * The `structure` a user wrote in front matter (`structure: { days: h2, talks: h3 }`) as a reading
 * shape; null when absent. Days may be `none`; talks a heading rank, `list` or `prose`.
 */
export function structureOption(value: unknown, file: string): ReadingShape | null {
  if (value === undefined || value === null) return null;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a value that is not a table has no `talks` string: refused either way
  const fields = typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const talks = typeof fields?.talks === 'string' ? fields.talks.trim().toLowerCase() : '';
  const days = fields?.days === undefined || fields.days === null ? 'none' : String(fields.days).trim().toLowerCase();
  // Stryker disable next-line ArrayDeclaration: with no fields the value is refused before its unknown fields count
  const unknown = fields ? Object.keys(fields).filter((key) => key !== 'days' && key !== 'talks') : [];
  if (
    !fields ||
    !(HEADING.test(talks) || talks === 'list' || talks === 'prose') ||
    !(HEADING.test(days) || days === 'none') ||
    unknown.length > 0
  ) {
    throw new RecapError(
      'input',
      `Cannot read the front matter \`structure\`: expected { days: h1..h6 or none, talks: h1..h6, list or prose }, got ${JSON.stringify(value)}`,
      { file, line: 1 },
    );
  }
  return { days: days === 'none' ? null : days, talks };
}
