import { describe, expect, it } from 'vitest';
import { parseSessionHeading } from '../../src/model/sessionHeading.js';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

// Issue 13: bylines under a talk's title in shapes the speaker lines missed (`by Jane Roe / John Doe`, `Paul Lewis &
// Surma`, `Surma, Developer Advocate`), and a heading's subtitle that exclaims taken for names.

/** The speakers (name, or name of org) a talk's body `markdown` opens with. */
function speakersOf(markdown: string): string[] {
  const notes = parseNotes(markdown, 'notes.md');
  return takeSpeakerLines(notes.tree.children, notes.source).speakers.map(
    (speaker) => speaker.name + (speaker.org ? ` of ${speaker.org}` : ''),
  );
}

describe('bylines', () => {
  it('reads names after "by" set apart by a spaced slash, in several languages', () => {
    expect(speakersOf('by Malte Ubl / Nicole Sullivan\n\nNotes.\n')).toEqual(['Malte Ubl', 'Nicole Sullivan']);
    expect(speakersOf('par Marie Curie / Pierre Curie\n\nNotes.\n')).toEqual(['Marie Curie', 'Pierre Curie']);
    expect(speakersOf('von Hans Müller / Eva Braun\n\nNotizen.\n')).toEqual(['Hans Müller', 'Eva Braun']);
    expect(speakersOf('by Malte Ubl/Nicole Sullivan\n\nNotes.\n')).toEqual([]);
  });

  it('reads one word as a name where a role follows it after a comma', () => {
    expect(speakersOf('Surma, Developer Advocate\n\nNotes.\n')).toEqual(['Surma']);
    expect(speakersOf('Matz, Chief Architect at Example\n\nNotes.\n')).toEqual(['Matz of Example']);
    expect(speakersOf('Surma, developer advocate\n\nNotes.\n')).toEqual([]);
    expect(speakersOf('Overview, Staff Engineer\n\nNotes.\n')).toEqual([]);
    expect(speakersOf('Kubernetes, and more\n\nNotes.\n')).toEqual([]);
    expect(speakersOf('AWS, Senior Engineer\n\nNotes.\n')).toEqual([]);
  });

  it('reads one word after a full name and a joiner as one more speaker', () => {
    expect(speakersOf('Paul Lewis & Surma\n\nNotes.\n')).toEqual(['Paul Lewis', 'Surma']);
    expect(speakersOf('Ana Gómez y Dani\n\nNotas.\n')).toEqual(['Ana Gómez', 'Dani']);
    expect(speakersOf('Paul Lewis & Example Labs\n\nNotes.\n')).toEqual([]);
    expect(speakersOf('Paul Lewis & Labs\n\nNotes.\n')).toEqual([]);
    expect(speakersOf('Paul Lewis & more\n\nNotes.\n')).toEqual([]);
    expect(speakersOf('Caching & Surma\n\nNotes.\n')).toEqual([]);
  });
});

describe('a heading whose part after the dash exclaims or asks', () => {
  it('reads no names there', () => {
    expect(parseSessionHeading('Architecting Web Apps - Lights, Camera, Action!')).toEqual({
      title: 'Architecting Web Apps - Lights, Camera, Action!',
      speakers: [],
    });
    expect(parseSessionHeading('Tests - Qui, Quoi, Comment ?').speakers).toEqual([]);
    expect(parseSessionHeading('Fast Builds - Jane Roe').speakers).toEqual([{ name: 'Jane Roe', org: null }]);
  });
});
