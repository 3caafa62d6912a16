import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { MIN_PANELLISTS } from '../../src/model/oneTalk.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/**
 * A panel's notes (issue 13, corpus 163): the post's title names the panel, its subtitle lists the panellists, and
 * each panellist's remarks get a section named by them (`### Donna Murch`, `### Stefano & Fred`, `#### Stefano:`).
 * One talk with its panel as speakers, not a talk per panellist.
 */
const talks = (text: string) =>
  buildConference(parseNotes(text, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name)]),
  );

const panel = (subtitle: string, sections: string[]) =>
  [
    '---',
    'title: "The University in Theory"',
    `subtitle: "${subtitle}"`,
    '---',
    '',
    ...sections.flatMap((section) => [`### ${section}`, '', `Remarks of ${section}.`, '']),
    '## Questions / Discussion',
    '',
    'What next?',
  ].join('\n');

describe('a panel', () => {
  it('is one talk, its subtitle the panel and each panellist a part of it', () => {
    expect(MIN_PANELLISTS).toBe(2);
    expect(
      talks(
        panel('Sunaina Maira, Fred Moten, Donna Murch, & Stefano Harney', [
          'Fred Moten & Stefano Harney',
          'Stefano & Fred',
          'Donna Murch',
          'Sunaina Maira:',
        ]),
      ),
    ).toEqual([['The University in Theory', ['Sunaina Maira', 'Fred Moten', 'Donna Murch', 'Stefano Harney']]]);
    expect(talks(panel('Ana Pérez and Luis Gómez', ['Ana', 'Luis Gómez', 'Ana / Luis']))).toEqual([
      ['The University in Theory', ['Ana Pérez', 'Luis Gómez']],
    ]);
  });

  it('needs a subtitle of two names or more, nothing else in it', () => {
    const asBefore = [
      ['Donna Murch', ['Donna Murch']],
      ['Fred Moten', ['Fred Moten']],
      ['Questions / Discussion', []],
    ];
    // One name: no panel, each section a talk as before; nor is a subtitle that is a sentence.
    expect(talks(panel('Donna Murch', ['Donna Murch', 'Fred Moten']))).toEqual(asBefore);
    expect(talks(panel('Notes from the plenary of the day', ['Donna Murch', 'Fred Moten']))).toEqual(asBefore);
    expect(talks(panel('Donna Murch, Fred Moten', ['Donna Murch', 'Fred Moten']))).toEqual([
      ['The University in Theory', ['Donna Murch', 'Fred Moten']],
    ]);
  });
});

describe("one talk's post filed under its conference", () => {
  const titled = (filing: string) =>
    buildConference(
      parseNotes(
        [
          '---',
          'title: "The University in Theory"',
          'subtitle: "Donna Murch, Fred Moten"',
          filing,
          '---',
          '',
          '### Donna Murch',
          '',
          'Remarks.',
        ].join('\n'),
        'notes.md',
      ),
    ).title;

  it('is named by the first category or tag that names an event with its year', () => {
    expect(titled('categories: [Events, Cultural Studies Association 2015]')).toBe('Cultural Studies Association 2015');
    expect(titled('category: PyCon 2014')).toBe('PyCon 2014');
    expect(titled('tags: [notes, RubyConf 2020]')).toBe('RubyConf 2020');
    // Categories that name no event leave the talk's own title.
    expect(titled('categories: [Events, Blog]')).toBe('The University in Theory');
    expect(titled('categories: 2015')).toBe('The University in Theory');
  });
});
