import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { firstBulletSpeaker } from '../../src/model/speakers/speakerBullets.js';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/**
 * Slides whose talks open with a bullet naming the speaker (issue 13, reveal.js decks, seen 35), in two more shapes:
 * a labelled bullet (`* Talk by: Jane Roe, Role`) and a bare name over a credit (`* Jane Roe` then `* Summary by: Kim
 * Lee`) in a list of any length. Days between such talks keep their notes' days.
 */
const read = (text: string) => buildConference(parseNotes(text, 'notes.md'));
const talks = (text: string) =>
  read(text).days.flatMap((day) =>
    day.sessions.map((session) => `${session.title} [${session.speakers.map((speaker) => speaker.name).join(', ')}]`),
  );
const content = (text: string) => {
  const notes = parseNotes(text, 'notes.md');
  return { nodes: notes.tree.children, source: notes.source };
};

describe('talks opened by a labelled bullet or a credited name', () => {
  it('reads both among talks opened by a name, at mixed levels', () => {
    const text = [
      '# JSConf Day 1',
      '',
      '## Rewriting Closures the Hard Way',
      '* [Jane Roe](https://twitter.com/jroe)',
      '* Summary by: Kim Lee',
      '',
      '## Do these five things on every line',
      '* No function params',
      '',
      '### Testing Edge on a Mac',
      '* Talk by: John Doe, Web Developer Advocate at Example',
      '* Summary by: Kim Lee',
      '',
      '### Sites to test with',
      '* modern.example',
      '',
      '### Mutations in Relay',
      '* Ann Lee',
      '* Summary By: Kim Lee',
      '* [Slides](https://slides.example/relay)',
      '* [GraphQL intro](https://graphql.example)',
      '',
      '### Knitting for Programmers',
      '* [Mia Kato](https://twitter.com/mkato)',
      '* Zusammenfassung von: Kim Lee',
    ].join('\n');
    expect(talks(text)).toEqual([
      'Rewriting Closures the Hard Way [Jane Roe]',
      'Testing Edge on a Mac [John Doe]',
      'Mutations in Relay [Ann Lee]',
      'Knitting for Programmers [Mia Kato]',
    ]);
  });

  it('reads "Talk by:" and "Session by:" as speaker labels, the role after the comma no name', () => {
    const { nodes, source } = content('Talk by: John Doe, Web Developer Advocate at Example\n\nNotes.\n');
    expect(takeSpeakerLines(nodes, source).speakers.map((speaker) => speaker.name)).toEqual(['John Doe']);
    const session = content('- Session by: Erika Mustermann\n- a point\n');
    expect(firstBulletSpeaker(session.nodes, session.source)).toBe('marked');
    const point = content('- Talk about caches\n- a point\n');
    expect(firstBulletSpeaker(point.nodes, point.source)).toBeNull();
  });

  it('keeps the days between talks so opened: a talk whose level slipped does not make the days its parts', () => {
    const text = [
      '## Day 1',
      '### A. Keynote on Science',
      '- speaker: Jane Roe',
      '### B. Better Tests',
      '- speaker: John Doe',
      '## Day 2',
      '### A. Astronomy with Python',
      '- speaker: Ann Lee',
      '## B. Awkward Packaging',
      '- speaker: Mia Kato',
      '## Day 3',
      '### A. Climate Science',
      '- Dan Ray (JPL)',
    ].join('\n');
    expect(read(text).days.map((day) => [day.title, day.sessions.length])).toEqual([
      ['Day 1', 2],
      ['Day 2', 2],
      ['Day 3', 1],
    ]);
  });
});
