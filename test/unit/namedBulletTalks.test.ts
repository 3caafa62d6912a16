import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { buildOutline } from '../../src/model/outline.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/**
 * Slides whose talks open with a bullet naming the speaker, at mixed heading levels (issue 13, a reveal.js deck):
 * those headings are the talks, the other headings between them parts of the talk before.
 */
const read = (text: string) => buildConference(parseNotes(text, 'notes.md'));
const talks = (text: string) =>
  read(text).days.flatMap((day) =>
    day.sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name).join(', ')]),
  );
const outline = (text: string) => {
  const notes = parseNotes(text, 'notes.md');
  return buildOutline(notes.tree.children, notes.source);
};

describe('talks opened by a speaker bullet at mixed levels', () => {
  it('reads the headings opened by a name bullet as the talks, the others as their parts', () => {
    const text = [
      '# JSConf Notes',
      '',
      '## Rewriting Closures the Hard Way',
      '* [Jane Roe](https://twitter.com/jroe)',
      '* Summary by: Kim Lee',
      '',
      '## Do these five things on every line',
      '* No function params',
      '',
      '### JavaScript im CSS',
      '* John Doe',
      '* Zusammenfassung von: Kim Lee',
      '',
      '### Warum eigentlich?',
      '* Bessere Variablen',
      '',
      '### Comunicar con WebRTC',
      '* Ann Lee ([@alee](https://twitter.com/alee))',
      '* Resumen: Kim Lee',
      '',
      '## Demo time',
      '* it worked',
    ].join('\n');
    expect(talks(text)).toEqual([
      ['Rewriting Closures the Hard Way', 'Jane Roe'],
      ['JavaScript im CSS', 'John Doe'],
      ['Comunicar con WebRTC', 'Ann Lee'],
    ]);
  });

  it('reads the talks at the highest of their ranks, keeping the rank each heading was written at', () => {
    const text = [
      '## One talk',
      '* [Jane Roe](https://twitter.com/jroe)',
      '',
      '## A part of it',
      '',
      '### Another talk',
      '* John Doe',
      '* Summary by: Kim Lee',
      '',
      '#### Its detail',
      '',
      '### A third talk',
      '* Ann Lee',
      '* [slides](https://example.org/slides)',
      '',
      '# Closing',
    ].join('\n');
    const shape = outline(text).sections.map((section) => [
      section.text,
      section.rank,
      section.writtenRank ?? null,
      section.children.map((child) => child.text),
    ]);
    expect(shape).toEqual([
      ['One talk', 2, 2, ['A part of it']],
      ['Another talk', 2, 3, ['Its detail']],
      ['A third talk', 2, 3, []],
      ['Closing', 1, null, []],
    ]);
  });

  it('needs three such headings, at two ranks or more', () => {
    const notes = (third: string) =>
      [
        '## First talk here',
        '* [Jane Roe](https://twitter.com/jroe)',
        '',
        '## A part of it',
        '',
        '### Second talk here',
        '* John Doe',
        '* Summary by: Kim Lee',
        '',
        `${third} Third talk here`,
        '* Ann Lee',
        '* Summary by: Kim Lee',
      ].join('\n');
    const ranks = (text: string) => outline(text).sections.map((section) => [section.text, section.rank]);
    // Three, at two ranks: the talks.
    expect(ranks(notes('###'))).toEqual([
      ['First talk here', 2],
      ['Second talk here', 2],
      ['Third talk here', 2],
    ]);
    // Three at one rank: read as written (the part stays a section of its own).
    const oneRank = notes('###').replace('### Second', '## Second').replace('### Third', '## Third');
    expect(ranks(oneRank)).toEqual([
      ['First talk here', 2],
      ['A part of it', 2],
      ['Second talk here', 2],
      ['Third talk here', 2],
    ]);
    // Two: read as written.
    const two = notes('###').replace('* Ann Lee', '* Ann Lee\n* a point\n* another point');
    expect(ranks(two)).toEqual([
      ['First talk here', 2],
      ['A part of it', 2],
    ]);
  });

  it('takes a bare name bullet only as the first of a short list, or as a link alone', () => {
    const notes = (bullets: string[]) =>
      outline(
        [
          '## First talk here',
          '* [Jane Roe](https://twitter.com/jroe)',
          '',
          '## A part of it',
          '',
          '### Second talk here',
          '* John Doe',
          '* Summary by: Kim Lee',
          '',
          '### Third talk here',
          ...bullets,
        ].join('\n'),
      ).sections.length;
    expect(notes(['* Better Variables'])).toBe(2);
    expect(notes(['* Better Variables', '* Arithmetic'])).toBe(3);
    expect(notes(['* Better Variables', '* Arithmetic', '* Modules'])).toBe(3);
    expect(notes(['* Better Variables', '* Arithmetic', '* Modules', '* Code reuse'])).toBe(2);
    expect(notes(['* [Ann Lee](https://ann.example)', '* one', '* two', '* three'])).toBe(3);
    expect(notes(['* [Ann Lee](https://ann.example) and friends', '* one', '* two', '* three'])).toBe(2);
    // A paragraph first, not a list: no speaker bullet.
    expect(notes(['Ann Lee'])).toBe(2);
    // A name with a handle or a role is a speaker in any list.
    expect(notes(['* Ann Lee ([@alee](https://twitter.com/alee))', '* one', '* two', '* three'])).toBe(3);
  });

  it('reads bare names as speakers where three talks or more open with a name bullet', () => {
    const notes = (count: number) =>
      [
        ['Scaling Django at Example', 'Jane Roe'],
        ['Testing with pytest', 'John Doe'],
        ['Deploying without fear', 'Ann Lee'],
      ]
        .slice(0, count)
        .flatMap(([title, name]) => [`## ${title}`, '', `- ${name}`, '- Summary by: Kim Lee', ''])
        .join('\n');
    expect(talks(notes(3)).map(([, speakers]) => speakers)).toEqual(['Jane Roe', 'John Doe', 'Ann Lee']);
    expect(talks(notes(2)).map(([, speakers]) => speakers)).toEqual(['', '']);
  });
});
