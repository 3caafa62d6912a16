import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { MIN_PLAIN_TALK_LINES } from '../../src/model/talkLines.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** Talks given by lines, not headings (issue 13): bold title-and-name pairs, plain `Title - Name` lines over lists. */
const talks = (text: string) =>
  buildConference(parseNotes(text, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => `${session.title} | ${session.speakers.map((speaker) => speaker.name).join(', ')}`),
  );

const TITLES = ['Building Calm Systems at Scale', 'Testing in Production', 'The Grammar of Code'];
const NAMES = ['Jane Roe', 'John Doe', 'Ann Lee'];

/** Each talk as `line(title, name)`, then its notes. */
function notes(line: (title: string, name: string) => string, under = '* one point\n* another point', head = '') {
  return head + TITLES.map((title, index) => `${line(title, NAMES[index]!)}\n\n${under}\n`).join('\n');
}

describe('a bold title and a bold name as one paragraph', () => {
  it('reads the pair as a talk, in either order, after a time line and before a role line', () => {
    for (const line of [
      (title: string, name: string) => `**${title}**\n**${name}**`,
      (title: string, name: string) => `**${name}**\n**${title}**`,
      (title: string, name: string) => `10:30a\n**${title}**\n**${name}**\nDirector of engineering, Example Corp`,
      (title: string, name: string) => `__${title}__\n__${name}__  Github`,
    ]) {
      expect(talks(notes(line, 'Some notes about it.', '# Example Conf\n\n## Day 1\n\n'))).toEqual([
        'Building Calm Systems at Scale | Jane Roe',
        'Testing in Production | John Doe',
        'The Grammar of Code | Ann Lee',
      ]);
    }
  });

  it('reads them even above a talk given by a sub-heading', () => {
    const text = `${notes((title, name) => `**${title}**\n**${name}**`, 'Notes.', '# Conf\n\n## Day 1\n\n')}\n### 12:30 Keynote\n\nMore notes.\n`;
    expect(talks(text)).toContain('Testing in Production | John Doe');
    expect(talks(text)).toHaveLength(4);
    expect(talks(text).at(-1)).toMatch(/Keynote/);
  });

  it('takes only the pairs as talks where the notes write them: a bold caption inside a talk stays its notes', () => {
    const text = `## Day 1\n\n**Building Calm Systems at Scale**\n**Jane Roe**\n\nIntro.\n\n**Examples**\n\nSome.\n\n**Testing in Production**\n**John Doe**\n\nNotes.\n`;
    expect(talks(text)).toEqual(['Building Calm Systems at Scale | Jane Roe', 'Testing in Production | John Doe']);
  });

  it('is no talk when neither line, or both, read as names, or the name line says more than where to find her', () => {
    for (const pair of [
      '**Building Calm Systems at Scale**\n**Testing in Production**',
      '**Jane Roe**\n**John Doe**',
      '**Building Calm Systems at Scale**\n**Jane Roe** gave a long talk about queues and back pressure',
    ]) {
      const text = `## Day 1\n\n${pair}\n\nNotes.\n\n${pair}\n\nNotes.\n`;
      expect(talks(text).some((talk) => talk.includes('Jane Roe'))).toBe(false);
    }
  });
});

describe('talk lines before the first day heading', () => {
  it("are talks of their own day, under the notes' title and a sub-heading too", () => {
    const pairs = (from: number) =>
      TITLES.map((title, index) => `10:30a\n**${title} ${from}**\n**${NAMES[index]}**\n\nNotes.\n`).join('\n---\n\n');
    for (const head of ['# 2019 Example Conf Notes\n\n', '# 2019 Example Conf Notes\n\n### schedule\n\n']) {
      const text = `${head}${pairs(1)}\n# May 9 - Day 2\n\n${pairs(2)}`;
      const sessions = buildConference(parseNotes(text, 'notes.md')).days.flatMap((day) =>
        day.sessions.map(
          (session) => `${session.title} | ${session.speakers.map((speaker) => speaker.name).join(', ')}`,
        ),
      );
      expect(sessions).toEqual(
        [1, 2].flatMap((from) => TITLES.map((title, index) => `${title} ${from} | ${NAMES[index]}`)),
      );
    }
  });

  it('leave a section of one bold pair alone: one line is no run of talks', () => {
    const text = `# Example Conf Notes\n\n**Building Calm Systems at Scale**\n**Jane Roe**\n\nNotes.\n\n# May 9 - Day 2\n\n### Testing in Production\n\n- a point\n`;
    expect(talks(text)).toEqual(['Testing in Production | ']);
  });
});

describe('plain talk lines over lists', () => {
  it('reads `Title - Name` lines, each over its list of notes, as talks, with other separators too', () => {
    for (const line of [
      (title: string, name: string) => `${title} - ${name}`,
      (title: string, name: string) => `${title} – ${name}, Example Corp`,
      (title: string, name: string) => `${title} (${name})`,
      (title: string, name: string) => `${title} by ${name}`,
      (title: string, name: string) => `${title} von ${name}`,
      (title: string, name: string) => `[${title}](https://example.org/t) / ${name}`,
    ]) {
      for (const head of ['', '# Notes from Example Conf\n\n'])
        expect(talks(notes(line, '- one point\n- another point', head)).map((talk) => talk.split(' | ')[1])).toEqual(
          NAMES,
        );
    }
  });

  it('reads `Jane Roe: Title` and `Title, Jane Roe` lines too, under a title and day headings or none', () => {
    for (const line of [
      (title: string, name: string) => `${name}: ${title}`,
      (title: string, name: string) => `${name}：${title}`,
      (title: string, name: string) => `${title}, ${name}`,
    ]) {
      for (const head of ['', '# Notes from Example Conf\n\n', '# Example Conf 2024\n\n## Day 1\n\n'])
        expect(talks(notes(line, '- one point\n- another point', head))).toEqual([
          'Building Calm Systems at Scale | Jane Roe',
          'Testing in Production | John Doe',
          'The Grammar of Code | Ann Lee',
        ]);
    }
    const twoDays = ['## Day 1', '## Day 2']
      .map((day) => `${day}\n\n${notes((title, name) => `${name}: ${title}`, '- a point')}`)
      .join('\n');
    const conference = buildConference(parseNotes(`# Example Conf 2024\n\n${twoDays}`, 'notes.md'));
    expect(conference.days.map((day) => [day.title, day.sessions.length])).toEqual([
      ['Day 1', 3],
      ['Day 2', 3],
    ]);
  });

  it('is no `Name: Title` or `Title, Name` line when both sides, or neither, read as names', () => {
    for (const line of [
      (title: string) => `Kubernetes: ${title}`,
      (title: string) => `${title}, mostly`,
      (_title: string, name: string) => `${name}, John Doe`,
      (_title: string, name: string) => `${name}: John Doe`,
    ])
      expect(talks(notes(line, '- one point\n- another point', '# Notes\n\n'))).not.toContain(
        'Building Calm Systems at Scale | Jane Roe',
      );
  });

  it(`needs ${MIN_PLAIN_TALK_LINES} of them between two headings: a byline under each talk heading is no talk`, () => {
    const two = `# Conf\n\n${TITLES.slice(0, 2)
      .map((title, index) => `${title} - ${NAMES[index]}\n\n- a point\n`)
      .join('\n')}`;
    expect(talks(two).some((talk) => talk.startsWith('Building Calm Systems at Scale |'))).toBe(false);
    const bylines = TITLES.map(
      (title, index) => `### ${title}\n${NAMES[index]} - Owner, Example Corp\n\n- a point\n`,
    ).join('\n');
    expect(talks(`## Day 1\n\n${bylines}`)).toEqual([
      'Building Calm Systems at Scale | Jane Roe',
      'Testing in Production | John Doe',
      'The Grammar of Code | Ann Lee',
    ]);
  });

  it('is no talk over prose when it ends as a sentence, or when it ends in a colon', () => {
    // Over prose a line that reads as a title is a talk (headinglessTalkLines.test.ts); one that ends as a sentence is prose.
    expect(talks(notes((title, name) => `${title} - ${name}.`, 'A paragraph of notes.', '# Notes\n\n'))).not.toContain(
      'Building Calm Systems at Scale | Jane Roe',
    );
    expect(talks(notes((title, name) => `${title} - ${name}`, 'A paragraph of notes.', '# Notes\n\n'))).toContain(
      'Building Calm Systems at Scale | Jane Roe',
    );
    expect(talks(notes((title, name) => `${title} - ${name}:`, '- a point', '# Notes\n\n'))).not.toContain(
      'Building Calm Systems at Scale | Jane Roe',
    );
  });
});
