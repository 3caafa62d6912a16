import { distance } from 'fastest-levenshtein';

/**
 * ` (did you mean \`build\`?)` for a mistyped name, when one of the known names is close enough to
 * be what was meant (two edits, or two in five for a long name); '' otherwise, so the message then
 * lists only what is accepted.
 */
export function didYouMean(typed: string, known: Iterable<string>): string {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of known) {
    const apart = distance(typed.toLowerCase(), name.toLowerCase());
    if (apart < bestDistance) [best, bestDistance] = [name, apart];
  }
  // Two edits are one swapped pair of letters (`hmtl`); a name of one or two letters allows one.
  const allowed = typed.length <= 2 ? 1 : Math.max(2, Math.floor(typed.length * 0.4));
  return best !== null && bestDistance > 0 && bestDistance <= allowed ? ` (did you mean \`${best}\`?)` : '';
}
