import { describe, expect, it } from 'vitest';
import { titleSlide } from '../../../src/plan/layouts/title.js';
import { conference, day, session } from '../../support/planFixtures.js';

describe('titleSlide', () => {
  it('shows the conference, its date written out, who took the notes and how many sessions', () => {
    const made = titleSlide(
      conference([day('Day 1', [session('A')]), day('Day 2', [session('B'), session('C')])], {
        title: 'KubeCon 2024',
        date: '2024-05-01',
        authors: ['Ann', 'Bob'],
      }),
    );
    expect(made).toMatchObject({
      layout: 'title',
      title: 'KubeCon 2024',
      subtitle: ['1 May 2024', 'Notes by Ann, Bob', '3 sessions · team recap'],
      items: [],
      notes: [],
    });
  });

  it('leaves out a date and authors the notes do not give', () => {
    const made = titleSlide(conference([day('Day 1', [session('A')])]));
    expect(made.subtitle).toEqual(['1 session · team recap']);
  });
});
