import { describe, expect, it } from 'vitest';
import { sectionSlides } from '../../../src/plan/layouts/section.js';
import { textFrame } from '../../../src/plan/textFrame.js';
import { list, paragraph, section } from '../../support/planFixtures.js';

describe('sectionSlides', () => {
  it('lays a closing section out as closing slides under its title', () => {
    const made = sectionSlides(section('Summary', [list(['Went well', 'Go again'])]), textFrame());
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ layout: 'closing', title: 'Summary', header: null });
    expect(made[0]!.items.map((shown) => shown.markdown)).toEqual(['Went well', 'Go again']);
  });

  it('lays a list of things to look into out as research slides', () => {
    const made = sectionSlides(section('Things to Google', [list(['eBPF'])], { kind: 'research' }), textFrame());
    expect(made.map((shown) => [shown.layout, shown.title])).toEqual([['research', 'Things to Google']]);
  });

  it('sums up a section of prose alone on a summary slide, the prose told in its notes', () => {
    const made = sectionSlides(section('Travel', [paragraph('Took the train.')]), textFrame());
    expect(made.map((shown) => [shown.layout, shown.items.map((point) => point.markdown), shown.notes])).toEqual([
      ['summary', ['Took the train.'], ['Took the train.']],
    ]);
  });

  it('shows its title alone when nothing of it makes a slide', () => {
    const empty = sectionSlides(section('Travel', [], { kind: 'research' }), textFrame());
    expect(empty).toEqual([expect.objectContaining({ layout: 'research', title: 'Travel', items: [], notes: [] })]);
  });

  it('tells the heading as written in the notes when the title leaves words of it out', () => {
    const made = sectionSlides(section('Summary', [], { heading: '## 5. Summary {#sum}' }), textFrame());
    expect(made[0]!.notes).toEqual(['## 5. Summary {#sum}']);
    const plain = sectionSlides(section('Summary', [list(['A'])]), textFrame());
    expect(plain[0]!.notes).toEqual([]);
  });
});
