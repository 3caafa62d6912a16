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
      'Y-NOT, Adventures in FP',
    );
  });

  it('reads a name linked to a Medium profile, written in lower case too', () => {
    expect(
      parseLinkedSpeakers('A Tale of Two Async (keynote) — [ashley williams](https://medium.com/u/1978eb600702)'),
    ).toEqual({ title: 'A Tale of Two Async (keynote)', speakers: [{ name: 'ashley williams', org: null }] });
    expect(parseLinkedSpeakers('Colas sin miedo - [Ana Gómez](https://medium.com/@agomez)')?.speakers).toEqual([
      { name: 'Ana Gómez', org: null },
    ]);
    // In lower case only where the link goes to a profile; capitals mixed in are read as written.
    expect(parseLinkedSpeakers('Service Mesh, [ashley williams](https://ashley.example.org)')).toBeNull();
    expect(parseLinkedSpeakers('Service Mesh, [ashley Williams](https://twitter.com/ag)')).toBeNull();
    expect(parseLinkedSpeakers('Service Mesh, [the slides](https://medium.com/u/1978eb600702)')).toBeNull();
    expect(parseLinkedSpeakers('Service Mesh, [Mesh Patterns](https://medium.com/some-post-1978eb600702)')).toBeNull();
  });

  it('reads linked names after "with" in several languages, a handle after "a.k.a." dropped', () => {
    expect(
      parseLinkedSpeakers(
        'Special mention — Vue+Webpack meetup with [Sean T. Larkin](https://medium.com/u/39) and [Eduardo San Martin](https://medium.com/u/fc) (a.k.a. [posva](https://twitter.com/posva))',
      ),
    ).toEqual({
      title: 'Special mention — Vue+Webpack meetup',
      speakers: [
        { name: 'Sean T. Larkin', org: null },
        { name: 'Eduardo San Martin', org: null },
      ],
    });
    expect(
      parseLinkedSpeakers('Kamingespräch mit [Jan Roe](https://twitter.com/jr) und [Eva Maier](https://x.com/em)')
        ?.speakers,
    ).toEqual([
      { name: 'Jan Roe', org: null },
      { name: 'Eva Maier', org: null },
    ]);
    expect(
      parseLinkedSpeakers('Charla con [Ana Gómez](https://twitter.com/ag) (aka [@agomez](https://twitter.com/ag))')
        ?.title,
    ).toBe('Charla');
    // "with" inside a word, or a link to no profile, names no one.
    expect(parseLinkedSpeakers('Playing forwith [Ana Gómez](https://twitter.com/ag)')).toBeNull();
    expect(parseLinkedSpeakers('Fun with [Web Components](https://example.org/wc)')).toBeNull();
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
