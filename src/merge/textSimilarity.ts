import { distance } from 'fastest-levenshtein';

/**
 * How alike two normalized texts are, from 0 to 1 (edit distance over length). Texts whose
 * numbers differ are never alike: "Day 1 operations" is not "Day 2 operations".
 */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  // A shortcut: against an empty text every character is an edit, and the ratio below is 0 anyway.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, as the ratio gives 0 too
  if (a.length === 0 || b.length === 0) return 0;
  if (numbers(a) !== numbers(b)) return 0;
  return 1 - distance(a, b) / Math.max(a.length, b.length);
}

function numbers(text: string): string {
  // Stryker disable next-line ArrayDeclaration: no match on either side gives the same string, whatever it is
  return (text.match(/\d+/g) ?? []).join(' ');
}
