import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/**
 * A day heading with no talks under it, its talks written at its own level after it (issue 13, class 1):
 * `## Day 1` then `## Talk 1`, `## Talk 2`. They are that day's talks, not a day of their own beside an empty one.
 */
const read = (text: string) => buildConference(parseNotes(text, 'notes.md'));
const days = (text: string) => read(text).days.map((day) => [day.title, day.sessions.map((session) => session.title)]);

describe('talks at the level of an empty day heading', () => {
  it('gives the slot talks after an empty day to that day, a meal among them to its notes', () => {
    const text = [
      '# DevOpsDays 2023',
      '',
      '## Day 1',
      '',
      '## Talk 1',
      '',
      '__Topic__: Building Calmer On-Call Rotations',
      '',
      '## Talk 2',
      '',
      '__Topic__: Testing your configs',
      '',
      '## Lunch',
      '',
      'Tacos.',
      '',
      '## Talk 3',
      '',
      '__Topic__: Service Mesh Patterns',
      '',
      '## Conclusion',
      '',
      'A good day.',
    ].join('\n');
    expect(days(text)).toEqual([
      ['Day 1', ['Building Calmer On-Call Rotations', 'Testing your configs', 'Service Mesh Patterns']],
    ]);
    expect(read(text).extras.map((extra) => extra.title)).toEqual(['Conclusion']);
  });

  it('gives each empty day the slot talks that follow it, in another language', () => {
    const text = [
      '# Notizen',
      '',
      '## Tag 1',
      '',
      '## Session 1',
      '',
      '__Thema__: Lasttests im Alltag',
      '',
      '## Session 2',
      '',
      '__Thema__: Beobachtbarkeit',
      '',
      '## Tag 2',
      '',
      '## Session 3',
      '',
      '__Thema__: Kubernetes in Produktion',
      '',
      '## Session 4',
      '',
      '__Thema__: Sicherheit von APIs',
    ].join('\n');
    expect(days(text)).toEqual([
      ['Tag 1', ['Lasttests im Alltag', 'Beobachtbarkeit']],
      ['Tag 2', ['Kubernetes in Produktion', 'Sicherheit von APIs']],
    ]);
  });

  it('needs a run of talks: one section after the day, or sections that read as no talks, stay as they were', () => {
    const one = '# Notes\n\n## Day 1\n\n## Talk 1\n\n__Topic__: Building Calmer On-Call Rotations\n';
    expect(read(one).days.some((day) => day.title === 'Day 1' && day.sessions.length > 0)).toBe(false);
    const prose = '# Notes\n\n## Day 1\n\n## Travel\n\nBy train.\n\n## Hotel\n\nNice.\n';
    expect(read(prose).days.some((day) => day.title === 'Day 1' && day.sessions.length > 0)).toBe(false);
  });
});
