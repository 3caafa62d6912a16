import { describe, expect, it } from 'vitest';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

/** The speakers takeSpeakerLines reads from a talk body written in Markdown. */
function speakersOf(markdown: string) {
  return takeSpeakerLines(parseMarkdown(markdown).children, markdown).speakers.map((speaker) => speaker.name);
}

describe('a speaker label word opening a sentence', () => {
  it('names no one when a lower-case word follows the label with no colon (French)', () => {
    expect(speakersOf('Conférenciers de chez Google et Cassandra (un peu de pub)\n\nNotes.\n')).toEqual([]);
  });

  it('names no one in German or English alike', () => {
    expect(speakersOf('Referent von der Uni Köln, sehr gut\n\nNotes.\n')).toEqual([]);
    expect(speakersOf('Speakers from Example and Acme were great\n\nNotes.\n')).toEqual([]);
  });

  it('still reads names after the label and a colon, even in lower case', () => {
    expect(speakersOf('Conférencier : jane roe\n\nNotes.\n')).toEqual(['jane roe']);
  });

  it('still reads names after the label and a space when they open with a capital', () => {
    expect(speakersOf('Intervenants Jane Roe et John Doe\n\nNotes.\n')).toEqual(['Jane Roe', 'John Doe']);
  });

  it('still reads a bracketed label over a lower-case name (Japanese notes)', () => {
    expect(speakersOf('【登壇者】jroe\n\nNotes.\n')).toEqual(['jroe']);
  });
});

describe('a label phrase ending in its preposition', () => {
  it('reads the names after it, even in lower case (English, French, Portuguese)', () => {
    expect(speakersOf('Presented by jane doe\n\nNotes.\n')).toEqual(['jane doe']);
    expect(speakersOf('Présenté par jeanne dupont\n\nNotes.\n')).toEqual(['jeanne dupont']);
    expect(speakersOf('Apresentado por joão silva\n\nNotes.\n')).toEqual(['joão silva']);
  });
});
