import { describe, expect, it } from 'vitest';
import { SURE_ITEMS_SHARE } from '../../src/model/reading/expandListTalks.js';
import { readNotes as read, talksByDay as days } from '../support/talksByDay.js';

/**
 * A "talk" among a day's talk headings whose heading names no one (`#### So many others...`), over a list whose items
 * each name a talk and its speaker: the author's round-up of more talks, each item a talk of that group.
 */

/** A day of two talk headings, then `heading` over `lines`. */
const dayWith = (heading: string, lines: string[]) =>
  [
    '## Day two',
    '#### Building Calm Systems by Jane Roe',
    '- a point',
    '#### Testing in Production by John Doe',
    '- a point',
    heading,
    'I could go on and on; here are some more.',
    '',
    ...lines,
  ].join('\n');

describe('a round-up of more talks under a heading that names no one', () => {
  it('reads items written with a handle, names joined or plain, as talks of the group; fillers are notes', () => {
    const text = dayWith('#### So many others...', [
      '- Maggie Pint ([@maggiepint](https://twitter.com/maggiepint)) - Patterns for Library Design',
      '  - She maintains moment.js',
      '- Rachel White ([@ohhoe](https://twitter.com/ohhoe)) - Keep the Internet Weird',
      '- Emil Bay ([@emilbayes](https://twitter.com/emilbayes)) - Keeping passwords safe',
      '- Zahra Jabini ([@ZeeJab](https://twitter.com/ZeeJab)) - Sequential Art, Comics & SVGs',
      '- Zachary Johnson & Andrew Reitano - [NESpectre](https://twitter.com/n): The Multi-Haunted NES',
      '- Lin Clark - A Cartoon Intro to WebAssembly.',
      '- ...',
      '- many many many more!',
    ]);
    expect(days(text)).toEqual([
      [
        'Day two',
        [
          'Building Calm Systems [Jane Roe] (null)',
          'Testing in Production [John Doe] (null)',
          'Patterns for Library Design [Maggie Pint] (So many others...)',
          'Keep the Internet Weird [Rachel White] (So many others...)',
          'Keeping passwords safe [Emil Bay] (So many others...)',
          'Sequential Art, Comics & SVGs [Zahra Jabini] (So many others...)',
          'NESpectre: The Multi-Haunted NES [Zachary Johnson, Andrew Reitano] (So many others...)',
          'A Cartoon Intro to WebAssembly. [Lin Clark] (So many others...)',
        ],
      ],
    ]);
    const conference = read(text);
    // The heading's own words open the day; the fillers stay with the last talk.
    expect(
      conference.days[0]!.intro.map((block) => (block.kind === 'paragraph' ? block.markdown : block.kind)),
    ).toEqual(['I could go on and on; here are some more.']);
    expect(JSON.stringify(conference.days[0]!.sessions.at(-1)!.blocks)).toContain('many many many more!');
  });

  it('reads such a round-up in German and Spanish', () => {
    const german = dayWith('#### Was ich sonst noch sah', [
      '- Testen im Betrieb von Jan Roe',
      '- Schnelle Builds von Eva Maier',
      '- Barrierefreiheit von Ute Berg',
      '- und viele mehr',
    ]);
    expect(days(german)[0]![1]).toEqual([
      'Building Calm Systems [Jane Roe] (null)',
      'Testing in Production [John Doe] (null)',
      'Testen im Betrieb [Jan Roe] (Was ich sonst noch sah)',
      'Schnelle Builds [Eva Maier] (Was ich sonst noch sah)',
      'Barrierefreiheit [Ute Berg] (Was ich sonst noch sah)',
    ]);
    const spanish = dayWith('#### Y además', [
      '- Ana Gómez (@agomez) - Charla sobre Vue',
      '- Luis Pérez (@lperez) - Accesibilidad real',
      '- Eva Ruiz (@eruiz) - Pruebas sin miedo',
      '- y muchas más',
    ]);
    expect(days(spanish)[0]![1]).toEqual([
      'Building Calm Systems [Jane Roe] (null)',
      'Testing in Production [John Doe] (null)',
      'Charla sobre Vue [Ana Gómez] (Y además)',
      'Accesibilidad real [Luis Pérez] (Y además)',
      'Pruebas sin miedo [Eva Ruiz] (Y además)',
    ]);
  });

  it(`needs ${SURE_ITEMS_SHARE * 100}% of the items, fillers apart, to name a speaker`, () => {
    const sure = ['- Ana Gómez (@agomez) - Charla sobre Vue', '- Luis Pérez (@lperez) - Accesibilidad real'];
    // 3 of 4 (75%): a group.
    const enough = dayWith('#### Y además', [...sure, '- Eva Ruiz (@eruiz) - Pruebas sin miedo', '- Una nota']);
    expect(days(enough)[0]![1]).toHaveLength(6);
    // 2 of 3 (67%): the heading's talk, the list its notes.
    const short = dayWith('#### Y además', [...sure, '- Una nota', '- ...']);
    expect(days(short)[0]![1]).toEqual([
      'Building Calm Systems [Jane Roe] (null)',
      'Testing in Production [John Doe] (null)',
      'Y además [] (null)',
    ]);
  });

  it('keeps the list of a heading that names its speaker, a panel or a talk mark as that talk’s notes', () => {
    const people = [
      '- Ana Gómez (@agomez) - Spec editing',
      '- Luis Pérez (@lperez) - Browser engines',
      '- Eva Ruiz (@eruiz) - Module loading',
    ];
    for (const heading of [
      '#### TC39 Panel',
      '#### Mesa redonda',
      '#### Talk 3: Open Source',
      '#### Módulos por Eva Ruiz',
    ])
      expect(days(dayWith(heading, people))[0]![1], heading).toHaveLength(3);
  });
});
