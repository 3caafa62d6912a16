import { describe, expect, it } from 'vitest';
import type { TalkSource } from '../../src/model/inferStructure.js';
import { readHeadingSeries } from '../../src/model/reading/headingSeries.js';
import { parseLinkedSpeakers } from '../../src/model/sessionHeading.js';

/** A talk whose heading is written `heading` (Markdown), its text the heading's words. */
const talk = (heading: string): TalkSource => ({
  heading,
  text: heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'),
  line: 1,
  body: [],
  group: null,
});

/** Each talk as [its text, its speakers' names]. */
const read = (headings: string[]) =>
  readHeadingSeries(headings.map(talk)).map((found) => [
    found.text,
    (found.speakers ?? []).map((speaker) => speaker.name),
  ]);

describe('talk headings that end with a linked name, weighed over the day', () => {
  it('reads a name linked to any site, or to none, where half of the headings or more link a profile so', () => {
    expect(
      read([
        'Off the Tracks, [Jane Roe](https://twitter.com/jroe)',
        'Calm Systems, [John Doe](https://johndoe.org)',
        'Sleep!, [Ann Lee]()',
        'Rescuing Queues, [Bo Li](https://twitter.com/boli)',
      ]),
    ).toEqual([
      // The profile-linked ones are read later, by toSession (parseLinkedSpeakers): the series leaves them.
      ['Off the Tracks, Jane Roe', []],
      ['Calm Systems', ['John Doe']],
      ['Sleep!', ['Ann Lee']],
      ['Rescuing Queues, Bo Li', []],
    ]);
  });

  it('needs MIN_SERIES profile links and half of the headings', () => {
    const one = [
      'Off the Tracks, [Jane Roe](https://twitter.com/jroe)',
      'Calm Systems, [John Doe](https://johndoe.org)',
    ];
    expect(read(one)[1]).toEqual(['Calm Systems, John Doe', []]);
    const few = [
      'Off the Tracks, [Jane Roe](https://twitter.com/jroe)',
      'Rescuing Queues, [Bo Li](https://twitter.com/boli)',
      'Calm Systems, [John Doe](https://johndoe.org)',
      'Fast Builds',
      'Slow Tests',
    ];
    expect(read(few)[2]).toEqual(['Calm Systems, John Doe', []]);
    expect(read(few.slice(0, 4))[2]).toEqual(['Calm Systems', ['John Doe']]);
  });

  it('still takes no project for a person: one word, or words that are no name', () => {
    const day = [
      'Off the Tracks, [Jane Roe](https://twitter.com/jroe)',
      'Rescuing Queues, [Bo Li](https://twitter.com/boli)',
      'Service Mesh, [linkerd](https://github.com/linkerd)',
      'Service Mesh, [the slides](https://x.org/s.pdf)',
    ];
    expect(read(day).slice(2)).toEqual([
      ['Service Mesh, linkerd', []],
      ['Service Mesh, the slides', []],
    ]);
  });

  it('keeps a link to another site, or no address, out of a heading read alone', () => {
    expect(parseLinkedSpeakers('Calm Systems, [John Doe](https://johndoe.org)')).toBeNull();
    expect(parseLinkedSpeakers('Sleep!, [Ann Lee]()')).toBeNull();
    expect(parseLinkedSpeakers('Sleep!, [Ann Lee]()', { anySite: true })).toEqual({
      title: 'Sleep!',
      speakers: [{ name: 'Ann Lee', org: null }],
    });
  });
});
