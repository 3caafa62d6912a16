import { describe, expect, it } from 'vitest';
import { dividerSlide } from '../../../src/plan/layouts/divider.js';
import { day, session } from '../../support/planFixtures.js';

describe('dividerSlide', () => {
  it('shows the day and how many sessions it holds', () => {
    const made = dividerSlide(day('Day 1', [session('A'), session('B')]));
    expect(made).toMatchObject({ layout: 'divider', title: 'Day 1', subtitle: ['2 sessions'], items: [], notes: [] });
  });

  it('says "1 session" for one, and nothing for a day without sessions', () => {
    expect(dividerSlide(day('Day 1', [session('A')])).subtitle).toEqual(['1 session']);
    expect(dividerSlide(day('Day 2', [])).subtitle).toEqual([]);
  });
});
