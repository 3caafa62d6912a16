import type { Block } from '../model/types.js';

type ListBlock = Extract<Block, { kind: 'list' }>;

const PROS = /^(?:pros|advantages?|benefits|strengths|upsides?|good|the good|likes?|plus(?:es)?)\b/i;
const CONS = /^(?:cons|disadvantages?|drawbacks|weaknesses|downsides?|bad|the bad|dislikes?|minus(?:es)?|concerns)\b/i;

/** A list captioned "Advantages" (pros) directly followed by one captioned "Disadvantages" (cons), or null. */
export function compareLists(list: ListBlock, next: Block | undefined): [ListBlock, ListBlock] | null {
  if (!list.caption || !PROS.test(list.caption.trim())) return null;
  if (next?.kind !== 'list' || !next.caption || !CONS.test(next.caption.trim())) return null;
  return [list, next];
}
