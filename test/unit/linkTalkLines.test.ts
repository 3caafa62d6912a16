import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { linkTalkLine, linkTalkRun, MIN_LINK_TALKS, NAMED_SHARE } from '../../src/model/linkTalkLines.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** Talks given as paragraphs set apart whole, one a talk, their notes on a linked page (issue 13, devopsdays 2016). */
const first = (markdown: string): RootContent => parseNotes(markdown, 'notes.md').tree.children[0]!;
const sessions = (text: string) =>
  buildConference(parseNotes(text, 'notes.md')).days.map((day) => [
    day.title,
    day.sessions.map((session) => `${session.title} | ${session.speakers.map((speaker) => speaker.name).join(', ')}`),
  ]);

describe('a paragraph set apart as a talk', () => {
  it('reads a name and a title on either side of a dash, on two lines, or after the link', () => {
    expect(linkTalkLine(first('**[Jane Roe - Testing in Production](talks/x.md)**'))).toEqual({
      text: 'Testing in Production',
      speaker: 'Jane Roe',
    });
    expect(linkTalkLine(first('[Testing in Production – Jane Roe](talks/x.md)'))).toEqual({
      text: 'Testing in Production',
      speaker: 'Jane Roe',
    });
    expect(linkTalkLine(first('[Jane Roe (Example)\nHow do I run my services in production?](talks/x.md)'))).toEqual({
      text: 'How do I run my services in production?',
      speaker: 'Jane Roe (Example)',
    });
    expect(linkTalkLine(first('~~Jane Roe\nDevOps has always been about security~~'))).toEqual({
      text: 'DevOps has always been about security',
      speaker: 'Jane Roe',
    });
    expect(linkTalkLine(first('**[Testing in Production](x)** - Jane Roe'))).toEqual({
      text: 'Testing in Production',
      speaker: 'Jane Roe',
    });
    expect(linkTalkLine(first('*[Testing in Production](x)* by Jane Roe'))).toEqual({
      text: 'Testing in Production',
      speaker: 'Jane Roe',
    });
  });

  it('keeps a line that names no one whole, without a speaker', () => {
    expect(linkTalkLine(first('**[Radically Open Security - chat ops pen testing](x)**'))).toEqual({
      text: 'Radically Open Security - chat ops pen testing',
    });
    expect(linkTalkLine(first('[Testing in production](x)'))).toEqual({ text: 'Testing in production' });
    expect(linkTalkLine(first('[Jane Roe\nJohn Doe](x)'))).toEqual({ text: 'Jane Roe John Doe' });
  });

  it('is none for prose, a sentence after the link, three lines, a heading or a paragraph that is not set apart', () => {
    expect(linkTalkLine(first('We went to [the talk](x) after lunch.'))).toBeNull();
    expect(linkTalkLine(first('[Testing in production](x) was great fun'))).toBeNull();
    expect(linkTalkLine(first('[Jane Roe](x) - John Doe'))).toBeNull();
    expect(linkTalkLine(first('[One\nTwo\nThree](x)'))).toBeNull();
    expect(linkTalkLine(first('## [Testing in production](x)'))).toBeNull();
    expect(linkTalkLine(first(`[${'word '.repeat(41)}](x)`))).toBeNull();
    expect(linkTalkLine(first('Testing in production - Jane Roe'))).toBeNull();
    expect(linkTalkLine(first('**[](x)**'))).toBeNull();
  });
});

describe('a run of them', () => {
  const named = { text: 'Title', speaker: 'Jane Roe' };
  const bare = { text: 'Title' };
  it(`needs ${MIN_LINK_TALKS} lines, ${NAMED_SHARE * 100}% of them naming a speaker`, () => {
    expect(
      linkTalkRun([
        [1, named],
        [2, named],
        [3, bare],
      ] as const).length,
    ).toBe(3);
    expect(
      linkTalkRun([
        [1, named],
        [2, named],
      ] as const),
    ).toEqual([]);
    expect(
      linkTalkRun([
        [1, named],
        [2, bare],
        [3, bare],
      ] as const),
    ).toEqual([]);
    expect(
      linkTalkRun([
        [1, named],
        [2, named],
        [3, named],
        [4, bare],
        [5, bare],
      ] as const).length,
    ).toBe(5);
    expect(
      linkTalkRun([
        [1, named],
        [2, named],
        [3, bare],
        [4, bare],
        [5, bare],
      ] as const),
    ).toEqual([]);
  });

  it('reads talks under a day, noted elsewhere, struck or not, with their speakers', () => {
    const text = `# Example Conf 2024\n\n## Day 1\n\n**[Jane Roe - Testing in production](talks/prod.md)**\n\n[John Doe (Example)\nHow the hell do I run my services?](talks/run.md)\n\n~~Ann Lee\nDevOps has always been about security~~\n\n**[Radically Open Security - chat ops pen testing](talks/chat.md)**\n\n## Day 2\n\n### Rust at scale\n\n- a point\n`;
    expect(sessions(text)).toEqual([
      [
        'Day 1',
        [
          'Testing in production | Jane Roe',
          'How the hell do I run my services? | John Doe',
          'DevOps has always been about security | Ann Lee',
          'Radically Open Security - chat ops pen testing | ',
        ],
      ],
      ['Day 2', ['Rust at scale | ']],
    ]);
  });

  it('leaves a paragraph of links that names no one as notes', () => {
    const text = `# Example Conf 2024\n\n## Day 1\n\n### Rust at scale\n\n[Example docs](https://example.org)\n\n[More docs](https://example.org/2)\n\n[Jane Roe - Slides](https://example.org/3)\n`;
    expect(sessions(text)).toEqual([['Day 1', ['Rust at scale | ']]]);
  });
});
