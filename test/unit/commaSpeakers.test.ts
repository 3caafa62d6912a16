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
