import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINES_PER_SLIDE, paginateItems } from '../../src/plan/paginate.js';
import type { SlideItem } from '../../src/plan/types.js';

/** Bullet lists on a 16:9 slide titled "Points", measured in Chromium with each theme (scripts/measureFit.mjs). */
interface MeasuredList {
  items: SlideItem[];
  themes: Record<string, { overflowPx: number; roomPx: number }>;
}
const measuredLists = (): MeasuredList[] =>
  (JSON.parse(readFileSync(new URL('../fixtures/fitting/bullet-fit.json', import.meta.url), 'utf8')) as { cases: MeasuredList[] }).cases;
/** Pixels the text runs past the slide's body in the tightest theme (negative: room to spare). */
const overflow = (list: MeasuredList) => Math.max(...Object.values(list.themes).map((theme) => theme.overflowPx));
/** Four lines of 30 px text at line height 1.4: the estimate may leave this much unused, not more. */
const FOUR_LINES_PX = 4 * 42;

describe('paginateItems against slides measured in Chromium', () => {
  it('has lists on both sides of the limit to check against', () => {
    const lists = measuredLists();
    expect(lists.filter((list) => overflow(list) <= 0).length).toBeGreaterThanOrEqual(40);
    expect(lists.filter((list) => overflow(list) > 0).length).toBeGreaterThanOrEqual(40);
  });

  it('keeps a list on one slide only when it fits there in every theme', () => {
    for (const list of measuredLists()) {
      if (paginateItems(list.items, LINES_PER_SLIDE).length === 1) expect(overflow(list), JSON.stringify(list.items)).toBeLessThanOrEqual(0);
    }
  });

  it('keeps on one slide every list that fits with four lines to spare', () => {
    for (const list of measuredLists()) {
      if (overflow(list) <= -FOUR_LINES_PX) expect(paginateItems(list.items, LINES_PER_SLIDE), JSON.stringify(list.items)).toHaveLength(1);
    }
  });
});
