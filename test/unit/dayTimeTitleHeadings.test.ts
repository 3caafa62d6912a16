import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { splitDayPrefix } from '../../src/model/headingKinds.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** Each day's title and its sessions' titles, as the model reads the notes. */
function daysOf(lines: string[]) {
  const conference = buildConference(parseNotes(lines.join('\n\n'), 'notes.md'));
  return conference.days.map((day) => [day.title, day.sessions.map((session) => session.title)]);
}

describe('day, time and title in one heading, with generic sub-headings', () => {
  it('splits a day set apart by a comma', () => {
    expect(splitDayPrefix('Day 1, 0945: The Admin Is Your Friend')).toEqual({
      day: 'Day 1',
      rest: '0945: The Admin Is Your Friend',
    });
    expect(splitDayPrefix('Jour 2, 14h00 : Les tests')).toEqual({ day: 'Jour 2', rest: '14h00 : Les tests' });
  });

  it('reads "Day 1, 0945: Title" as a talk of day 1, its "Content" and "Notes" parts of it', () => {
    expect(
      daysOf([
        '# Conf 2019',
        '## Day 1, 0945: The Admin Is Your Friend',
        '### Content',
        '- admins help',
        '### Notes',
        '- notes',
        '## Day 2, 1100: Scaling Postgres Backups',
        '### Content',
        '- wal-g',
      ]),
    ).toEqual([
      ['Day 1', ['The Admin Is Your Friend']],
      ['Day 2', ['Scaling Postgres Backups']],
    ]);
  });

  it('reads bars and a clock with a colon the same way ("Day 1 | 09:45 | Title")', () => {
    expect(
      daysOf([
        '# Conf 2019',
        '## Day 1 | 09:45 | The Admin Is Your Friend - Jane Roe',
        '### Content',
        '- admins help',
        '### Takeaways',
        '- talk to ops',
        '## Day 2 | 11:00 | Scaling Postgres Backups',
        '### Notes',
        '- wal-g',
      ]),
    ).toEqual([
      ['Day 1', ['The Admin Is Your Friend']],
      ['Day 2', ['Scaling Postgres Backups']],
    ]);
  });

  it('keeps a day written once with a title and no time a day ("Day 1, Main Conference")', () => {
    expect(
      daysOf([
        '# Conf 2019',
        '## Day 1, Main Conference',
        '### Fast Builds at Scale',
        '- caching',
        '### Observability on a Budget',
        '- sampling',
        '## Day 2, Workshops',
        '### Hands-on Terraform',
        '- modules',
      ]),
    ).toEqual([
      ['Day 1, Main Conference', ['Fast Builds at Scale', 'Observability on a Budget']],
      ['Day 2, Workshops', ['Hands-on Terraform']],
    ]);
  });

  it('does not take a year after the day for a clock time ("Day 1, 2019 in review" is a title)', () => {
    expect(
      daysOf(['# Conf', '## Day 1, 2019 in Review', '### Fast Builds', '- caching', '### Slow Tests', '- waiting']),
    ).toEqual([['Day 1, 2019 in Review', ['Fast Builds', 'Slow Tests']]]);
  });
});
