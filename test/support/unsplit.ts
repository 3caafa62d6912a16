import type { SlideItem } from '../../src/plan/types.js';

/** Undoes pagination: "X" followed by "X *(cont.)*" becomes one item again, at every depth. */
export function unsplit(items: SlideItem[]): SlideItem[] {
  const merged: SlideItem[] = [];
  for (const item of items) {
    const previous = merged.at(-1);
    if (previous && item.markdown === `${previous.markdown} *(cont.)*`) {
      // A continued item carries on its parent's blocks (code split over slides), then its children.
      previous.blocks = [...previous.blocks, ...item.blocks];
      previous.children.push(...item.children);
    } else {
      merged.push({ ...item, children: [...item.children] });
    }
  }
  return merged.map((item) => ({ ...item, children: unsplit(item.children) }));
}
