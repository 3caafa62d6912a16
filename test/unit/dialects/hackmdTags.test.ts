import { describe, expect, it } from 'vitest';
import { buildConference } from '../../../src/model/buildConference.js';
import { hackmdTags } from '../../../src/parse/dialects/hackmdTags.js';
import { parseNotes } from '../../../src/parse/parseNotes.js';
import { normalize } from './normalize.js';

describe('HackMD tags', () => {
  it('reads a tags heading as a line of text', () => {
    expect(normalize(hackmdTags, '###### tags: `conf` `notes`').text).toBe('tags: `conf` `notes`');
    expect(normalize(hackmdTags, '###### Tagsüberblick').text).toBe('###### Tagsüberblick');
  });

  it('does not make the tag line a session', () => {
    const conference = buildConference(
      parseNotes('# ConfX\n\n###### tags: `conf`\n\n## Talk A\n\n- a\n\n## Talk B\n\n- b\n', 'notes.md'),
    );
    expect(conference.days.flatMap((day) => day.sessions.map((session) => session.title))).toEqual([
      'Talk A',
      'Talk B',
    ]);
  });

  it('reads a tags heading spaced out, and only at the line start', () => {
    expect(normalize(hackmdTags, '######  tags: `conf`').text).toBe('tags: `conf`');
    // A line separator ends what `.` matches: such a line is no tags heading, and keeps its marks.
    for (const text of ['See ## tags: here', '###### tags: a\u2028b'])
      expect(normalize(hackmdTags, text).text).toBe(text);
  });
});
