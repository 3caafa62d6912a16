/**
 * Several orderings of overlapping items → one that keeps each ordering where they agree.
 * The first sequence is taken as given; a later sequence's new item goes right after the item
 * it follows there, or (when it comes first) right before the item it precedes, or else at the
 * end. ([a, b, d] and [b, c, d] → [a, b, c, d]; [a, b] and [x, b] → [a, x, b].)
 */
export function mergeSequences<T>(sequences: T[][]): T[] {
  const merged: T[] = [];
  for (const sequence of sequences) {
    let cursor: number | null = null;
    sequence.forEach((item, index) => {
      const known = merged.indexOf(item);
      if (known !== -1) {
        cursor = Math.max(cursor ?? -1, known);
        return;
      }
      if (cursor === null) {
        // Stryker disable next-line MethodExpression: no earlier item of the sequence is in merged yet (else cursor is set)
        const next = sequence.slice(index + 1).find((later) => merged.includes(later));
        cursor = next === undefined ? merged.length : merged.indexOf(next);
        merged.splice(cursor, 0, item);
      } else {
        merged.splice(++cursor, 0, item);
      }
    });
  }
  return merged;
}
