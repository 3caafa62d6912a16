import { describe, expect, it } from 'vitest';
import { glanceSlides } from '../../../src/plan/layouts/glance.js';
import { conference, day, session, speaker } from '../../support/planFixtures.js';

describe('glanceSlide', () => {
  it('charts sessions per day, with the numbers in words beside and under it', () => {
    const [made, ...more] = glanceSlides(
      conference([
        day('Monday', [
          session('A', { speakers: [speaker('Jane Doe', 'Acme'), speaker('Max Roe')] }),
          session('B', { speakers: [speaker('Jane Doe')] }),
        ]),
        day('Tuesday', [session('C')]),
      ]),
    );
    expect(more).toEqual([]);
    expect(made).toMatchObject({
      layout: 'glance',
      title: 'At a glance',
      subtitle: ['3 sessions · 2 days · 2 speakers'],
      chart: [
        { label: 'Monday', value: 2 },
        { label: 'Tuesday', value: 1 },
      ],
      items: [
        { markdown: 'Monday: 2 sessions', children: [], blocks: [] },
        { markdown: 'Tuesday: 1 session', children: [], blocks: [] },
      ],
    });
  });

  it('counts and charts only the days with sessions, and makes no slide when one is left', () => {
    const [made] = glanceSlides(
      conference([day('Day 0', []), day('Monday', [session('A')]), day('Tuesday', [session('B')])]),
    );
    expect(made).toMatchObject({
      subtitle: ['2 sessions · 2 days'],
      chart: [
        { label: 'Monday', value: 1 },
        { label: 'Tuesday', value: 1 },
      ],
    });
    expect(glanceSlides(conference([day('Day 0', []), day('Monday', [session('A'), session('B')])]))).toEqual([]);
  });

  it('makes no slide for notes of one day', () => {
    expect(glanceSlides(conference([day('Conf', [session('A', { speakers: [speaker('Kim Li')] })])]))).toEqual([]);
  });

  it('names no speakers the notes do not give, and counts one in the singular', () => {
    const days = (speakers: ReturnType<typeof speaker>[]) => [
      day('Monday', [session('A', { speakers })]),
      day('Tuesday', [session('B')]),
    ];
    expect(glanceSlides(conference(days([])))[0]!.subtitle).toEqual(['2 sessions · 2 days']);
    expect(glanceSlides(conference(days([speaker('Kim Li')])))[0]!.subtitle).toEqual([
      '2 sessions · 2 days · 1 speaker',
    ]);
  });
});
