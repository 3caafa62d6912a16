import { describe, expect, it } from 'vitest';
import { readNotes as read, talksByDay as days } from '../support/talksByDay.js';

/**
 * A section named as a group of talks (`### Ignite Talks`) with no sub-headings, inside a day whose other talks are
 * headings, over a list whose items read as talks (a link, a speaker, a time): the items are talks of that group; the
 * section's other notes open the day. Short lines alone do not make talks here.
 */

describe('talks listed under a group heading among talk headings', () => {
  it('reads the items of an ignite list as talks of the day, after its talk headings', () => {
    const text = [
      '## Day 2',
      '### Building Calm Systems - Jane Roe',
      '- a point',
      '### Testing in Production - John Doe',
      '- a point',
      '### Ignite Talks',
      'Six minutes each, twenty slides.',
      '',
      '- [Ann Lee - Document Writing in CI](talks/ci.md)',
      '- [Bob Stone - Imposter Syndrome](talks/imposter.md)',
      '- [Cleo Park - Breaking Brooks’ Law](talks/brooks.md)',
    ].join('\n');
    const conference = read(text);
    expect(days(text)).toEqual([
      [
        'Day 2',
        [
          'Building Calm Systems [Jane Roe] (null)',
          'Testing in Production [John Doe] (null)',
          'Document Writing in CI [Ann Lee] (Ignite Talks)',
          'Imposter Syndrome [Bob Stone] (Ignite Talks)',
          'Breaking Brooks’ Law [Cleo Park] (Ignite Talks)',
        ],
      ],
    ]);
    expect(
      conference.days[0]!.intro.map((block) => (block.kind === 'paragraph' ? block.markdown : block.kind)),
    ).toEqual(['Six minutes each, twenty slides.']);
  });

  it('reads lightning talks with times in another language', () => {
    const text = [
      '## Jour 1',
      '### Les tests par Marie Curie',
      '- un point',
      '### Lightning talks',
      '- 17:00 Le cache',
      '- 17:05 Les files',
      '- 17:10 Les index',
    ].join('\n');
    expect(days(text)).toEqual([
      [
        'Jour 1',
        [
          'Les tests [Marie Curie] (null)',
          'Le cache [] (Lightning talks)',
          'Les files [] (Lightning talks)',
          'Les index [] (Lightning talks)',
        ],
      ],
    ]);
  });

  it('keeps a list of short notes under such a heading as its notes, and a heading that is no group as a talk', () => {
    const notes = [
      '## Day 2',
      '### Building Calm Systems - Jane Roe',
      '- a point',
      '### Lightning Talks',
      '- cat robots',
      '- a song',
      '- rust on mainframes',
    ].join('\n');
    expect(days(notes)).toEqual([['Day 2', ['Building Calm Systems [Jane Roe] (null)', 'Lightning Talks [] (null)']]]);
    const notGroup = [
      '## Day 2',
      '### Building Calm Systems - Jane Roe',
      '- a point',
      '### Testing in Production - John Doe',
      '- a point',
      '### Service Mesh Patterns - Ann Lee',
      '- a point',
      '### Rust on Mainframes - Dan Ray',
      '- a point',
      '### Favourites',
      '- [Ann Lee - Document Writing in CI](talks/ci.md)',
      '- [Bob Stone - Imposter Syndrome](talks/imposter.md)',
      '- [Cleo Park - Breaking Brooks’ Law](talks/brooks.md)',
    ].join('\n');
    expect(days(notGroup)).toEqual([
      [
        'Day 2',
        [
          'Building Calm Systems [Jane Roe] (null)',
          'Testing in Production [John Doe] (null)',
          'Service Mesh Patterns [Ann Lee] (null)',
          'Rust on Mainframes [Dan Ray] (null)',
          'Favourites [] (null)',
        ],
      ],
    ]);
  });
});
