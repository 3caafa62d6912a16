import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/**
 * Talks written at their day's level, the last ones with no speaker (issue 13, class 3): `## Day Two`, then
 * `## Title by Jane Roe` talks, then `## Cache is King` with notes and no speaker. Beside the talks at that level, such
 * a section is a talk too, unless it is named as an aside (`Summary`), which closes the run; a section whose own
 * sub-headings sit a rank below the talks' parts is a part of the talk before, its heading risen a rank.
 */
const read = (text: string) => buildConference(parseNotes(text, 'notes.md'));
const sessions = (text: string) =>
  read(text).days.map((day) => [
    day.title,
    day.sessions.map((session) => `${session.title} [${session.speakers.map((speaker) => speaker.name).join(', ')}]`),
  ]);
const extras = (text: string) => read(text).extras.map((extra) => extra.title);

describe('sections at the level of talks written at their day’s level', () => {
  it('reads sections with notes after the talks as talks, up to an aside', () => {
    const text = [
      '# RubyConf 2018',
      '## RubyConf Day Two',
      '## Building Communities by Jane Roe',
      '- a point',
      '### Slides',
      '- a link',
      '## Subclassing Hash - John Doe',
      '- a point',
      '## Cache is King: Get the Most From Ruby',
      '### CPU in Database',
      '- a point',
      '## Make Ruby Write Your Code',
      '- a point',
      '## Summary',
      'A good day.',
      '## Hotel',
      'Nice.',
    ].join('\n');
    expect(sessions(text)).toEqual([
      [
        'RubyConf Day Two',
        [
          'Building Communities [Jane Roe]',
          'Subclassing Hash [John Doe]',
          'Cache is King: Get the Most From Ruby []',
          'Make Ruby Write Your Code []',
        ],
      ],
    ]);
    expect(extras(text)).toEqual(['Summary', 'Hotel']);
  });

  it('ends the run at a conclusion about the event, in Portuguese', () => {
    const text = [
      '### Segundo Dia — Terça Feira',
      '### Refactoring em Sistemas Legados — [Davi Moreira](https://twitter.com/devdrops)',
      '- um ponto',
      '### Sem orador anunciado',
      '- um ponto',
      '### Conclusões sobre o PHP Experience 2018',
      'Foi ótimo.',
    ].join('\n');
    expect(sessions(text)).toEqual([
      ['Segundo Dia — Terça Feira', ['Refactoring em Sistemas Legados [Davi Moreira]', 'Sem orador anunciado []']],
    ]);
    expect(extras(text)).toEqual(['Conclusões sobre o PHP Experience 2018']);
  });

  it('reads a section between such talks as a talk, in another language', () => {
    const text = [
      '## Jour 2',
      '## Les tests par Marie Curie',
      '- un point',
      '## Sans orateur annoncé',
      '- un point',
      '## Le cache par Pierre Dupont',
      '- un point',
      '## Conclusion',
      'Bien.',
    ].join('\n');
    expect(sessions(text)).toEqual([
      ['Jour 2', ['Les tests [Marie Curie]', 'Sans orateur annoncé []', 'Le cache [Pierre Dupont]']],
    ]);
    expect(extras(text)).toEqual(['Conclusion']);
  });

  it('leaves a section without notes, and one after an aside, out of the talks', () => {
    const text = [
      '## Day 2',
      '## Building Communities by Jane Roe',
      '- a point',
      '## Empty Heading',
      '## Wrap-up',
      'Done.',
      '## Make Ruby Write Your Code',
      '- a point',
    ].join('\n');
    expect(sessions(text)).toEqual([['Day 2', ['Building Communities [Jane Roe]']]]);
    expect(extras(text)).toEqual(['Empty Heading', 'Wrap-up', 'Make Ruby Write Your Code']);
  });

  it('needs the talks before at its level: after a day of H3 talks, an H2 stays an aside', () => {
    const text = [
      '## Day 2',
      '### Building Communities by Jane Roe',
      '- a point',
      '### Subclassing Hash - John Doe',
      '- a point',
      '## Make Ruby Write Your Code',
      '- a point',
    ].join('\n');
    expect(sessions(text)).toEqual([['Day 2', ['Building Communities [Jane Roe]', 'Subclassing Hash [John Doe]']]]);
    expect(extras(text)).toEqual(['Make Ruby Write Your Code']);
  });
});

describe('a part of a talk whose heading rose to the talks’ level', () => {
  it('keeps it in the talk before when its sub-headings sit below that talk’s parts, and says so', () => {
    const text = [
      '## Day 2',
      '## Subclassing Hash by Jane Roe',
      '- about the hashie gem',
      '### To err is human',
      '- three bugs',
      '## Indifferent access',
      '```ruby',
      'hash[:cat]',
      '```',
      '#### Why was this a problem?',
      '- Hash has 178 public methods',
      '## Make Ruby Write Your Code by John Doe',
      '- a point',
    ].join('\n');
    const conference = read(text);
    expect(sessions(text)).toEqual([
      ['Day 2', ['Subclassing Hash [Jane Roe]', 'Make Ruby Write Your Code [John Doe]']],
    ]);
    const hash = conference.days[0]!.sessions[0]!;
    expect(hash.blocks.some((block) => block.kind === 'code' && block.code.includes('hash[:cat]'))).toBe(true);
    expect(conference.warnings.map((warning) => warning.message)).toContain(
      "Read `Indifferent access` as a part of `Subclassing Hash by Jane Roe` (its sub-headings sit below that talk's parts)",
    );
  });

  it('reads it as a talk when its sub-headings sit at the talks’ parts rank, or the talk before has no parts', () => {
    const atParts = [
      '## Day 2',
      '## Subclassing Hash by Jane Roe',
      '### To err is human',
      '- three bugs',
      '## Indifferent access',
      '### Why was this a problem?',
      '- a point',
    ].join('\n');
    expect(sessions(atParts)).toEqual([['Day 2', ['Subclassing Hash [Jane Roe]', 'Indifferent access []']]]);
    const noParts = [
      '## Day 2',
      '## Subclassing Hash by Jane Roe',
      '- three bugs',
      '## Indifferent access',
      '#### Why was this a problem?',
      '- a point',
    ].join('\n');
    expect(sessions(noParts)).toEqual([['Day 2', ['Subclassing Hash [Jane Roe]', 'Indifferent access []']]]);
  });
});
