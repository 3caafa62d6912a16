import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

function read(text: string) {
  const conference = buildConference(parseNotes(text, 'notes.md'));
  return { title: conference.title, talks: conference.days.flatMap((day) => day.sessions.map((s) => s.title)) };
}

const talks = (marks: string[]) =>
  [
    `${marks[0]} Librehost`,
    'Hosting your own services.',
    `${marks[1]} State of the Debugger`,
    'What changed this year.',
    `${marks[2]} Designing Tools People Love`,
    'Make them predictable.',
    `${marks[2]}# Tips`,
    'Read the docs.',
  ].join('\n\n');

describe('a lone heading above H1 that names an event with its year holds the notes', () => {
  it('reads its sub-sections as talks, at mixed levels, in several languages', () => {
    // "メモ" (memo) names the post, not the conference (title/postWrappers.ts).
    const shown = {
      'FOSDEM 2019 Go devroom': 'FOSDEM 2019 Go devroom',
      'Journées DevOps 2023': 'Journées DevOps 2023',
      'PyCon JP 2018 メモ': 'PyCon JP 2018',
    };
    for (const [title, conferenceTitle] of Object.entries(shown)) {
      const read1 = read(`## ${title}\n\nMy notes.\n\n${talks(['####', '####', '###'])}\n`);
      expect(read1.title).toBe(conferenceTitle);
      expect(read1.talks).toEqual(['Librehost', 'State of the Debugger', 'Designing Tools People Love']);
      const read2 = read(`### ${title}\n\n${talks(['####', '####', '####'])}\n`);
      expect(read2.talks).toEqual(['Librehost', 'State of the Debugger', 'Designing Tools People Love']);
    }
  });

  it('keeps a lone H2 that names no event as the one talk, its parts inside it', () => {
    const notes = '## Designing Tools People Love\n\nNotes.\n\n### Goals\n\n- a\n\n### Recommendations\n\n- b\n';
    expect(read(notes).talks).toEqual(['Designing Tools People Love']);
  });

  it('needs sub-sections: a lone H2 with an event name and only notes is one talk', () => {
    expect(read('## FOSDEM 2019 recap\n\n- a point\n- another\n').talks).toHaveLength(1);
  });
});
