import { describe, expect, it } from 'vitest';
import { isElixirMap, readElixirMap } from '../../src/parse/elixirMapFrontMatter.js';
import { parseFrontMatter } from '../../src/parse/frontMatter.js';

describe('readElixirMap: NimblePublisher front matter', () => {
  it('reads strings with their escapes, sigil dates, word and string lists, numbers, booleans and nil', () => {
    const block = [
      '%{',
      '  title: "ElixirConf EU, \\"Lisbon\\"",',
      '  description: "Line one\\nline two\\ttab",',
      '  date: ~D[2023-04-27],',
      '  updated: ~N[2023-04-28 10:00:00],',
      '  tags: ~w(elixir conference),',
      '  other_tags: ~w[a b],',
      '  authors: ["Jane Roe", "Joe \\"JD\\" Doe"],',
      '  empty: [],',
      '  draft?: false, featured: true, rating: -4.5, count: 3, image: nil',
      '}',
    ].join('\n');
    expect(readElixirMap(block)).toEqual({
      title: 'ElixirConf EU, "Lisbon"',
      description: 'Line one\nline two\ttab',
      date: '2023-04-27',
      updated: '2023-04-28 10:00:00',
      tags: ['elixir', 'conference'],
      other_tags: ['a', 'b'],
      authors: ['Jane Roe', 'Joe "JD" Doe'],
      empty: [],
      'draft?': false,
      featured: true,
      rating: -4.5,
      count: 3,
      image: null,
    });
  });

  it('reads a map on one line, and stops at a value it does not know, keeping what came before', () => {
    expect(readElixirMap('%{title: "Notes", year: 2023}')).toEqual({ title: 'Notes', year: 2023 });
    expect(readElixirMap('%{title: "Notes", meta: %{a: 1}, author: "Jane"}')).toEqual({ title: 'Notes' });
    expect(readElixirMap('%{title: "Notes", when: Date.utc_today(), author: "Jane"}')).toEqual({ title: 'Notes' });
    // A number glued to a word is no literal.
    expect(readElixirMap('%{title: "Notes", n: 12ab}')).toEqual({ title: 'Notes' });
    expect(readElixirMap('%{n: 12ab, title: "Notes"}')).toEqual({});
    expect(readElixirMap('%{rating: -4.55, n: 1.}')).toEqual({ rating: -4.55 });
    expect(readElixirMap('%{}')).toEqual({});
  });

  it('reads values after several spaces, padded dates, padded word lists and spaced string lists', () => {
    expect(
      readElixirMap('%{title:   "A", date: ~D[ 2023-04-27 ], tags: ~w( elixir  otp ), names: ["Jane" , "Joe" ]}'),
    ).toEqual({ title: 'A', date: '2023-04-27', tags: ['elixir', 'otp'], names: ['Jane', 'Joe'] });
  });

  it('knows a map by its `%{` opening and `}` closing', () => {
    expect(isElixirMap('title %{x: "A"}')).toBe(false);
    expect(isElixirMap('a%{x: "A"}')).toBe(false);
    expect(isElixirMap('%{x: "A"} and more')).toBe(false);
    expect(isElixirMap('  %{\n  title: "A"\n}  ')).toBe(true);
    expect(isElixirMap('%{title: "A"')).toBe(false);
    expect(isElixirMap('title: "A"\n}')).toBe(false);
    expect(isElixirMap('{title: "A"}')).toBe(false);
  });
});

describe('parseFrontMatter: Elixir map front matter', () => {
  it('reads the map over a `---` line, with or without a `---` line above it, keeping file lines for the body', () => {
    const map = ['%{', '  title: "ElixirConf EU, Lisbon",', '  created_at: "2023-04-27T15:29:44Z"', '}', '---'];
    for (const lines of [map, ['---', ...map]]) {
      const text = [...lines, '', '## Talk one', '', 'notes'].join('\n');
      const { kind, data, body } = parseFrontMatter(text, 'notes.md');
      expect(kind).toBe('elixir');
      expect(data).toEqual({ title: 'ElixirConf EU, Lisbon', created_at: '2023-04-27T15:29:44Z' });
      expect(body.split('\n')).toEqual([...lines.map(() => ''), '', '## Talk one', '', 'notes']);
    }
  });

  it('leaves notes alone that open with `%{` but have no closing `---`, or whose block is no map', () => {
    expect(parseFrontMatter('%{ is how a map opens\n\n# Notes', 'notes.md')).toMatchObject({ kind: 'none' });
    expect(parseFrontMatter('%{title: "A"\n---\nbody', 'notes.md')).toMatchObject({ kind: 'none' });
    // A YAML block that merely mentions a map is still YAML.
    expect(parseFrontMatter('---\ntitle: "%{x}"\n---\nbody', 'notes.md')).toMatchObject({
      kind: 'yaml',
      data: { title: '%{x}' },
    });
  });
});
