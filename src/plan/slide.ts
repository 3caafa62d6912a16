import { bodyLines, paginateItems } from './paginate.js';
import type { Layout, Slide, SlideItem } from './types.js';

/** A slide with every optional part empty; callers set what their layout shows. */
export function slide(layout: Layout, title: string, parts: Partial<Omit<Slide, 'layout' | 'title'>> = {}): Slide {
  return { layout, title, header: null, subtitle: [], items: [], ordered: false, body: null, notes: [], ...parts };
}

/** The title of the `index`-th slide of a run: the first as is, the rest marked "(cont.)". */
export function continuedTitle(title: string, index: number): string {
  return index === 0 ? title : `${title} (cont.)`;
}

/** Bullets over as many slides as they need (by default as many lines as fit under `title`). */
export function bulletSlides(layout: Layout, title: string, items: SlideItem[], parts: { header?: string | null; ordered?: boolean; budget?: number } = {}): Slide[] {
  const { budget = bodyLines(title), header = null, ordered = false } = parts;
  return paginateItems(items, budget).map((page, index) => slide(layout, continuedTitle(title, index), { header, ordered, items: page }));
}
