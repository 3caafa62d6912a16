import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/**
 * A slot (`## Keynote`, `**KEYNOTE**`) over the speaker's name, then the talk's title on a line of its own, then notes
 * (issue 13, a programme copied as slot, speaker, title): the line titles the talk, the name is its speaker.
 */
const read = (text: string) => buildConference(parseNotes(text, 'notes.md'));
const talks = (text: string) =>
  read(text).days.flatMap((day) =>
    day.sessions.map((session) => `${session.title} [${session.speakers.map((speaker) => speaker.name).join(', ')}]`),
  );
const lines = (text: string, named = false) => {
  const notes = parseNotes(text, 'notes.md');
  return takeSpeakerLines(notes.tree.children, notes.source, { slot: true, named });
};

describe('a title line under a slot and its speaker', () => {
  it('titles keynotes whose speaker is named on the line before, a handle under the title', () => {
    const text = [
      '# Conf',
      '## Day 1',
      '### Keynote',
      'Alix Dunn - Director, Example Foundation',
      '',
      'Ethics and Consistency',
      '@alixtrot',
      '',
      'data consistency matters',
      '### Keynote',
      'Referent: Teon Brooks',
      '',
      'Build, Empower, Grow',
      '',
      '- open source and data science',
    ].join('\n');
    expect(talks(text)).toEqual(['Ethics and Consistency [Alix Dunn]', 'Build, Empower, Grow [Teon Brooks]']);
  });

  it('reads the title line where a line of names over the slot named the speaker', () => {
    const taken = lines('The Future of Data\n\nData matters.\n', true);
    expect([taken.title, taken.byline, taken.rest.length]).toEqual(['The Future of Data', ['The Future of Data'], 1]);
    expect(lines('The Future of Data\n\nData matters.\n', false).title).toBeNull();
  });

  it('takes no sentence, no names, no line of several, nothing without notes after it', () => {
    const under = (line: string, after = '\n\nnotes\n') => lines(`Speaker: Jane Roe\n\n${line}${after}`).title;
    expect(under('Ethics and Consistency')).toBe('Ethics and Consistency');
    expect(under('We talked about ethics.')).toBeNull();
    expect(under('Agenda:')).toBeNull();
    expect(under('John Doe')).toBeNull();
    expect(under('Ethics\nConsistency')).toBeNull();
    expect(under('Ethics and Consistency', '\n')).toBeNull();
    expect(under('x'.repeat(121))).toBeNull();
    expect(under('x'.repeat(120))).toBe('x'.repeat(120));
  });

  it('leaves a talk heading that is no slot as it was', () => {
    const text = ['## Day 1', '### Fast Builds', 'Speaker: Jane Roe', '', 'Caches everywhere', '', '- a point'].join(
      '\n',
    );
    expect(talks(text)).toEqual(['Fast Builds [Jane Roe]']);
  });
});
