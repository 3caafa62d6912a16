import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/**
 * A talk line that names its speaker on a line of its own over the title (`**[Jane Roe (Chef)⏎Title - Subtitle](…)**`):
 * the line of names is the speaker, and the dash in the title sets a subtitle apart, never a second speaker.
 */
const read = (text: string) => buildConference(parseNotes(text, 'notes.md'));
const talks = (text: string) =>
  read(text).days.flatMap((day) =>
    day.sessions.map((session) => `${session.title} [${session.speakers.map((speaker) => speaker.name).join(', ')}]`),
  );

describe('a line of names over a dashed title', () => {
  it('names the speaker from the line of names and keeps the subtitle in the title', () => {
    const text = [
      '# Notes',
      '',
      '## Day 1',
      '',
      'Workshops.',
      '',
      '## Day 2',
      '',
      '**[Jane Roe (Chef)',
      'Preparing for Tomorrow - Test-Driven Infrastructure](talks/inspec.md)**',
      '',
      '[John Doe (Example)',
      'The Mathematics of Reliability](talks/reliability.md)',
      '',
      '[Ann Lee',
      'Continuous Testing of APIs](talks/apis.md)',
      '',
      '[Bob Stone',
      'One Engineer, Four Environments](talks/four.md)',
    ].join('\n');
    expect(talks(text)).toEqual([
      'Preparing for Tomorrow - Test-Driven Infrastructure [Jane Roe]',
      'The Mathematics of Reliability [John Doe]',
      'Continuous Testing of APIs [Ann Lee]',
      'One Engineer, Four Environments [Bob Stone]',
    ]);
  });

  it('keeps a speaker the title names too, and reads a title line without a line of names as before', () => {
    const text = [
      '## Tag 2',
      '',
      '**„Ruhige Systeme“ von Erika Mustermann**',
      '',
      '- ein Punkt',
      '',
      '**„Testen in Produktion“ von Max Mustermann**',
      '',
      '- ein Punkt',
    ].join('\n');
    expect(talks(text)).toEqual(['Ruhige Systeme [Erika Mustermann]', 'Testen in Produktion [Max Mustermann]']);
  });
});
