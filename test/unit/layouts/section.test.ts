import { describe, expect, it } from 'vitest';
import { BRIEF_SECTION_SLIDES, briefSectionSlides, sectionSlides } from '../../../src/plan/layouts/section.js';
import { textFrame } from '../../../src/plan/textFrame.js';
import { heading, item, list, paragraph, section } from '../../support/planFixtures.js';

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

describe('briefSectionSlides', () => {
  /** A closing section of `count` long bullets, one of which fills about a third of a slide. */
  const longSection = (count: number) =>
    section('Wrap-up', [
      list(Array.from({ length: count }, (_, index) => `Point ${index + 1} ${'and more words '.repeat(12)}`)),
    ]);

  it(`keeps a section of up to ${BRIEF_SECTION_SLIDES} slides as the full deck lays it out`, () => {
    expect(BRIEF_SECTION_SLIDES).toBe(2);
    for (const count of [3, 5]) {
      const full = sectionSlides(longSection(count), textFrame());
      expect(full.length).toBeLessThanOrEqual(2);
      expect(briefSectionSlides(longSection(count), textFrame())).toEqual(full);
    }
  });

  it('sums a longer section up on one slide of the points that fit, the whole section in its notes', () => {
    const notes = longSection(9);
    expect(sectionSlides(notes, textFrame())).toHaveLength(3);
    const made = briefSectionSlides(notes, textFrame());
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ layout: 'closing', title: 'Wrap-up', header: null });
    const shown = made[0]!.items.map((point) => point.markdown.split(' ').slice(0, 2).join(' '));
    expect(shown).toEqual(['Point 1', 'Point 2']);
    expect(made[0]!.notes).toHaveLength(1);
    expect(made[0]!.notes[0]!.split('\n').map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual(
      Array.from({ length: 9 }, (_, index) => `- Point ${index + 1}`),
    );
  });

  it('tells the heading as written, captions, sub-headings and what is inside items in the notes', () => {
    const notes = section(
      'Wrap-up',
      [
        heading('What went well'),
        list(
          [
            item('First thing', [], [paragraph('Said again later.')]),
            ...Array.from({ length: 12 }, () => `More ${'words '.repeat(30)}`),
          ],
          'Good:',
        ),
        paragraph('Thanks for reading.'),
      ],
      { heading: '## 9. Wrap-up' },
    );
    expect(sectionSlides(notes, textFrame()).length).toBeGreaterThan(2);
    const [made] = briefSectionSlides(notes, textFrame());
    expect(made!.notes[0]).toBe('## 9. Wrap-up');
    expect(made!.notes.slice(1, 2)).toEqual(['What went well']);
    expect(made!.notes[2]!.split('\n').slice(0, 4)).toEqual(['Good:', '- First thing', '', '  Said again later.']);
    expect(made!.notes.at(-1)).toBe('Thanks for reading.');
  });

  it('keeps the first slide of a section with no point to show, telling it all in the notes', () => {
    const table = { kind: 'table' as const, line: 1, markdown: `| a |\n|---|\n${'| row |\n'.repeat(60)}` };
    const notes = section('Numbers', [table]);
    const full = sectionSlides(notes, textFrame());
    expect(full.length).toBeGreaterThan(2);
    const made = briefSectionSlides(notes, textFrame());
    expect(made).toHaveLength(1);
    expect(made[0]!.body).toBe(full[0]!.body);
    expect(made[0]!.notes).toEqual([table.markdown]);
  });
});
