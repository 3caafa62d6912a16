import { describe, expect, it } from 'vitest';
import { parseLinkedSpeakers, parseMarkedTitle, parseSessionHeading } from '../../src/model/sessionHeading.js';

describe('parseLinkedSpeakers: names linked to a social profile at the end of a heading', () => {
  it('reads one or more linked names after a comma or a dash', () => {
    expect(parseLinkedSpeakers('Off the Tracks, [Jane Roe](https://twitter.com/j_roe)')).toEqual({
      title: 'Off the Tracks',
      speakers: [{ name: 'Jane Roe', org: null }],
    });
    expect(
      parseLinkedSpeakers(
        'Learning in Five Months - [Ann Lee](https://x.com/alee) & [John Doe](https://www.linkedin.com/in/jdoe)',
      ),
    ).toEqual({
      title: 'Learning in Five Months',
      speakers: [
        { name: 'Ann Lee', org: null },
        { name: 'John Doe', org: null },
      ],
    });
    expect(parseLinkedSpeakers('Keynote: Y-NOT, Adventures in FP, [Jean Dupont](http://twitter.com/jd)')?.title).toBe(
      'Keynote: Y-NOT, Adventures in FP',
    );
  });

  it('is null for a link to another site, a one-word name, or words that are no name', () => {
    expect(parseLinkedSpeakers('Service Mesh, [Mesh Patterns](https://github.com/mesh)')).toBeNull();
    expect(parseLinkedSpeakers('Service Mesh, [jroe](https://twitter.com/jroe)')).toBeNull();
    expect(parseLinkedSpeakers('Service Mesh, [the slides](https://twitter.com/jroe)')).toBeNull();
    expect(parseLinkedSpeakers('[Jane Roe](https://twitter.com/jroe)')).toBeNull();
  });
});

describe('an emphasized title beside linked names', () => {
  it('reads the link as its words, even when its URL holds "_"', () => {
    expect(parseMarkedTitle('*Mind your Metaphors* - [Ann Lee](https://twitter.com/a_lee)')).toEqual({
      title: 'Mind your Metaphors',
      speakers: [{ name: 'Ann Lee', org: null }],
    });
    expect(parseMarkedTitle('*Hypermedia APIs*, [Jean Dupont](https://twitter.com/jdupont)')?.speakers).toEqual([
      { name: 'Jean Dupont', org: null },
    ]);
  });
});

describe('a name, handles and organisations set apart by bars', () => {
  it('reads the quoted title and the name before it, handles dropped, organisations kept', () => {
    expect(parseMarkedTitle('Jane Roe | @jroe | Example Corp | "Impossible Programs"')).toEqual({
      title: 'Impossible Programs',
      speakers: [{ name: 'Jane Roe', org: 'Example Corp' }],
    });
    expect(parseMarkedTitle('John Doe | @jdoe | "Banjo Grammar"')).toEqual({
      title: 'Banjo Grammar',
      speakers: [{ name: 'John Doe', org: null }],
    });
    expect(parseMarkedTitle('Jeanne Dupont | Exemple SA | « Tests sans peine »')?.speakers).toEqual([
      { name: 'Jeanne Dupont', org: 'Exemple SA' },
    ]);
  });

  it('reads an unquoted title last when a handle says the first part is a person', () => {
    expect(parseSessionHeading('Tea Ho | @teabait | example.org | Accessibility')).toEqual({
      title: 'Accessibility',
      speakers: [{ name: 'Tea Ho', org: 'example.org' }],
    });
    // no handle: bars may part a title and its subtitle
    expect(parseSessionHeading('Service Mesh | Patterns | Pitfalls').speakers).toEqual([]);
    // the first part is no name
    expect(parseSessionHeading('Service mesh | @mesh | Patterns').speakers).toEqual([]);
  });
});
