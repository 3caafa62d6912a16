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

  it('leaves a link whose text is only its address: a pasted URL gives no title', () => {
    expect(talks(`See <${event('b7f56538-aa')}> and ${event('lazy_images')} and www.x.org/schedule/event/c/`)).toEqual(
      [],
    );
    expect(talks(`See [https://x.org/a and more](${event('a')}) by Jane Roe`)).toEqual([
      ['https://x.org/a and more', 'Jane Roe'],
    ]);
  });

  it('leaves headings each with the address of its talk under it to the headings', () => {
    const notes = ['Alpha by ann_k', 'Beta by bo42', 'Gamma by cyd']
      .map((title, index) => `### ${title}\n\n${event(`talk-${index}`)}\n\nGood notes.\n`)
      .join('\n');
    expect(reading(notes)).toBeNull();
  });

  it('leaves links to other pages, links of no letters and links that name the page ("slides", "video")', () => {
    expect(
      talks(
        `[slides](${event('a')}) and [Video](${event('b')}) and [123](${event('c')}) and [Real](https://x.org/blog/a) and [Good one](${event('d')})`,
      ),
    ).toEqual([['Good one', null]]);
  });

  it('reads a name that ends in "on" whole: only the word "on" (or "about", "sobre") points at the link', () => {
    expect(talks(`by Ann Lee and Bob Jackson [Lazy images](${event('lazy')})`)).toEqual([
      ['Lazy images', 'Ann Lee and Bob Jackson'],
    ]);
    expect(talks(`by Jonas Roe [Lazy images](${event('lazy')})`)).toEqual([['Lazy images', 'Jonas Roe']]);
    expect(talks(`do Ana Simon, sobre [Lazy images](${event('lazy')})`)).toEqual([['Lazy images', 'Ana Simon']]);
    expect(talks(`by Jane Roe on [Lazy images](${event('lazy')})`)).toEqual([['Lazy images', 'Jane Roe']]);
    expect(talks(`by Jane Roe,sobre [Lazy images](${event('lazy')})`)).toEqual([['Lazy images', 'Jane Roe']]);
    expect(talks(`by Jane Roe on Monday: [Lazy images](${event('lazy')})`)).toEqual([['Lazy images', null]]);
    expect(talks(`by Jane Roe online [Lazy images](${event('lazy')})`)).toEqual([['Lazy images', null]]);
  });

  it('reads "by" in capitals, before or after the link', () => {
    expect(talks(`[Lazy images](${event('lazy')}), By Jane Roe`)).toEqual([['Lazy images', 'Jane Roe']]);
    expect(talks(`[Lazy images](${event('lazy')}) VON Jane Roe`)).toEqual([['Lazy images', 'Jane Roe']]);
    expect(talks(`By Jane Roe: [Lazy images](${event('lazy')})`)).toEqual([['Lazy images', 'Jane Roe']]);
    expect(talks(`DO Jane Roe, sobre [Lazy images](${event('lazy')})`)).toEqual([['Lazy images', 'Jane Roe']]);
  });

  it('reads no name before the link without a "by", nor from words after "by" that are no names', () => {
    expect(talks(`Jane Roe: [Lazy images](${event('lazy')})`)).toEqual([['Lazy images', null]]);
    expect(talks(`A talk by the team [Lazy images](${event('lazy')})`)).toEqual([['Lazy images', null]]);
    expect(talks(`A talk by [Lazy images](${event('lazy')})`)).toEqual([['Lazy images', null]]);
  });

  it('drops every mark after the names and collapses the spaces of titles and names', () => {
    expect(talks(`[ Lazy  images ](${event('lazy')}) by  Jane  Roe!!`)).toEqual([['Lazy images', 'Jane Roe']]);
    expect(talks(`by Jane Roe : [Lazy images](${event('lazy')})`)).toEqual([['Lazy images', 'Jane Roe']]);
    expect(talks(`by Jane Roe:: [Lazy images](${event('lazy')})`)).toEqual([['Lazy images', 'Jane Roe']]);
    expect(talks(`por  Ana  Lee ;; [Lazy images](${event('lazy')})`)).toEqual([['Lazy images', 'Ana Lee']]);
  });

  it('reads the names before a link only from the words after the link before it', () => {
    expect(talks(`by [Ann Lee](${event('a')}) [Beta two](${event('b')})`)).toEqual([
      ['Ann Lee', null],
      ['Beta two', null],
    ]);
    expect(talks(`by Jane Roe: [Alpha one](${event('a')}) and [Beta two](${event('b')})`)).toEqual([
      ['Alpha one', 'Jane Roe'],
      ['Beta two', null],
    ]);
  });

  it('ends the names at a full stop, not at a dot inside a word or an initial', () => {
    expect(talks(`[Lazy images](${event('lazy')}) by Jane O.Roe and Ann Lee`)).toEqual([
      ['Lazy images', 'Jane O.Roe and Ann Lee'],
    ]);
    expect(talks(`[Lazy images](${event('lazy')}) by Ann LEE. Bob Roe`)).toEqual([['Lazy images', 'Ann LEE']]);
    expect(talks(`[Lazy images](${event('lazy')}) by Ann U.S. Bob Roe`)).toEqual([['Lazy images', 'Ann U.S']]);
    expect(talks(`[Lazy images](${event('lazy')}) by Surma. Jane Roe spoke`)).toEqual([['Lazy images', null]]);
  });

  it('gives the name to the next link only when nothing but "about" or "on" stands between', () => {
    const next = `[Beta two](${event('b')})`;
    expect(talks(`[Alpha one](${event('a')}) by Jane Roe, whose talk was about ${next}`)[0]).toEqual([
      'Alpha one',
      'Jane Roe',
    ]);
    expect(talks(`[Alpha one](${event('a')}) by Jane Roe at PyCon`)).toEqual([['Alpha one', 'Jane Roe']]);
    expect(talks(`[Alpha one](${event('a')}) by Jane Roe, Lisbon`)).toEqual([['Alpha one', 'Jane Roe']]);
    expect(talks(`[Alpha one](${event('a')}) by Jane Roe on Monday.`)).toEqual([['Alpha one', 'Jane Roe']]);
    for (const between of [' , about ', ' ,about ', ' about', ' sobre '])
      expect(talks(`[Alpha one](${event('a')}) by Jane Roe${between}${next}`)).toEqual([
        ['Alpha one', null],
        ['Beta two', 'Jane Roe'],
      ]);
  });

  it('leaves a link whose words, trimmed, only name the page, and keeps a title that starts or ends with such a word', () => {
    expect(
      talks(
        `[ slides ](${event('a')}), [slide](${event('b')}), [Talking to machines](${event('c')}), [Small talk](${event('d')})`,
      ),
    ).toEqual([
      ['Talking to machines', null],
      ['Small talk', null],
    ]);
  });

  it('reads talks said in sentences, each with no notes yet, when no link names one', () => {
    const notes = parseNotes(
      'A palestra de Jane Roe sobre Python moderno. Depois, la charla de Ann Lee sobre el futuro de CSS.',
      'notes.md',
    );
    const said = talksOfParagraph(notes.tree.children[0] as Paragraph, notes.source);
    expect(said.map((talk) => [talk.text, talk.speakerHeading?.text, talk.body, talk.said])).toEqual([
      ['Python moderno', 'Jane Roe', [], true],
      ['futuro de CSS', 'Ann Lee', [], true],
    ]);
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

  it('compares a link with its heading folded: case, marks and runs of spaces aside, words kept apart', () => {
    const links = `[Beta two](${event('b')}), [Gamma three](${event('c')}), [Delta four](${event('d')})`;
    // Words of under four letters share no topic, so only the folded words can match.
    expect(reading(`# C\n\n## Go & Rx!\n\nSaw [go rx](${event('a')}), ${links}.\n`)?.evidence).toBe(3);
    expect(reading(`# C\n\n## Go 2 Rx\n\nSaw [go-2-rx](${event('a')}), ${links}.\n`)?.evidence).toBe(3);
    expect(reading(`# C\n\n## Go Rx\n\nSaw [GoRx](${event('a')}), ${links}.\n`)?.evidence).toBe(4);
    expect(reading(`# C\n\n## Straße\n\nSaw [STRASSE](${event('a')}), ${links}.\n`)?.evidence).toBe(4);
  });

  it('reads only paragraphs: a code block or a rule between them names no talk', () => {
    expect(
      reading(
        `# C\n\n## Day 1\n\nSaw [Alpha one](${event('a')}).\n\n\`\`\`\ncode\n\`\`\`\n\n---\n\nAnd [Beta two](${event('b')}), [Gamma three](${event('c')}).\n`,
      )?.evidence,
    ).toBe(3);
  });

  it('reads a file of talks said in sentences, each paragraph the notes of its first', () => {
    expect(
      reading(
        '# C\n\n## Dia 1\n\nA palestra de Jane Roe sobre Python moderno. Depois, a palestra de Ann Lee sobre CSS novo.\n',
      ),
    ).toEqual({
      evidence: 2,
      days: [
        [
          'Dia 1',
          [
            ['Python moderno', 1],
            ['CSS novo', 0],
          ],
        ],
      ],
    });
  });
});
