import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/**
 * A group of talks inside a day whose sub-sections are dated days (issue 13, class 4): `## Day 2 + 3` over `### Talks`
 * over `#### Thursday`, `#### Friday`, each with its talks. The group gathers them; the weekdays are groups of the day.
 */
const read = (text: string) => buildConference(parseNotes(text, 'notes.md'));
const days = (text: string) =>
  read(text).days.map((day) => [day.title, day.sessions.map((session) => `${session.title} (${session.group})`)]);

describe('a group of talks over days inside a day', () => {
  it('reads the talks under the weekdays of a talks group as the day’s, each in its group', () => {
    const text = [
      '# Notes',
      '## Day 1',
      'Workshops.',
      '## Day 2 + 3',
      '### Talks',
      '#### Thursday',
      '##### Building Calm Systems - Jane Roe',
      '- a point',
      '##### Testing in Production - John Doe',
      '- a point',
      '#### Friday',
      '##### Service Mesh Patterns - Ann Lee',
      '- a point',
    ].join('\n');
    expect(days(text)).toEqual([
      ['Day 1', []],
      [
        'Day 2 + 3',
        [
          'Building Calm Systems (Talks · Thursday)',
          'Testing in Production (Talks · Thursday)',
          'Service Mesh Patterns (Talks · Friday)',
        ],
      ],
    ]);
  });

  it('reads a group named in another language the same way', () => {
    const text = [
      '## Tag 2',
      '### Vorträge',
      '#### Donnerstag 5',
      '##### Ruhige Systeme - Erika Mustermann',
      '- ein Punkt',
      '#### Freitag 6',
      '##### Testen in Produktion - Max Mustermann',
      '- ein Punkt',
    ].join('\n');
    expect(days(text)).toEqual([
      ['Tag 2', ['Ruhige Systeme (Vorträge · Donnerstag 5)', 'Testen in Produktion (Vorträge · Freitag 6)']],
    ]);
  });

  it('keeps a section of days not named as a group, or whose days hold no talks, as it was', () => {
    const week = ['## Day 1', '### Week', '#### Tuesday', 'Rain.', '#### Wednesday', 'Sun.'].join('\n');
    expect(days(week)).toEqual([['Day 1', ['Week (null)']]]);
    const diary = ['## Day 1', '### Talks', '#### Tuesday', 'Rain.', '#### Wednesday', 'Sun.'].join('\n');
    expect(days(diary)).toEqual([['Day 1', ['Talks (null)']]]);
  });
});
