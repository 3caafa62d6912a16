import type { Layout, Slide } from './types.js';

/** A slide with every optional part empty; callers set what their layout shows. */
export function slide(layout: Layout, title: string, parts: Partial<Omit<Slide, 'layout' | 'title'>> = {}): Slide {
  return { layout, title, header: null, subtitle: [], items: [], ordered: false, body: null, notes: [], ...parts };
}
