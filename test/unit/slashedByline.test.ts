import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

function speakersOf(byline: string): string[][] {
  const notes = `## Keynote\n\n${byline}\n\n- A point of the keynote\n\n## Calm Systems\n\n- A point`;
  return buildConference(parseNotes(notes, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => session.speakers.map((speaker) => speaker.name)),
  );
}

describe('a byline of names set apart by a spaced slash', () => {
  it('names each speaker (English, French, Spanish, German labels)', () => {
    expect(speakersOf('by Malte Ubl / Nicole Sullivan')).toEqual([['Malte Ubl', 'Nicole Sullivan'], []]);
    expect(speakersOf('par Marie Curie / Paul Langevin')).toEqual([['Marie Curie', 'Paul Langevin'], []]);
    expect(speakersOf('por Ana García / Luis Pérez / Eva Díaz')).toEqual([
      ['Ana García', 'Luis Pérez', 'Eva Díaz'],
      [],
    ]);
    expect(speakersOf('von Jürgen Schmidt / Anna Weber')).toEqual([['Jürgen Schmidt', 'Anna Weber'], []]);
  });

  it('reads no person where a part is one word or no name', () => {
    expect(speakersOf('by Jane Roe / Example')).toEqual([[], []]);
    expect(speakersOf('by Jane Roe / the whole team')).toEqual([[], []]);
  });
});
