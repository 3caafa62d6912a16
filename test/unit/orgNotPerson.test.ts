import { describe, expect, it } from 'vitest';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

// Issue 13: a line under a talk's title that names an organisation ("Sandia National Labs") is no byline.

/** The speakers a talk's body `markdown` opens with. */
function speakersOf(markdown: string): string[] {
  const notes = parseNotes(markdown, 'notes.md');
  return takeSpeakerLines(notes.tree.children, notes.source).speakers.map((speaker) => speaker.name);
}

describe('a line that names an organisation', () => {
  it('names no speaker when it ends as an organisation does, in several languages', () => {
    expect(speakersOf('Sandia National Labs\n\nThey tested four tools.\n')).toEqual([]);
    expect(speakersOf('Example Corp\n\nNotes.\n')).toEqual([]);
    expect(speakersOf('Beispiel GmbH\n\nNotizen.\n')).toEqual([]);
    expect(speakersOf('Exemple SAS\n\nNotes.\n')).toEqual([]);
    expect(speakersOf('Jane Roe & Example Foundation\n\nNotes.\n')).toEqual([]);
  });

  it('still reads a person, and a person with her organisation after a role', () => {
    expect(speakersOf('Jane Roe\n\nNotes.\n')).toEqual(['Jane Roe']);
    expect(speakersOf('Jane Roe - Engineer at Example Labs\n\nNotes.\n')).toEqual(['Jane Roe']);
    expect(speakersOf('**Jane Roe, Example Corp**\n\nNotes.\n')).toEqual(['Jane Roe']);
  });
});
