import { describe, expect, it } from 'vitest';
import { glanceSlide } from '../../../src/plan/layouts/glance.js';
import { conference, day, session, speaker } from '../../support/planFixtures.js';

describe('glanceSlide', () => {
  it('charts sessions per day, with the numbers in words beside and under it', () => {
    const made = glanceSlide(
      conference([
        day('Monday', [
          session('A', { speakers: [speaker('Jane Doe', 'Acme'), speaker('Max Roe')] }),
          session('B', { speakers: [speaker('Jane Doe')] }),
        ]),
        day('Tuesday', [session('C')]),
      ]),
    );
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

  it('draws no chart for one day, and names no days nor speakers it does not have', () => {
    const made = glanceSlide(conference([day('Conf', [session('A')])]));
    expect(made.subtitle).toEqual(['1 session']);
    expect(made.chart).toEqual([]);
    expect(made.items).toEqual([]);
  });

  it('counts one speaker in the singular', () => {
    const made = glanceSlide(conference([day('Conf', [session('A', { speakers: [speaker('Kim Li')] })])]));
    expect(made.subtitle).toEqual(['1 session · 1 speaker']);
  });
});
