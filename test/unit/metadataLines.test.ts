import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseFrontMatter } from '../../src/parse/frontMatter.js';
import { readMetadataLines } from '../../src/parse/metadataLines.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { decksMarkdown, lostWords } from '../support/noteWords.js';

const PELICAN = [
  'Title: Kotlin Days 2019 Recap',
  'Date: 2019-10-19 21:42:00',
  'Categories: Events',
  'Tags:  kotlin, event,  notes',
  'Slug: kotlin-days-2019',
  'Author: Jane Roe',
  '',
  '',
  '## Coroutines in Practice',
  '',
  '- structured concurrency',
  '',
].join('\n');

describe('Pelican and MultiMarkdown metadata lines', () => {
  it('reads the fields up to the first blank line, lists split', () => {
    expect(readMetadataLines(PELICAN.split('\n'))).toEqual({
      data: {
        title: 'Kotlin Days 2019 Recap',
        date: '2019-10-19 21:42:00',
        categories: ['Events'],
        tags: ['kotlin', 'event', 'notes'],
        slug: 'kotlin-days-2019',
        author: 'Jane Roe',
      },
      count: 6,
    });
    expect(readMetadataLines(['Title: A long', '    title on two lines', 'Authors: A, B'])).toEqual({
      data: { title: 'A long title on two lines', authors: ['A', 'B'] },
      count: 3,
    });
  });

  it('leaves notes that open with a line of their own: other keys, no page key, no header at the top', () => {
    for (const text of [
      'Speaker: Jane Roe\n\n- point',
      'Title: Keynote\nSpeaker: Jane Roe\n\n- point',
      'Tags: kotlin\n\n- point',
      'Title: A\nTitle: B',
      '# Notes\nTitle: A\n',
      'Date: 2019\nsome prose after it',
      '',
    ])
      expect(readMetadataLines(text.split('\n'))).toBeNull();
  });

  it('makes them the front matter, lines blanked so positions stay true', () => {
    const { kind, data, body } = parseFrontMatter(PELICAN, 'notes.md');
    expect(kind).toBe('metadata');
    expect(data.title).toBe('Kotlin Days 2019 Recap');
    expect(body.split('\n')).toEqual(['', '', '', '', '', '', ...PELICAN.split('\n').slice(6)]);
  });

  it('gives the conference its title, date and author, and shows none of the lines as prose', () => {
    const conference = buildConference(parseNotes(PELICAN, '86-notes.md'));
    // "Recap" names the post, not the conference (title/postWrappers.ts).
    expect(conference.title).toBe('Kotlin Days 2019');
    expect(conference.date).toBe('2019-10-19');
    expect(conference.authors).toEqual(['Jane Roe']);
    expect(conference.days.flatMap((day) => day.sessions.map((session) => session.title))).toEqual([
      'Coroutines in Practice',
    ]);
    const decks = decksMarkdown(PELICAN, '86-notes.md');
    for (const field of ['Slug:', 'Categories:', 'Tags:', 'kotlin-days-2019']) expect(decks).not.toContain(field);
    expect(lostWords(PELICAN, '86-notes.md')).toEqual([]);
  });
});

describe('readMetadataLines, at the edges of a field', () => {
  it('takes any one page key alone, and a key written with spaces or tabs before its colon', () => {
    expect(readMetadataLines(['Author: Jane Roe'])).toEqual({ data: { author: 'Jane Roe' }, count: 1 });
    expect(readMetadataLines(['Authors: A,, B ,'])).toEqual({ data: { authors: ['A', 'B'] }, count: 1 });
    expect(readMetadataLines(['DATE: 2019'])).toEqual({ data: { date: '2019' }, count: 1 });
    expect(readMetadataLines(['Title \t:\tKotlin  '])).toEqual({ data: { title: 'Kotlin' }, count: 1 });
    expect(readMetadataLines(['Title:', 'Summary:   '])).toEqual({ data: { title: '', summary: '' }, count: 2 });
  });

  it('needs a space after the colon, a letter first, and a known key', () => {
    for (const lines of [
      ['Title:Kotlin'],
      ['1Title: Kotlin'],
      ['_title: Kotlin'],
      ['Title: A', 'Speaker: B'],
      [' Title: A'],
    ])
      expect(readMetadataLines(lines)).toBeNull();
  });

  it('goes on with a line indented two spaces or a tab, not one space', () => {
    expect(readMetadataLines(['Title: A', '\tB', '  C  ', 'Date: 2019'])).toEqual({
      data: { title: 'A B C', date: '2019' },
      count: 4,
    });
    expect(readMetadataLines(['Title: A', ' B'])).toBeNull();
    expect(readMetadataLines(['  Title: A'])).toBeNull();
  });

  it('ends at a line of spaces, and splits only the list keys', () => {
    expect(readMetadataLines(['Title: A, B', 'Keywords: x,y', '   ', 'Tags: later'])).toEqual({
      data: { title: 'A, B', keywords: ['x', 'y'] },
      count: 2,
    });
  });
});

describe('readMetadataLines, every key', () => {
  it('takes each Pelican and MultiMarkdown key it knows', () => {
    for (const key of [
      'Subtitle',
      'Modified',
      'Category',
      'Lang',
      'Status',
      'Translation',
      'Template',
      'Save_as',
      'URL',
    ])
      expect(readMetadataLines(['Title: T', `${key}: x`]), key).toEqual({
        data: { title: 'T', [key.toLowerCase()]: 'x' },
        count: 2,
      });
  });

  it('refuses an indented first line, even with a page key after it', () => {
    expect(readMetadataLines(['  indented', 'Title: A'])).toBeNull();
  });
});
