import { describe, expect, it } from 'vitest';
import { PROGRAMME_TITLE, programmeSlides } from '../../../src/plan/layouts/programme.js';
import { textFrame } from '../../../src/plan/textFrame.js';
import { session, speaker } from '../../support/planFixtures.js';

const talks = (count: number) => Array.from({ length: count }, (_, index) => session(`Talk ${index + 1}`));
const noRest = () => [];

describe('programmeSlides', () => {
  it('lists nothing when every talk has notes', () => {
    const { slides, slideOf } = programmeSlides([], noRest, textFrame());
    expect(slides).toEqual([]);
    expect(slideOf.size).toBe(0);
  });

  it('lists each talk as one line, title and speakers, with a count under the title', () => {
    const listed = [session('Storage', { speakers: [speaker('Jane Doe', 'Acme')] }), session('Queues')];
    const [only, ...rest] = programmeSlides(listed, noRest, textFrame()).slides;
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ layout: 'programme', title: PROGRAMME_TITLE, subtitle: ['2 talks without notes'] });
    expect(only!.items).toEqual([
      { markdown: 'Storage — Jane Doe · Acme', children: [], blocks: [] },
      { markdown: 'Queues', children: [], blocks: [] },
    ]);
  });

  // The programme is set in the agenda's 26 px text: a 16:9 frame holds 12 body lines, the count under
  // the title takes one of them, and the space between items makes eleven lines hold nine talks.
  it('holds nine one-line talks on a slide, the tenth opens a second', () => {
    expect(programmeSlides(talks(9), noRest, textFrame()).slides).toHaveLength(1);
    const { slides } = programmeSlides(talks(10), noRest, textFrame());
    expect(slides.map((made) => [made.title, made.items.length])).toEqual([
      [PROGRAMME_TITLE, 5],
      [`${PROGRAMME_TITLE} (cont.)`, 5],
    ]);
  });

  it('measures the talks in the small text whatever frame the deck has (4:3: narrower lines)', () => {
    const long = Array.from({ length: 6 }, (_, index) =>
      session(`Talk ${index + 1}: a title long enough to wrap once at thirty pixels on a slide`),
    );
    // At 26 px on 4:3 (66 characters a line) each of these 80-character titles wraps to two lines.
    expect(programmeSlides(long, noRest, textFrame('4:3')).slides.map((made) => made.items.length)).toEqual([3, 3]);
    expect(programmeSlides(long, noRest, textFrame()).slides.map((made) => made.items.length)).toEqual([6]);
  });

  it('gives the talks at least three lines a slide however small the frame', () => {
    // A measured fit that found the slide overflowing leaves a fifth of its 12 lines (2.4); less the
    // count's line that is under the floor of three lines, which hold two talks.
    const { slides } = programmeSlides(
      talks(3),
      noRest,
      textFrame('16:9', 30, () => 0.2),
    );
    expect(slides.map((made) => made.items.length)).toEqual([2, 1]);
  });

  it('gives each talk the slide that lists it', () => {
    const listed = talks(10);
    const { slides, slideOf } = programmeSlides(listed, noRest, textFrame());
    expect(listed.map((talk) => slides.indexOf(slideOf.get(talk)!))).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
  });

  it('keeps in the first slide’s notes a heading whose words the line does not show, the byline and the rest', () => {
    const shown = session('Storage', { heading: '### Storage', byline: ['by Jane Doe'] });
    const labelled = session('Queues', { heading: '### Talk 3: Queues' });
    const { slides } = programmeSlides([shown, labelled], (talk) => [`rest of ${talk.title}`], textFrame());
    expect(slides[0]!.notes).toEqual(['by Jane Doe', 'rest of Storage', '### Talk 3: Queues', 'rest of Queues']);
  });
});
