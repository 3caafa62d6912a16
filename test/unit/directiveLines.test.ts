import { describe, expect, it } from 'vitest';
import { readDirectiveLines } from '../../src/parse/directiveLines.js';
import { parseFrontMatter } from '../../src/parse/frontMatter.js';

describe('a talk header of @ directive lines', () => {
  it('reads the fields up to the first blank line', () => {
    const lines = ['@title Rust im Alltag', '@subtitle Ein Erfahrungsbericht', '@author Jane Roe', '', '# Intro'];
    expect(readDirectiveLines(lines)).toEqual({
      data: { title: 'Rust im Alltag', subtitle: 'Ein Erfahrungsbericht', author: 'Jane Roe' },
      count: 3,
    });
  });

  it('reads keys in any case, values trimmed', () => {
    expect(readDirectiveLines(['@Title   Les files d’attente  ', '@TOPIC RabbitMQ'])).toEqual({
      data: { title: 'Les files d’attente', topic: 'RabbitMQ' },
      count: 2,
    });
  });

  it('needs a title: author lines alone are notes', () => {
    expect(readDirectiveLines(['@author Jane Roe', '@topic Kafka'])).toBeNull();
  });

  it('refuses a block with an unknown key, a repeated key or a line of prose', () => {
    expect(readDirectiveLines(['@title Talk', '@jroe said hi'])).toBeNull();
    expect(readDirectiveLines(['@title Talk', '@title Again'])).toBeNull();
    expect(readDirectiveLines(['@title Talk', 'Notes start here'])).toBeNull();
    expect(readDirectiveLines(['@title'])).toBeNull();
  });

  it('reads each key a talk header writes', () => {
    const lines = [
      '@title Kafka in practice',
      '@authors Jane Roe, John Doe',
      '@speaker Jane Roe',
      '@date 2019-05-04',
      '@event Berlin Buzzwords 2019',
      '@tags kafka, streams',
    ];
    expect(readDirectiveLines(lines)).toEqual({
      data: {
        title: 'Kafka in practice',
        authors: 'Jane Roe, John Doe',
        speaker: 'Jane Roe',
        date: '2019-05-04',
        event: 'Berlin Buzzwords 2019',
        tags: 'kafka, streams',
      },
      count: 6,
    });
  });

  it('ends at a line of spaces, and reads a line indented', () => {
    expect(readDirectiveLines(['@title Talk', '   ', '# Intro'])).toEqual({ data: { title: 'Talk' }, count: 1 });
    expect(readDirectiveLines(['  @title Talk'])).toEqual({ data: { title: 'Talk' }, count: 1 });
  });

  it('reads a directive only at the start of its line, and to its end', () => {
    expect(readDirectiveLines(['@title Talk', 'Thanks @author for this'])).toBeNull();
    // A line separator inside the value: the line is not one directive.
    expect(readDirectiveLines(['@title Talk\u2028Part two'])).toBeNull();
  });

  it('becomes front matter of its own kind, its lines blanked so positions stay', () => {
    const text = '@title 分散システム入門\n@author 山田太郎\n\n# はじめに\n';
    expect(parseFrontMatter(text, 'notes.md')).toEqual({
      kind: 'directives',
      data: { title: '分散システム入門', author: '山田太郎' },
      body: '\n\n\n# はじめに\n',
    });
  });

  it('leaves Pelican metadata to the metadata reader', () => {
    expect(parseFrontMatter('Title: Talk\nAuthor: Jane Roe\n\n# Intro\n', 'notes.md').kind).toBe('metadata');
  });
});
