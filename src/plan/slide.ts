import { balancedPages, bodyLines } from './paginate.js';
import type { TextFrame } from './textFrame.js';
import type { Layout, Slide, SlideItem } from './types.js';

/** A slide with every optional part empty; callers set what their layout shows. */
export function slide(layout: Layout, title: string, parts: Partial<Omit<Slide, 'layout' | 'title'>> = {}): Slide {
  return {
    layout,
    title,
    header: null,
    subtitle: [],
    items: [],
    ordered: false,
    start: 1,
    columns: [],
    chart: [],
    body: null,
    notes: [],
    ...parts,
  };
}

/** The title of the `index`-th slide of a run: the first as is, the rest marked "(cont.)". */
export function continuedTitle(title: string, index: number): string {
  return index === 0 ? title : `${title} (cont.)`;
}

export interface BulletParts {
  header?: string | null;
  ordered?: boolean;
  /** How much text a slide holds; the lines under the title are the budget of each slide. */
  frame?: TextFrame;
}

/** Bullets over as many slides as they need; an ordered list goes on counting where the slide before stopped. */
export function bulletSlides(layout: Layout, title: string, items: SlideItem[], parts: BulletParts = {}): Slide[] {
  const { frame, header = null, ordered = false } = parts;
  const budget = bodyLines(title, frame);
  let numbered = 0;
  return balancedPages(items, budget, frame).map((page, index) => {
    // A parent continued from the slide before keeps its number.
    const start = numbered + (page[0]?.continues ? 0 : 1);
    numbered += page.filter((item) => !item.continues).length;
    return slide(layout, continuedTitle(title, index), { header, ordered, items: page, start });
  });
}
