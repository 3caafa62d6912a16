import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { buildOutline } from '../../src/model/outline.js';
import { namedHeading, nameWords } from '../../src/model/speakerHeadings.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** Talks as the model reads them: [title, speakers]. */
function talks(text: string) {
  return buildConference(parseNotes(text, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name)]),
  );
}

const pairs = (rank: number, ...headings: string[]) =>
  headings
    .map((heading, index) => `${'#'.repeat(rank + (index % 2))} ${heading}\n\n${index % 2 ? '- a point\n\n' : ''}`)
    .join('');

function wordsOf(text: string) {
  const notes = parseNotes(text, 'notes.md');
  return nameWords(buildOutline(notes.tree.children, notes.source).sections);
}

describe('speaker and title headings, the first pair inverted, both of it reading as names', () => {
  it('takes the heading written as the file’s names are (their number of words) as the speaker', () => {
    const text = pairs(
      1,
      'Some Title Here',
      'John Doe',
      'Jane Roe',
      'The Grammar of Code',
      'Ann Lee',
      'Memory Safety for All',
      'Bo Chen',
      'Rust in Production',
    );
    expect(talks(text)).toEqual([
      ['Some Title Here', ['John Doe']],
      ['The Grammar of Code', ['Jane Roe']],
      ['Memory Safety for All', ['Ann Lee']],
      ['Rust in Production', ['Bo Chen']],
    ]);
  });

  it('reads so under a day, and in German', () => {
    const text = `# Konferenz 2024\n\n## Tag 1\n\n${pairs(
      3,
      'Hans Müller',
      'Sichere Software bauen',
      'Anna Schmidt',
      'Tests mit Rust',
      'Schneller Code Heute',
      'Karl Weber',
    )}`;
    expect(talks(text)).toEqual([
      ['Sichere Software bauen', ['Hans Müller']],
      ['Tests mit Rust', ['Anna Schmidt']],
      ['Schneller Code Heute', ['Karl Weber']],
    ]);
  });
});

describe('nameWords: how many words the file’s names have', () => {
  it('is the most common count among pairs where only one heading reads as names, fewer words on a tie', () => {
    expect(wordsOf(pairs(1, 'Jane Roe', 'The Grammar of Code', 'Ann Lee', 'Memory Safety for All'))).toBe(2);
    expect(
      wordsOf(pairs(1, 'Jane Ann Roe', 'the grammar', 'Ann Lee Smith', 'memory safety', 'Bo Chen', 'rust today')),
    ).toBe(3);
    expect(wordsOf(pairs(1, 'Jane Ann Roe', 'the grammar', 'Bo Chen', 'rust today'))).toBe(2);
  });

  it('is null when no pair has one heading of names alone', () => {
    expect(wordsOf(pairs(1, 'Writing Calm Code', 'Bo Chen'))).toBeNull();
    expect(wordsOf(pairs(1, 'the grammar', 'rust today'))).toBeNull();
    expect(wordsOf('# Jane Roe\n\n## A\n\n## B\n')).toBeNull();
  });
});

describe('namedHeading: which heading of a pair names the speaker', () => {
  it('is the only one that reads as names', () => {
    expect(namedHeading('Jane Roe', 'The Grammar of Code', null)).toBe('parent');
    expect(namedHeading('The Grammar of Code', 'Jane Roe', 2)).toBe('child');
    expect(namedHeading('the grammar', 'rust today', 2)).toBeNull();
  });

  it('where both read as names, the one with as many words as the file’s names; else none', () => {
    expect(namedHeading('Writing Calm Code', 'Bo Chen', 2)).toBe('child');
    expect(namedHeading('Bo Chen', 'Writing Calm Code', 2)).toBe('parent');
    expect(namedHeading('Writing Calm Code', 'Bo Chen', 3)).toBe('parent');
    expect(namedHeading('Memory Safety', 'Bo Chen', 2)).toBeNull();
    // An organisation in parentheses is no word of the name.
    expect(namedHeading('Bob Smith (Example Corp)', 'Writing Calm Code', 2)).toBe('parent');
    expect(namedHeading('Bob Smith (Example)', 'Memory Safety', 2)).toBeNull();
    expect(namedHeading('Writing Calm Code', 'Bo Chen', null)).toBeNull();
    expect(namedHeading('Writing Calm Code', 'Bo Chen', 4)).toBeNull();
  });
});
