import { describe, expect, it } from 'vitest';
import { parseSessionHeading } from '../../src/model/sessionHeading.js';
import { withoutHonorific } from '../../src/model/speakers/nameWords.js';
import { parseSpeakerList, parseSpeakers } from '../../src/model/speakers/speakerLists.js';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

// A title before a name ("Dr. Jane Roe", "Prof. Dr. Hans Müller") says it is a person's; the speaker is the name.

describe('titles before a name', () => {
  it('drops each title, with or without its dot, in any case, also several in a row', () => {
    expect(withoutHonorific('Dr. Jane Roe')).toBe('Jane Roe');
    expect(withoutHonorific('Dr Jane Roe')).toBe('Jane Roe');
    expect(withoutHonorific('dr. Jane Roe')).toBe('Jane Roe');
    expect(withoutHonorific('DR. Jane Roe')).toBeNull();
    expect(withoutHonorific('Dra. Ana García')).toBe('Ana García');
    expect(withoutHonorific('Prof. Mario Rossi')).toBe('Mario Rossi');
    expect(withoutHonorific('Profa. Maria Souza')).toBe('Maria Souza');
    expect(withoutHonorific('Pr. Jean Dupont')).toBe('Jean Dupont');
    expect(withoutHonorific('Mr. John Doe')).toBe('John Doe');
    expect(withoutHonorific('Mrs. Ann Lee')).toBe('Ann Lee');
    expect(withoutHonorific('Ms Ann Lee')).toBe('Ann Lee');
    expect(withoutHonorific('Mx. Sam Roe')).toBe('Sam Roe');
    expect(withoutHonorific('Prof. Dr. Hans Müller')).toBe('Hans Müller');
  });

  it('keeps a word that only starts like a title, a title before no capital, and a name without one', () => {
    expect(withoutHonorific('Drew Barry')).toBeNull();
    expect(withoutHonorific('Prof Xavier')).toBe('Xavier');
    expect(withoutHonorific('Dr. med')).toBeNull();
    expect(withoutHonorific('Jane Roe')).toBeNull();
    expect(withoutHonorific('Professor Jane Roe')).toBeNull();
  });

  it('names the speaker without the title in a heading, a list of speakers and a label line', () => {
    expect(parseSessionHeading('Why Networks Matter by Dr. John Doe').speakers).toEqual([
      { name: 'John Doe', org: null },
    ]);
    expect(parseSessionHeading('Why Networks Matter - Prof. Ann Lee, Example Labs').speakers).toEqual([
      { name: 'Ann Lee', org: 'Example Labs' },
    ]);
    expect(parseSpeakers('Dr. Jane Roe & Dr. John Doe')?.map((speaker) => speaker.name)).toEqual([
      'Jane Roe',
      'John Doe',
    ]);
    expect(parseSpeakerList('Dr. Jane Roe, Dra. Ana García (Acme)')).toEqual([
      { name: 'Jane Roe', org: null },
      { name: 'Ana García', org: 'Acme' },
    ]);
    const markdown = '- speaker: Dr. Jane Roe, Dr. John Doe (tuft)\n- first point\n';
    expect(
      takeSpeakerLines(parseMarkdown(markdown).children, markdown).speakers.map((speaker) => speaker.name),
    ).toEqual(['Jane Roe', 'John Doe']);
  });
});
