import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { MIN_PROSE_TALKS, PROSE_TALK, proseReading, talksOfParagraph } from '../../src/model/reading/proseTalks.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** An event page's address: the kind of link that names a talk. */
const event = (slug: string) => `https://x.org/schedule/event/${slug}/`;

/** The talks of the one paragraph `text`, as [title, speakers written]. */
function talks(text: string): [string, string | null][] {
  const notes = parseNotes(text, 'notes.md');
  return talksOfParagraph(notes.tree.children[0] as Paragraph, notes.source).map((talk) => [
    talk.text,
    talk.speakerHeading?.text ?? null,
  ]);
}

/** The prose reading of `text`: its evidence and each day's talks as [title, blocks of notes]. */
function reading(text: string) {
  const notes = parseNotes(text, 'notes.md');
  const found = proseReading(notes.tree.children, notes.source);
  return (
    found && {
      evidence: found.evidence,
      days: found.days.map((day) => [day.text, day.talks.map((talk) => [talk.text, talk.body.length])]),
    }
  );
}

describe('talksOfParagraph: talks named by links to their event pages', () => {
  it('reads the speaker after the link ("by", "par", "von", "da"), up to the end of the sentence', () => {
    expect(
      talks(`I saw [Lazy images](${event('lazy')}) by Jane Roe, then [Fast code](${event('fast')}) par John Doe.`),
    ).toEqual([
      ['Lazy images', 'Jane Roe'],
      ['Fast code', 'John Doe'],
    ]);
    expect(talks(`[Lazy images](${event('lazy')}) von Jane Roe; [Fast](${event('f')}) da Ann Lee`)).toEqual([
      ['Lazy images', 'Jane Roe'],
      ['Fast', 'Ann Lee'],
    ]);
    expect(talks(`[Lazy images](${event('lazy')}) by Jane Roe. Then Bob.`)).toEqual([['Lazy images', 'Jane Roe']]);
    expect(talks(`[Lazy images](${event('lazy')}) by Jane B. Roe. Then more.`)).toEqual([
      ['Lazy images', 'Jane B. Roe'],
    ]);
    expect(talks(`[Lazy images](${event('lazy')}) by Jane Roe and John Doe were great.`)).toEqual([
      ['Lazy images', 'Jane Roe and John Doe'],
    ]);
    expect(talks(`[Lazy\nimages](${event('lazy')}), by Jane Roe`)).toEqual([['Lazy images', 'Jane Roe']]);
  });

  it('reads the speaker before the link, after the last "by" or "do", with "about" or "sobre" dropped', () => {
    expect(talks(`First, do Jane Roe, sobre [Lazy images](${event('lazy')}) was good.`)).toEqual([
      ['Lazy images', 'Jane Roe'],
    ]);
    expect(talks(`A talk by Jane Roe about [Lazy images](${event('lazy')}).`)).toEqual([['Lazy images', 'Jane Roe']]);
    expect(talks(`by Jane Roe: [Lazy images](${event('lazy')})`)).toEqual([['Lazy images', 'Jane Roe']]);
    expect(talks(`Jane Roe talked about [Lazy images](${event('lazy')}).`)).toEqual([['Lazy images', null]]);
  });

  it('gives a name that points at the next talk ("by Jane Roe about [B]") to that talk', () => {
    expect(talks(`[Lazy images](${event('lazy')}) by Jane Roe about [Fast code](${event('fast')}).`)).toEqual([
      ['Lazy images', null],
      ['Fast code', 'Jane Roe'],
    ]);
  });

  it('reads no more than nine words as a name', () => {
    expect(talks(`[Lazy images](${event('lazy')}) by one two three four five six seven eight nine ten`)).toEqual([
      ['Lazy images', null],
    ]);
    expect(talks(`by A B C D E F G H I J [Lazy images](${event('lazy')})`)).toEqual([['Lazy images', null]]);
    // Nine words before the link are names; ten are not.
    expect(talks(`by Ann Lee, Bob Roe, Cid Poe and Dan Fox [Lazy images](${event('lazy')})`)).toEqual([
      ['Lazy images', 'Ann Lee, Bob Roe, Cid Poe and Dan Fox'],
    ]);
    expect(talks(`by Ann B. Lee, Bob Roe, Cid Poe and Dan Fox [Lazy images](${event('lazy')})`)).toEqual([
      ['Lazy images', null],
    ]);
    // After the link, the names end at the ninth word: a tenth is left out.
    expect(talks(`[Lazy images](${event('lazy')}) by Ann B. Lee and Bob Roe and Dan Fox.`)).toEqual([
      ['Lazy images', 'Ann B. Lee and Bob Roe and Dan Fox'],
    ]);
    expect(talks(`[Lazy images](${event('lazy')}) by Ann B. Lee and Bob C. Roe and Dan Fox.`)).toEqual([
      ['Lazy images', 'Ann B. Lee and Bob C. Roe'],
    ]);
  });

  it('leaves links to other pages, links of no letters and links that name the page ("slides", "video")', () => {
    expect(
      talks(
        `[slides](${event('a')}) and [Video](${event('b')}) and [123](${event('c')}) and [Real](https://x.org/blog/a) and [Good one](${event('d')})`,
      ),
    ).toEqual([['Good one', null]]);
  });

  it('keeps the link as written for the heading, its line and no notes yet', () => {
    const notes = parseNotes(`Intro.\n\nI saw [Lazy\nimages](${event('lazy')}).`, 'notes.md');
    const [talk] = talksOfParagraph(notes.tree.children[1] as Paragraph, notes.source);
    expect(talk).toEqual({
      heading: `[Lazy images](${event('lazy')})`,
      text: 'Lazy images',
      line: 3,
      body: [],
      group: null,
    });
  });
});

describe('proseReading: talks named only in sentences', () => {
  it(`needs ${MIN_PROSE_TALKS} such links in the file, each worth ${PROSE_TALK}`, () => {
    expect([MIN_PROSE_TALKS, PROSE_TALK]).toEqual([3, 1]);
    expect(
      reading(
        `# C\n\n## Day 1\n\nSaw [Alpha one](${event('a')}), [Beta two](${event('b')}).\n\nAnd [Gamma three](${event('c')}).\n`,
      ),
    ).toEqual({
      evidence: 3,
      days: [
        [
          'Day 1',
          [
            ['Alpha one', 1],
            ['Beta two', 0],
            ['Gamma three', 1],
          ],
        ],
      ],
    });
    expect(reading(`# C\n\n## Day 1\n\nSaw [Alpha one](${event('a')}), [Beta two](${event('b')}).\n`)).toBeNull();
    expect(reading('# C\n\n## Day 1\n\n- a list\n- of things\n\n> a quote\n')).toBeNull();
  });

  it('leaves a link to the talk its heading names to that heading, by the same words or words in common', () => {
    const links = `[Beta two](${event('b')}), [Gamma three](${event('c')}), [Delta four](${event('d')})`;
    expect(reading(`# C\n\n## Alpha one\n\nSaw [Alpha one](${event('a')}), ${links}.\n`)).toEqual({
      evidence: 3,
      days: [
        [
          null,
          [
            ['Beta two', 1],
            ['Gamma three', 0],
            ['Delta four', 0],
          ],
        ],
      ],
    });
    expect(reading(`# C\n\n## Alpha: One!\n\nSaw [alpha one](${event('a')}), ${links}.\n`)?.evidence).toBe(3);
    expect(
      reading(`# C\n\n## Kubernetes networking\n\nSaw [Networking in Kubernetes](${event('a')}), ${links}.\n`)
        ?.evidence,
    ).toBe(3);
    expect(reading(`# C\n\n## Networking\n\nSaw [Storage in Kubernetes](${event('a')}), ${links}.\n`)?.evidence).toBe(
      4,
    );
    expect(reading(`Saw [Alpha one](${event('a')}), ${links}.\n`)?.evidence).toBe(4);
  });
});
