import type { SlideItem } from '../../src/plan/types.js';

/**
 * Undoes pagination: "X" followed by "X *(cont.)*" (or, for a parent longer than a line, its first
 * words and "… *(cont.)*") becomes one item again, at every depth.
 */
export function unsplit(items: SlideItem[]): SlideItem[] {
  const merged: SlideItem[] = [];
  for (const item of items) {
    const previous = merged.at(-1);
    if (previous && continues(previous.markdown, item)) {
      // A continued item carries on its parent's blocks (code split over slides), then its children.
      previous.blocks = [...previous.blocks, ...item.blocks];
      previous.children.push(...item.children);
    } else {
      merged.push({ ...item, children: [...item.children] });
    }
  }
  return merged.map((item) => ({ ...item, children: unsplit(item.children) }));
}

function continues(parent: string, item: SlideItem): boolean {
  if (item.markdown === `${parent} *(cont.)*`) return true;
  const lead = /^(.*)… \*\(cont\.\)\*$/s.exec(item.markdown)?.[1];
  return item.continues === true && lead !== undefined && parent.startsWith(lead);
}
