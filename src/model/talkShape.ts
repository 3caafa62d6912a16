import { TIME_SLOT } from './speakers/timeSlot.js';

/** A way of writing talk headings that a file repeats: as a link, with a "- Someone" tail, after a time. */
export type TalkShape = 'link' | 'dash tail' | 'time';

/** At least this many talks, and this share of them written one way, before that way marks a talk in the file. */
export const MIN_SHAPED_TALKS = 3;
export const SHAPE_SHARE = 0.6;

/** "[Title](https://…)": the whole heading is one link. */
const LINK_ONLY = /^\[[^\]]+\]\([^)]*\)$/;
/** "Service Mesh Patterns - ACME": a short tail after a dash (a speaker, an organisation). */
const DASH_TAIL = /\S\s+[-–—]\s+[^-–—\s][^-–—]{0,40}$/u;

/** Pure: the shapes one heading is written in (`heading` as written, `text` plain). */
export function shapesOf(heading: string, text: string): TalkShape[] {
  const shapes: TalkShape[] = [];
  if (LINK_ONLY.test(heading.trim())) shapes.push('link');
  if (DASH_TAIL.test(text.trim())) shapes.push('dash tail');
  if (TIME_SLOT.test(text.trim())) shapes.push('time');
  return shapes;
}

/**
 * Pure: the shape most of a file's known talks share (their headings as written and plain), or null when
 * none is shared by SHAPE_SHARE of at least MIN_SHAPED_TALKS of them.
 */
export function sharedShape(talks: { heading: string; text: string }[]): TalkShape | null {
  if (talks.length < MIN_SHAPED_TALKS) return null;
  const counts = new Map<TalkShape, number>();
  for (const talk of talks)
    for (const shape of shapesOf(talk.heading, talk.text)) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= talks.length * SHAPE_SHARE ? best[0] : null;
}

/** Shapes that mark a list of talks on their own, below a day: a heading that is one link, or a time. A dash tail does
 * not (`### Topic - Subtopic` under a talk are its parts). */
const LISTING_SHAPES: readonly TalkShape[] = ['link', 'time'];

/**
 * Pure: a section that lists talks in its sub-sections however deep it sits under its day (`#### Talks I heard` over
 * `##### [Title](…)` links): at least MIN_SHAPED_TALKS sub-sections, each without sub-sections of its own, SHAPE_SHARE of
 * them written as a link or after a time.
 */
export function listsShapedTalks(children: readonly { heading: string; text: string; children: unknown[] }[]): boolean {
  if (children.length < MIN_SHAPED_TALKS || children.some((child) => child.children.length > 0)) return false;
  return LISTING_SHAPES.some(
    (shape) =>
      children.filter((child) => shapesOf(child.heading, child.text).includes(shape)).length >=
      children.length * SHAPE_SHARE,
  );
}
