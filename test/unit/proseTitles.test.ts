import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import type { TalkSource } from '../../src/model/inferStructure.js';
import { MIN_PROSE_TITLES, proseTitle, readProseTitles } from '../../src/model/speakers/proseTitles.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

// Issue 13: headings of the author's own topics ("## DIY renewable energy") over notes whose first sentence says the
// talk's real title and who gave it ("Next up was _Moving Energy Into the Cloud_ by [Jane Roe](…)").

/** What the notes `markdown` (a talk's body) say of its title, as "Title | speakers", or null. */
function said(markdown: string): string | null {
  const found = proseTitle(parseMarkdown(markdown).children as RootContent[]);
  return found && `${found.title} | ${found.speakers.map((speaker) => speaker.name).join(', ')}`;
}

/** Each talk as "Title | speakers | heading as written". */
function talksIn(markdown: string): string[] {
  return buildConference(parseNotes(markdown, 'notes.md')).days.flatMap((day) =>
    day.sessions.map(
      (session) =>
        `${session.title} | ${session.speakers.map((speaker) => speaker.name).join(', ')} | ${session.heading}`,
    ),
  );
}

describe('proseTitle', () => {
  it('reads a title in emphasis or quotes, then "by" and names, linked or not, in the first sentence', () => {
    expect(said('Next up was _Moving Energy Into the Cloud_ by [Jane Roe](https://twitter.com/jroe) from Acme.')).toBe(
      'Moving Energy Into the Cloud | Jane Roe',
    );
    expect(said('I went to *How to defeat feature gluttony?*, done by Jane Roe. It was fun.')).toBe(
      'How to defeat feature gluttony? | Jane Roe',
    );
    expect(said('I attended “Speed, scale, query” presented by Jane Roe and [John Doe](https://x.org) of Acme.')).toBe(
      'Speed, scale, query | Jane Roe, John Doe',
    );
    expect(said('Then **Fast Builds Everywhere** by Jane Roe, John Doe and Ann Lee.')).toBe(
      'Fast Builds Everywhere | Jane Roe, John Doe, Ann Lee',
    );
  });

  it('reads the same in other languages', () => {
    expect(said('Asistí a la charla _Tests de integración_ de Ana Gómez y Luis Pérez.')).toBe(
      'Tests de integración | Ana Gómez, Luis Pérez',
    );
    expect(said('Ensuite « Le futur du web » présenté par Marie Curie.')).toBe('Le futur du web | Marie Curie');
    expect(said('Danach kam „Typen überall“ von Hans Müller.')).toBe('Typen überall | Hans Müller');
    expect(said('Poi _Il futuro del web_ tenuto da Giorgio Rossi.')).toBe('Il futuro del web | Giorgio Rossi');
    expect(said('Depois _O futuro da web_ apresentado por João Silva.')).toBe('O futuro da web | João Silva');
  });

  it('looks in the first two blocks only, at the first paragraph there', () => {
    expect(said('![photo](a.png)\n\nThen _Fast Builds Everywhere_ by Jane Roe.')).toBe(
      'Fast Builds Everywhere | Jane Roe',
    );
    expect(said('- a point\n\nThen _Fast Builds Everywhere_ by Jane Roe.')).toBe('Fast Builds Everywhere | Jane Roe');
    expect(said('- a point\n\n- another\n\n```\ncode\n```\n\nThen _Fast Builds_ by Jane Roe.')).toBeNull();
    expect(said('Some words.\n\nThen _Fast Builds Everywhere_ by Jane Roe.')).toBeNull();
  });

  it('is null after the first sentence, for a title of one word, or without a name after "by"', () => {
    expect(said('We arrived late. Then _Fast Builds Everywhere_ by Jane Roe.')).toBeNull();
    expect(said('Then _Kubernetes_ by Jane Roe.')).toBeNull();
    expect(said('Then _Fast Builds Everywhere_ by design, sadly.')).toBeNull();
    expect(said('Then _Fast Builds Everywhere_ by Acme.')).toBeNull();
    expect(said('Then _Fast Builds Everywhere_ with Jane Roe.')).toBeNull();
    expect(said('Jane Roe talked about builds.')).toBeNull();
  });
});

describe('proseTitle at its edges', () => {
  it('reads a paragraph that opens with the title, or holds a picture beside its words', () => {
    expect(said('_Fast Builds Everywhere_ by Jane Roe, first up.')).toBe('Fast Builds Everywhere | Jane Roe');
    expect(said('![photo](a.png) Then _Fast Builds Everywhere_ by Jane Roe.')).toBe(
      'Fast Builds Everywhere | Jane Roe',
    );
  });

  it('passes over a paragraph of pictures on two lines', () => {
    expect(said('![a](a.png)\n![b](b.png)\n\nThen _Fast Builds Everywhere_ by Jane Roe.')).toBe(
      'Fast Builds Everywhere | Jane Roe',
    );
  });

  it('gives the title with its spaces made single', () => {
    expect(said('Then _Fast  Builds   Everywhere_ by Jane Roe.')).toBe('Fast Builds Everywhere | Jane Roe');
  });

  it('is null after a sentence that ends right before the title, or after an emphasised one', () => {
    expect(said('We came late.*Fast Builds Everywhere* by Jane Roe.')).toBeNull();
    expect(said('_We came late!_ Then _Fast Builds Everywhere_ by Jane Roe.')).toBeNull();
    // An emphasised run that ends no sentence.
    expect(said('_Wow_ then _Fast Builds Everywhere_ by Jane Roe.')).toBe('Fast Builds Everywhere | Jane Roe');
  });
});

describe('readProseTitles over talks read already', () => {
  /** A talk under the heading `heading` whose notes are `markdown`. */
  const talk = (heading: string, markdown: string): TalkSource => ({
    heading: `## ${heading}`,
    text: heading,
    line: 1,
    body: parseMarkdown(markdown).children as RootContent[],
    group: null,
  });
  const titles = (days: { talks: TalkSource[] }[]) =>
    days[0]!.talks.map((each) => `${each.text} | ${(each.speakers ?? []).map((speaker) => speaker.name).join(', ')}`);

  it('keeps a talk whose reading found its speakers, or whose heading of its own named them', () => {
    const read = talk('Cloud energy', 'Then _Moving Energy Into the Cloud_ by Ann Lee.');
    read.speakers = [{ name: 'Jane Roe', org: null }];
    const headed = talk('Feature gluttony', 'I joined _How to defeat feature gluttony?_ by Ann Lee.');
    headed.speakerHeading = { heading: '# Kim Lee', text: 'Kim Lee' };
    const days = [
      {
        talks: [
          talk('DIY energy', 'Then _Fast Builds Everywhere_ by Jane Roe.'),
          talk('Requirements', 'I joined _Speed, scale, query_ by John Doe.'),
          read,
          headed,
        ],
      },
    ];
    expect(titles(readProseTitles(days))).toEqual([
      'Fast Builds Everywhere | Jane Roe',
      'Speed, scale, query | John Doe',
      'Cloud energy | Jane Roe',
      'Feature gluttony | ',
    ]);
  });
});

describe('readProseTitles over a file', () => {
  const notes = (count: number) =>
    [
      '# Conf 2016',
      '',
      '## DIY renewable energy',
      '',
      'Next up was _Moving Energy Into the Cloud_ by [Jane Roe](https://twitter.com/jroe). I liked it.',
      '',
      '## At war with requirements',
      '',
      'I joined _How to defeat feature gluttony?_ by Kim Lee. Good ideas.',
      '',
      '## Multipotent NoSQL',
      '',
      'I attended “Speed, scale, query” done by Ann Lee and John Doe. Too many details.',
      '',
    ]
      .slice(0, 2 + count * 4)
      .concat(['## How Spotify models microservices', '', 'Back to microservices: a talk about System-Z.', ''])
      .join('\n');

  it(`takes the said titles and speakers where ${MIN_PROSE_TITLES} talks or more say them, the heading kept as written`, () => {
    expect(talksIn(notes(MIN_PROSE_TITLES))).toEqual([
      'Moving Energy Into the Cloud | Jane Roe | DIY renewable energy',
      'How to defeat feature gluttony? | Kim Lee | At war with requirements',
      'How Spotify models microservices |  | How Spotify models microservices',
    ]);
    expect(talksIn(notes(3))[2]).toBe('Speed, scale, query | Ann Lee, John Doe | Multipotent NoSQL');
  });

  it(`keeps the headings where fewer than ${MIN_PROSE_TITLES} talks say so`, () => {
    expect(talksIn(notes(MIN_PROSE_TITLES - 1))).toEqual([
      'DIY renewable energy |  | DIY renewable energy',
      'How Spotify models microservices |  | How Spotify models microservices',
    ]);
  });

  it('keeps a heading that names its speakers', () => {
    const markdown = notes(MIN_PROSE_TITLES).replace('## DIY renewable energy', '## Cloud energy - Jane Roe');
    expect(talksIn(markdown)[0]).toBe('Cloud energy | Jane Roe | Cloud energy - Jane Roe');
  });
});
