import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import {
  COMMA_SPEAKER_SHARE,
  commaSpeakerFirst,
  MIN_COMMA_SPEAKERS,
  MIN_COMMA_TITLE_WORDS,
  readCommaSpeakers,
} from '../../src/model/commaSpeakers.js';
import { buildOutline } from '../../src/model/outline.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** Talks of the whole model: [title, speakers]. */
function talks(text: string) {
  return buildConference(parseNotes(text, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name)]),
  );
}

/** Each section read by readCommaSpeakers alone, depth first: [text, the names it was given]. */
function read(text: string): [string, string[] | null][] {
  const notes = parseNotes(text, 'notes.md');
  const flat: [string, string[] | null][] = [];
  const walk = (sections: ReturnType<typeof readCommaSpeakers>) => {
    for (const section of sections) {
      flat.push([section.text, section.namedFirst?.map((speaker) => speaker.name) ?? null]);
      walk(section.children);
    }
  };
  walk(readCommaSpeakers(buildOutline(notes.tree.children, notes.source).sections, notes.source));
  return flat;
}

/** A panel of papers: `## Panel` over `### Name, Title` headings, each with a point of notes. */
function panel(name: string, papers: string[]): string {
  return [`## ${name}`, '', ...papers.flatMap((paper) => [`### ${paper}`, '', '+ a point of the paper', ''])].join(
    '\n',
  );
}

describe('commaSpeakerFirst: `Jane Roe, Title`', () => {
  it('reads the name before the first comma and the title after it, later commas kept', () => {
    expect(commaSpeakerFirst('Rachael Morton, Changing Perceptions of Quality, c.1674-1774')).toEqual({
      name: 'Rachael Morton',
      title: 'Changing Perceptions of Quality, c.1674-1774',
    });
    expect(commaSpeakerFirst('Ann van Allen-Russell, Imaginative Territory: J. C. Bach')).toEqual({
      name: 'Ann van Allen-Russell',
      title: 'Imaginative Territory: J. C. Bach',
    });
    expect(commaSpeakerFirst('Marie Curie, Les rayons et la matière')).toEqual({
      name: 'Marie Curie',
      title: 'Les rayons et la matière',
    });
    expect(commaSpeakerFirst('Jürgen Schmidt, „Agile Teams im Alltag“')?.name).toBe('Jürgen Schmidt');
  });

  it(`needs ${MIN_COMMA_TITLE_WORDS} words after the comma, opening as a title does`, () => {
    expect(MIN_COMMA_TITLE_WORDS).toBe(3);
    expect(commaSpeakerFirst('Jane Roe, Why Systems Fail?')?.title).toBe('Why Systems Fail?');
    expect(commaSpeakerFirst('Jane Roe, Why Systems?')).toBeNull();
    expect(commaSpeakerFirst('Jane Roe, on calm systems today')).toBeNull();
  });

  it('refuses a lead that is no name of two words: one word, an acronym, an organisation, a day or a slot', () => {
    expect(commaSpeakerFirst('Kubernetes, The Hard Way Again')).toBeNull();
    expect(commaSpeakerFirst('Dear AI, Which Tests Should Run?')).toBeNull();
    expect(commaSpeakerFirst('Example Labs, Our Year in Review')).toBeNull();
    expect(commaSpeakerFirst('Monday Morning, Coffee and Welcome Talk')).toBeNull();
    expect(commaSpeakerFirst('Track One, Building Calm Systems')).toBeNull();
    expect(commaSpeakerFirst('Title Without Comma')).toBeNull();
  });

  it('refuses a rest that names people, an organisation or a role, and a heading that names speakers already', () => {
    expect(commaSpeakerFirst('Jane Roe, John Doe and Ann Lee')).toBeNull();
    expect(commaSpeakerFirst('Jane Roe, Example Software Inc')).toBeNull();
    expect(commaSpeakerFirst('Jane Roe, Head of Research')).toBeNull();
    expect(commaSpeakerFirst('Jane Roe, Calm Systems at Scale - John Doe')).toBeNull();
  });
});

describe('commaSpeakerFirst: the edges of the shape', () => {
  it('splits at the first comma of the whole heading, whatever spaces are around it', () => {
    expect(commaSpeakerFirst('Leah Orr , Prices of English Books')).toEqual({
      name: 'Leah Orr',
      title: 'Prices of English Books',
    });
    expect(commaSpeakerFirst('Leah Orr,  Prices of English Books')?.title).toBe('Prices of English Books');
    // A heading that opens with its comma has no name before it; a heading of two lines is no such heading.
    expect(commaSpeakerFirst(', Leah Orr, Prices of English Books')).toBeNull();
    expect(commaSpeakerFirst('Leah Orr, Prices of English Books\nand more')).toBeNull();
  });

  it('counts the words of the title, not the spaces between them', () => {
    expect(commaSpeakerFirst('Leah Orr, Prices  English')).toBeNull();
  });

  it('needs a space in the name even where one word is a name (장현정)', () => {
    expect(commaSpeakerFirst('장현정, Prices of English Books')).toBeNull();
  });

  it('refuses an acronym anywhere in the lead', () => {
    expect(commaSpeakerFirst('ML Ops, Prices of English Books')).toBeNull();
    expect(commaSpeakerFirst('Leah AI Orr, Prices of English Books')).toBeNull();
  });

  it('needs the title to open as a title does, not only hold a capital', () => {
    expect(commaSpeakerFirst('Leah Orr, on Prices of English Books')).toBeNull();
  });

  it('refuses a rest that is a person and where they work, or a list of people with theirs', () => {
    // The first is read by parseSpeakers alone, the second by parseSpeakerList alone.
    expect(commaSpeakerFirst('Leah Orr, Ann Lee, Trinity College Dublin')).toBeNull();
    expect(commaSpeakerFirst('Leah Orr, Ann Lee (Acme Corp)')).toBeNull();
  });
});

describe('readCommaSpeakers: weighed over the file and each panel', () => {
  it(`reads ${MIN_COMMA_SPEAKERS} such headings in the file, not one`, () => {
    expect(MIN_COMMA_SPEAKERS).toBe(2);
    const one = panel('Panel A', ['Rachael Morton, Changing Perceptions of Quality']);
    expect(read(one)).toEqual([
      ['Panel A', null],
      ['Rachael Morton, Changing Perceptions of Quality', null],
    ]);
    // A panel of one paper still counts where another panel holds the second.
    const two = `${one}\n${panel('Panel B', ['Leah Orr, Prices of English Books'])}`;
    expect(read(two)).toEqual([
      ['Panel A', null],
      ['Changing Perceptions of Quality', ['Rachael Morton']],
      ['Panel B', null],
      ['Prices of English Books', ['Leah Orr']],
    ]);
  });

  it(`needs ${COMMA_SPEAKER_SHARE * 100}% of a panel's headings written so`, () => {
    expect(COMMA_SPEAKER_SHARE).toBe(0.6);
    const named = ['Rachael Morton, Changing Perceptions of Quality', 'Leah Orr, Prices of English Books'];
    // 3 of 5 (60%): read; 2 of 4 (50%): left as written.
    const five = panel('Panel', [
      ...named,
      'Gönül Bakay, The Levant Company Trade',
      'Opening remarks',
      'Closing remarks',
    ]);
    expect(read(five).filter(([, names]) => names !== null)).toHaveLength(3);
    const four = panel('Panel', [...named, 'Opening remarks', 'Closing remarks']);
    expect(read(four).filter(([, names]) => names !== null)).toHaveLength(0);
  });

  it('takes no lead whose words the notes write in lower case: a title opens with them', () => {
    const notes = [
      panel('Frontend', ['React Hooks, Suspense and Concurrent Mode', 'Web Components, Slots and Shadow Parts']),
      'The hooks and components we saw today.',
    ].join('\n');
    expect(read(notes).filter(([, names]) => names !== null)).toEqual([]);
  });
});

describe('readCommaSpeakers: names the notes write as words, sections named elsewhere', () => {
  const papers = [
    'Grace Hopper, Prices of English Books',
    'Leah Orr, Changing Perceptions of Quality',
    'Rachael Morton, The Levant Company Trade',
  ];

  it('takes no name one of whose words the notes write in lower case; each word counts', () => {
    const notes = `${panel('Panel', papers)}\nThe hopper was full.`;
    expect(read(notes)).toEqual([
      ['Panel', null],
      ['Grace Hopper, Prices of English Books', null],
      ['Changing Perceptions of Quality', ['Leah Orr']],
      ['The Levant Company Trade', ['Rachael Morton']],
    ]);
  });

  it('checks only the words of a name that open with a capital: particles are lower case anyway', () => {
    const papers = [
      'Ann van Allen, Prices of English Books',
      "Ana d'Oliveira Souza, The Levant Company Trade",
      'Leah Orr, Changing Perceptions of Quality',
    ];
    const notes = `${panel('Panel', papers)}\nThe van was late; see d'oliveira.`;
    expect(read(notes).filter(([, names]) => names !== null)).toEqual([
      ['Prices of English Books', ['Ann van Allen']],
      ['The Levant Company Trade', ["Ana d'Oliveira Souza"]],
      ['Changing Perceptions of Quality', ['Leah Orr']],
    ]);
  });

  it('counts a word the notes write only inside another word (a-hopper, x2hopper) as no lower-case word', () => {
    const notes = `${panel('Panel', papers)}\nSee a-hopper and x2hopper.`;
    expect(read(notes).filter(([, names]) => names !== null)).toHaveLength(3);
  });

  for (const mark of [
    { speakerHeading: { heading: 'Jane Roe', text: 'Jane Roe' } },
    { opensWithSpeaker: true },
    { opensWithName: true },
  ]) {
    it(`leaves a heading whose section names its speaker elsewhere (${Object.keys(mark)[0]}) as written`, () => {
      const notes = parseNotes(panel('Panel', papers), 'notes.md');
      const sections = buildOutline(notes.tree.children, notes.source).sections;
      sections[0]!.children[0] = { ...sections[0]!.children[0]!, ...mark };
      const read = readCommaSpeakers(sections, notes.source)[0]!.children;
      expect(read.map((section) => [section.text, section.namedFirst?.map((speaker) => speaker.name)])).toEqual([
        ['Grace Hopper, Prices of English Books', undefined],
        ['Changing Perceptions of Quality', ['Leah Orr']],
        ['The Levant Company Trade', ['Rachael Morton']],
      ]);
    });
  }

  it('returns a section it did not read, with no sections under it, as it was, not a copy', () => {
    const notes = parseNotes(
      `${panel('Panel', papers)}\n${panel('Closing', ['Opening remarks', 'Closing remarks'])}`,
      'notes.md',
    );
    const sections = buildOutline(notes.tree.children, notes.source).sections;
    const read = readCommaSpeakers(sections, notes.source);
    expect(read[1]!.children[0]).toBe(sections[1]!.children[0]);
    expect(read[0]!.children[0]).not.toBe(sections[0]!.children[0]);
  });
});

describe('buildConference: panels of `Name, Title` papers', () => {
  it('reads each paper as a talk of its speaker, the panels as groups (English)', () => {
    const notes = [
      '# Society Conference',
      '',
      panel('Cultures of Trade', [
        'Rachael Morton, Changing Perceptions of Quality in Metalware',
        'Gönül Bakay, The Levant Company and Its Factors',
      ]),
      panel('The Value of Books', ['Leah Orr, Prices of English Books at Auction']),
    ].join('\n');
    expect(talks(notes)).toEqual([
      ['Changing Perceptions of Quality in Metalware', ['Rachael Morton']],
      ['The Levant Company and Its Factors', ['Gönül Bakay']],
      ['Prices of English Books at Auction', ['Leah Orr']],
    ]);
  });

  it('reads French and Spanish programmes so', () => {
    const french = panel('Atelier', ['Marie Curie, Les rayons et la matière', 'Paul Langevin, Une histoire des ondes']);
    expect(talks(french)).toEqual([
      ['Les rayons et la matière', ['Marie Curie']],
      ['Une histoire des ondes', ['Paul Langevin']],
    ]);
    const spanish = panel('Mesa redonda', [
      'Ana García, La imprenta en Sevilla',
      'Luis Pérez, Libros y lectores del siglo',
    ]);
    expect(talks(spanish)).toEqual([
      ['La imprenta en Sevilla', ['Ana García']],
      ['Libros y lectores del siglo', ['Luis Pérez']],
    ]);
  });

  it('keeps a speaker named under the heading: the words before the comma were the title’s', () => {
    const notes = [
      '## Panel',
      '',
      '### Alan Turing, Enigma and the Birth of Computing',
      '',
      'Speaker: Jane Roe',
      '',
      '+ a point',
      '',
      '### Ada Lovelace, Notes on the Analytical Engine',
      '',
      'Speaker: John Doe',
      '',
      '+ a point',
    ].join('\n');
    expect(talks(notes).map(([, speakers]) => speakers)).toEqual([['Jane Roe'], ['John Doe']]);
  });
});
