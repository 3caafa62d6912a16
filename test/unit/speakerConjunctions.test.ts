import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { talksOfParagraph } from '../../src/model/reading/proseTalks.js';
import { parseSessionHeading } from '../../src/model/sessionHeading.js';
import { parseSpeakerList, parseSpeakers, withoutTrailingJoiner } from '../../src/model/speakers/speakerLists.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

const names = (speakers: { name: string }[] | null) => speakers?.map((speaker) => speaker.name) ?? null;

describe('speaker lists joined by a conjunction: each name, no conjunction left over', () => {
  it('splits a serial comma before the last name ("A, B, and C") into three names, in each language', () => {
    for (const joiner of ['and', '&', 'y', 'und', 'e', 'et']) {
      const text = `Jane Roe, John Doe, ${joiner} Ann Lee`;
      expect(names(parseSpeakers(text)), text).toEqual(['Jane Roe', 'John Doe', 'Ann Lee']);
      expect(names(parseSpeakerList(text)), text).toEqual(['Jane Roe', 'John Doe', 'Ann Lee']);
    }
  });

  it('reads the serial comma in a heading as names, not as a name and an organisation', () => {
    const heading = parseSessionHeading('Fast Code by Jane Roe, John Doe, and Ann Lee');
    expect(heading.title).toBe('Fast Code');
    expect(heading.speakers).toEqual([
      { name: 'Jane Roe', org: null },
      { name: 'John Doe', org: null },
      { name: 'Ann Lee', org: null },
    ]);
  });

  it('keeps "A, B and C" and each two-name joiner as before', () => {
    expect(names(parseSpeakers('Jane Roe, John Doe and Ann Lee'))).toEqual(['Jane Roe', 'John Doe', 'Ann Lee']);
    for (const text of ['Jane Roe & John Doe', 'Jane Roe y John Doe', 'Jane Roe und John Doe', 'Jane Roe e John Doe'])
      expect(names(parseSpeakers(text)), text).toEqual(['Jane Roe', 'John Doe']);
    // An organisation after each name still belongs to it.
    expect(parseSpeakers('Jane Roe, Acme, and John Doe, Example')).toEqual([
      { name: 'Jane Roe', org: 'Acme' },
      { name: 'John Doe', org: 'Example' },
    ]);
  });

  it('drops a joiner with no name after it ("Jane Roe and "), in each language', () => {
    for (const text of [
      'Jane Roe and ',
      'Jane Roe and',
      'Jane Roe &',
      'Jane Roe y',
      'Jane Roe und ',
      'Jane Roe e',
      'Jane Roe et',
    ])
      expect(withoutTrailingJoiner(text), text).toBe('Jane Roe');
    // A name that ends in those letters keeps them: only a word of its own is a joiner.
    for (const text of ['Jane Roe', 'Ann Rand', 'José Rey', 'Ann Lee']) expect(withoutTrailingJoiner(text)).toBe(text);
  });

  it('reads "[Title](event) by Jane Roe and [link](…)" as Jane Roe alone, whatever the link', () => {
    for (const link of ['[her slides](https://x.org/s.pdf)', '[Fast code](https://x.org/schedule/event/fast/)']) {
      const notes = parseNotes(
        `I liked [Lazy images](https://x.org/schedule/event/lazy/) by Jane Roe and ${link}.`,
        'notes.md',
      );
      const [talk] = talksOfParagraph(notes.tree.children[0] as Paragraph, notes.source);
      expect(talk?.text).toBe('Lazy images');
      expect(talk?.speakerHeading?.text, link).toBe('Jane Roe');
    }
  });
});
