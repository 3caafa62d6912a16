import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseSessionHeading } from '../../src/model/sessionHeading.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

function talks(text: string) {
  return buildConference(parseNotes(text, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name)]),
  );
}

describe('a subtitle after a dash is no name and organisation when it ends in "!" or "?"', () => {
  it('reads `Lights, Camera, Action!` as no speakers', () => {
    expect(parseSessionHeading('Architecting Web Apps - Lights, Camera, Action!')).toEqual({
      title: 'Architecting Web Apps - Lights, Camera, Action!',
      speakers: [],
    });
    expect(parseSessionHeading('Arquitectura web - Luces, cámara, ¡Acción!').speakers).toEqual([]);
  });

  it('still reads a name and her organisation, and a one-word name with one', () => {
    expect(parseSessionHeading('Calm Systems - Jane Roe, Acme').speakers).toEqual([{ name: 'Jane Roe', org: 'Acme' }]);
  });

  it('keeps the whole heading as the title and takes the speakers from the line under it', () => {
    const notes = [
      '## Architecting Web Apps - Lights, Camera, Action!',
      'Paul Lewis, Developer Advocate',
      '',
      '- The actor model fits the web',
      '',
      '## State of the Web',
      'Jane Roe, Chrome Engineer',
      '',
      '- A point',
    ].join('\n');
    expect(talks(notes)).toEqual([
      ['Architecting Web Apps - Lights, Camera, Action!', ['Paul Lewis']],
      ['State of the Web', ['Jane Roe']],
    ]);
  });
});
