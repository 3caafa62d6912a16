import { describe, expect, it } from 'vitest';
import { allSessions } from '../../src/plan/allSessions.js';
import { asWritten } from '../../src/plan/asWritten.js';
import { bulletSlides, continuedTitle, slide } from '../../src/plan/slide.js';
import { speakersLine } from '../../src/plan/speakersLine.js';
import { splitProse } from '../../src/plan/splitProse.js';
import { textFrame } from '../../src/plan/textFrame.js';
import type { SlideItem } from '../../src/plan/types.js';
import { conference, day, heading, list, paragraph, session, speaker } from '../support/planFixtures.js';

const point = (markdown: string, parts: Partial<SlideItem> = {}): SlideItem => ({
  markdown,
  children: [],
  blocks: [],
  ...parts,
});

describe('allSessions', () => {
  it('lists every session, day by day, in the order written', () => {
    const [a, b, c] = [session('A'), session('B'), session('C')];
    expect(allSessions(conference([day('One', [a, b]), day('Empty', []), day('Two', [c])]))).toEqual([a, b, c]);
  });
});

describe('asWritten', () => {
  it('keeps the heading when a word of it is not on the slide', () => {
    expect(asWritten('### Talk 3: Storage', 'Storage')).toEqual(['### Talk 3: Storage']);
  });

  it('drops it when every word is shown, whatever the case and marks', () => {
    expect(asWritten('### STORAGE at scale', 'Storage at Scale')).toEqual([]);
  });
});

describe('splitProse', () => {
  it('takes prose paragraphs apart from everything else, keeping the order of each', () => {
    const todo = paragraph('TODO read it', 'todo');
    const points = list(['A point']);
    const { prose, rest } = splitProse([paragraph('First.'), todo, points, paragraph('Second.'), heading('#### H')]);
    expect(prose).toEqual(['First.', 'Second.']);
    expect(rest).toEqual([todo, points, heading('#### H')]);
  });
});

describe('speakersLine', () => {
  it('groups speakers of one organisation that follow each other, in the order given', () => {
    const talk = session('T', {
      speakers: [speaker('Jane Doe', 'Acme'), speaker('Max Roe', 'Acme'), speaker('Kim Li'), speaker('Ann Bo', 'Acme')],
    });
    expect(speakersLine(talk)).toBe('Jane Doe & Max Roe · Acme; Kim Li; Ann Bo · Acme');
  });

  it('joins speakers without an organisation as one group, and says nothing for none', () => {
    expect(speakersLine(session('T', { speakers: [speaker('Kim Li'), speaker('Sam Poe')] }))).toBe('Kim Li & Sam Poe');
    expect(speakersLine(session('T'))).toBe('');
  });
});

describe('slide', () => {
  it('makes a slide with every optional part empty', () => {
    expect(slide('bullets', 'Points')).toEqual({
      layout: 'bullets',
      title: 'Points',
      header: null,
      subtitle: [],
      items: [],
      ordered: false,
      start: 1,
      columns: [],
      chart: [],
      body: null,
      notes: [],
    });
  });

  it('takes the parts it is given, and each slide has notes of its own', () => {
    const made = slide('quote', 'Q', { header: 'Talk', body: '> said' });
    expect([made.header, made.body]).toEqual(['Talk', '> said']);
    const other = slide('quote', 'Q');
    other.notes.push('told');
    expect(slide('quote', 'Q').notes).toEqual([]);
  });
});

describe('continuedTitle', () => {
  it('marks every slide of a run but the first', () => {
    expect([0, 1, 2].map((index) => continuedTitle('Points', index))).toEqual([
      'Points',
      'Points (cont.)',
      'Points (cont.)',
    ]);
  });
});

describe('bulletSlides', () => {
  it('puts bullets that fit on one slide, with the header and no numbering asked', () => {
    const items = [point('One'), point('Two')];
    const [only, ...more] = bulletSlides('bullets', 'Points', items, { header: 'Talk' });
    expect(more).toEqual([]);
    expect(only).toMatchObject({ layout: 'bullets', title: 'Points', header: 'Talk', ordered: false, start: 1, items });
  });

  it('has no header unless given one', () => {
    expect(bulletSlides('bullets', 'Points', [point('One')])[0]!.header).toBeNull();
  });

  it('spreads a long list evenly, the slides after the first marked continued', () => {
    // Eleven body lines hold nine one-line bullets (1.15 lines each): ten go five and five.
    const items = Array.from({ length: 10 }, (_, index) => point(`Point ${index + 1}`));
    const slides = bulletSlides('takeaways', 'Lessons', items, { frame: textFrame() });
    expect(slides.map((made) => [made.layout, made.title, made.items.length])).toEqual([
      ['takeaways', 'Lessons', 5],
      ['takeaways', 'Lessons (cont.)', 5],
    ]);
  });

  it('goes on counting an ordered list where the slide before stopped', () => {
    const items = Array.from({ length: 10 }, (_, index) => point(`Step ${index + 1}`));
    const slides = bulletSlides('bullets', 'Steps', items, { ordered: true });
    expect(slides.map((made) => [made.ordered, made.start, made.items[0]!.markdown])).toEqual([
      [true, 1, 'Step 1'],
      [true, 6, 'Step 6'],
    ]);
  });

  it('keeps the number of a parent continued from the slide before', () => {
    const frame = { ...textFrame(), lines: 4 };
    // Two short items, then one whose children run over the next slides: its continuation keeps number 3.
    const children = Array.from({ length: 6 }, (_, index) => point(`Child ${index + 1}`));
    const items = [point('One'), point('Two'), point('Three', { children }), point('Four')];
    const slides = bulletSlides('bullets', 'Steps', items, { ordered: true, frame });
    const starts = slides.map((made) => [made.start, made.items.map((shown) => shown.markdown)]);
    expect(starts).toEqual([
      [1, ['One', 'Two']],
      [3, ['Three']],
      [3, ['Three *(cont.)*']],
      [3, ['Three *(cont.)*']],
      [4, ['Four']],
    ]);
  });
});
