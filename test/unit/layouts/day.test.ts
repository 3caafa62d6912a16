import { describe, expect, it } from 'vitest';
import { daySlides } from '../../../src/plan/layouts/day.js';
import { textFrame } from '../../../src/plan/textFrame.js';
import { day, list, paragraph, session } from '../../support/planFixtures.js';

const shape = (slides: ReturnType<typeof daySlides>) =>
  slides.map((made) => [made.layout, made.title, made.header, made.notes]);

describe('daySlides', () => {
  it('opens with a divider when asked, then its sessions under their titles', () => {
    const made = daySlides(
      day('Day 1', [session('Storage', { blocks: [list(['Point'], 'Lessons')] })]),
      textFrame(),
      true,
      true,
    );
    expect(shape(made)).toEqual([
      ['divider', 'Day 1', null, []],
      ['session', 'Storage', null, []],
      ['bullets', 'Lessons', 'Storage', []],
    ]);
    expect(made[0]!.subtitle).toEqual(['1 session']);
  });

  it('has no divider when not asked, unless the day has no sessions', () => {
    expect(shape(daySlides(day('Day 1', [session('Talk')]), textFrame(), false, true))).toEqual([
      ['session', 'Talk', null, []],
    ]);
    expect(shape(daySlides(day('Day 2', []), textFrame(), false, true))).toEqual([['divider', 'Day 2', null, []]]);
  });

  it('shows the day’s own lists and tells its prose and heading as written on its first slide', () => {
    const made = daySlides(
      day('Day 1', [session('Talk')], {
        heading: '## Day 1: Monday',
        intro: [paragraph('We arrived late.'), list(['Badge pick-up'], 'Logistics')],
      }),
      textFrame(),
      true,
      true,
    );
    expect(shape(made)).toEqual([
      ['divider', 'Day 1', null, ['## Day 1: Monday', 'We arrived late.']],
      ['bullets', 'Logistics', null, []],
      ['session', 'Talk', null, []],
    ]);
  });

  it('tells no heading for a day that was not one, nor one whose words are all in the title', () => {
    const unnamed = daySlides(day('Day 1', [session('Talk')], { heading: null }), textFrame(), true, true);
    const same = daySlides(day('Day 1', [session('Talk')]), textFrame(), true, true);
    expect([unnamed[0]!.notes, same[0]!.notes]).toEqual([[], []]);
  });

  it('gathers the sessions’ TODOs on follow-up slides only when asked', () => {
    const talk = () => session('Talk', { blocks: [paragraph('TODO read the paper', 'todo')] });
    const gathered = daySlides(day('Day 1', [talk()]), textFrame(), false, true);
    expect(gathered.map((made) => made.layout)).toEqual(['session', 'followups']);
    const told = daySlides(day('Day 1', [talk()]), textFrame(), false, false);
    expect(shape(told)).toEqual([['session', 'Talk', null, ['TODO read the paper']]]);
  });
});
