import { describe, expect, it } from 'vitest';
import { budgetShare, slideIdentity } from '../../src/plan/fitBudgets.js';

describe('slideIdentity', () => {
  it('names a slide by its deck and its title, the same on every slide of a run', () => {
    expect(slideIdentity('day-1', 'Scaling Prometheus')).toBe('day-1\nScaling Prometheus');
    expect(slideIdentity('day-1', 'Scaling Prometheus (cont.)')).toBe('day-1\nScaling Prometheus');
  });

  it('drops only a trailing "(cont.)"', () => {
    expect(slideIdentity('d', 'Why (cont.) matters')).toBe('d\nWhy (cont.) matters');
    expect(slideIdentity('d', 'Part (cont.) (cont.)')).toBe('d\nPart (cont.)');
    expect(slideIdentity('d', 'Part(cont.)')).toBe('d\nPart(cont.)');
  });
});

describe('budgetShare', () => {
  it('gives the share measured for a slide of the deck, 1 for any other', () => {
    const share = budgetShare({ [slideIdentity('day-1', 'Talk')]: 0.7 }, 'day-1')!;
    expect(share('Talk')).toBe(0.7);
    expect(share('Talk (cont.)')).toBe(0.7);
    expect(share('Other talk')).toBe(1);
    expect(budgetShare({ [slideIdentity('day-1', 'Talk')]: 0.7 }, 'day-2')!('Talk')).toBe(1);
  });

  it('gives no shares without a measured fit', () => {
    expect(budgetShare(undefined, 'day-1')).toBeUndefined();
  });
});
