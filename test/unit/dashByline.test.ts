import { describe, expect, it } from 'vitest';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

const person = (name: string, org: string | null = null) => ({ name, org });
const speakersOf = (markdown: string) => takeSpeakerLines(parseMarkdown(markdown).children, markdown).speakers;

describe('a byline opened by a dash and "by" in the corpus languages', () => {
  it('names the speaker after the dash and the word, linked or not', () => {
    expect(speakersOf('-- by [Jane Roe](https://github.com/jroe)\n\nNotes.\n')).toEqual([person('Jane Roe')]);
    expect(speakersOf('— by Jane Roe\n\nNotes.\n')).toEqual([person('Jane Roe')]);
    expect(speakersOf('– par Marie Curie\n\nNotes.\n')).toEqual([person('Marie Curie')]);
    expect(speakersOf('― por Ana Lima\n\nNotas.\n')).toEqual([person('Ana Lima')]);
    expect(speakersOf('-- von Jan Weber\n\nNotizen.\n')).toEqual([person('Jan Weber')]);
    expect(speakersOf('-- BY Jane Roe\n\nNotes.\n')).toEqual([person('Jane Roe')]);
  });

  it('takes one word after it as a name, as after a dash alone', () => {
    expect(speakersOf('-- by Matz\n\nNotes.\n')).toEqual([person('Matz')]);
  });

  it('names no one where the rest is no name, or the word opens a sentence', () => {
    expect(speakersOf('-- by the way, this was long\n\nNotes.\n')).toEqual([]);
    expect(speakersOf('— by 2019\n\nNotes.\n')).toEqual([]);
  });

  it('reads the word only as a word of its own: "Byron" keeps its first letters', () => {
    expect(speakersOf('-- Byron Lee\n\nNotes.\n')).toEqual([person('Byron Lee')]);
    expect(speakersOf('— Paris Roe\n\nNotes.\n')).toEqual([person('Paris Roe')]);
  });
});
