import { describe, expect, it } from 'vitest';
import type { KeyPoint } from '../../../src/plan/keyPoints.js';
import { pointPages, talkSlidesFor } from '../../../src/plan/layouts/talk.js';
import { textFrame } from '../../../src/plan/textFrame.js';
import { session, speaker } from '../../support/planFixtures.js';

const keyPoint = (text: string, parts: Partial<KeyPoint> = {}): KeyPoint => ({
  item: { markdown: text, children: [], blocks: [] },
  full: `- ${text}`,
  untold: null,
  ...parts,
});
const keyPoints = (count: number) => Array.from({ length: count }, (_, index) => keyPoint(`Point ${index + 1}`));
const shown = (slides: ReturnType<typeof talkSlidesFor>) =>
  slides.map((made) => [made.title, made.items.map((entry) => entry.markdown)]);

describe('talkSlidesFor', () => {
  it('shows the title, the speakers, who noted it, the points and the link to the talk’s deck', () => {
    const talk = session('Storage', {
      speakers: [speaker('Jane Doe', 'Acme'), speaker('Max Roe', 'Acme')],
      notedBy: ['Ann', 'Bob'],
    });
    const [only, ...more] = talkSlidesFor(talk, keyPoints(2), [], 1, textFrame(), 'sessions/01-storage.html');
    expect(more).toEqual([]);
    expect(only).toMatchObject({
      layout: 'talk',
      title: 'Storage',
      subtitle: ['Jane Doe & Max Roe · Acme', 'notes: Ann, Bob'],
      link: { href: 'sessions/01-storage.html', text: 'All the notes of this talk →' },
      notes: [],
    });
    expect(shown([only!])).toEqual([['Storage', ['Point 1', 'Point 2']]]);
  });

  it('has no subtitle lines for a talk without speakers or note takers, and no link without a deck', () => {
    const [only] = talkSlidesFor(session('Talk', { notedBy: [] }), keyPoints(1), [], 1, textFrame(), undefined);
    expect(only!.subtitle).toEqual([]);
    expect(only).not.toHaveProperty('link');
  });

  it('shows as many points as one slide holds, the rest as one list in the notes, then the rest of the talk', () => {
    // Nine lines under the title and speakers: seven one-line points (1.15 lines each), not eight.
    const slides = talkSlidesFor(session('Talk'), keyPoints(10), ['Prose told.'], 1, textFrame(), undefined);
    expect(shown(slides)).toEqual([['Talk', keyPoints(7).map((point) => point.item.markdown)]]);
    expect(slides[0]!.notes).toEqual(['- Point 8\n- Point 9\n- Point 10', 'Prose told.']);
  });

  it('shows every point over the slides it is given, balanced, the others marked continued', () => {
    const slides = talkSlidesFor(session('Talk'), keyPoints(10), [], 2, textFrame(), 'deck.html');
    expect(slides.map((made) => [made.title, made.items.length, made.link?.href])).toEqual([
      ['Talk', 5, 'deck.html'],
      ['Talk (cont.)', 5, 'deck.html'],
    ]);
    expect(slides[0]!.notes).toEqual([]);
  });

  it('finds the most points that fit, whatever their number', () => {
    for (const [count, points] of [
      [1, 8],
      [1, 30],
      [2, 15],
      [2, 16],
    ] as const) {
      const slides = talkSlidesFor(session('Talk'), keyPoints(points), [], count, textFrame(), undefined);
      // Seven points a slide: the first 7 or 14.
      expect(slides.flatMap((made) => made.items).length).toBe(count * 7);
    }
  });

  it('keeps paragraphs apart in the notes when not every hidden point is a bullet', () => {
    const points = [...keyPoints(7), keyPoint('Said', { full: 'A paragraph.' }), keyPoint('More')];
    const slides = talkSlidesFor(session('Talk'), points, [], 1, textFrame(), undefined);
    expect(slides[0]!.notes).toEqual(['A paragraph.\n\n- More']);
  });

  it('tells what a shown point leaves out, the heading as written and the speaker lines', () => {
    const talk = session('Storage', {
      heading: '### Talk 3: Storage',
      byline: ['- speaker: Jane Doe'],
      speakers: [speaker('Jane Doe')],
    });
    const points = [keyPoint('Cache', { untold: '- Cache\n  - in memory' }), keyPoint('Measure')];
    const slides = talkSlidesFor(talk, points, ['Prose.'], 1, textFrame(), undefined);
    expect(slides[0]!.notes).toEqual([
      '### Talk 3: Storage',
      '- speaker: Jane Doe',
      '- Cache\n  - in memory',
      'Prose.',
    ]);
  });

  it('needs no heading in the notes whose words the title and speakers show', () => {
    const talk = session('Storage', { heading: '### Storage - Jane Doe', speakers: [speaker('Jane Doe')] });
    expect(talkSlidesFor(talk, [], [], 1, textFrame(), undefined)[0]!.notes).toEqual([]);
  });

  it('makes one empty slide for a talk without points', () => {
    expect(shown(talkSlidesFor(session('Talk'), [], [], 1, textFrame(), undefined))).toEqual([['Talk', []]]);
  });
});

describe('pointPages', () => {
  it('fills the lines under a talk’s title less the speakers line and the link', () => {
    expect(pointPages(session('Talk'), keyPoints(7), textFrame()).map((page) => page.length)).toEqual([7]);
    expect(pointPages(session('Talk'), keyPoints(8), textFrame()).map((page) => page.length)).toEqual([4, 4]);
  });

  it('leaves at least three lines for points on a slide of few lines', () => {
    // Four lines less two would leave two (one point); three hold two points.
    const pages = pointPages(session('Talk'), keyPoints(4), { ...textFrame(), lines: 4 });
    expect(pages.map((page) => page.length)).toEqual([2, 2]);
  });

  it('is one empty page for no points', () => {
    expect(pointPages(session('Talk'), [], textFrame())).toEqual([[]]);
  });
});
