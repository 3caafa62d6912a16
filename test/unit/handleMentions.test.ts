import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { namesWithHandles } from '../../src/model/speakers/proseSpeakers.js';
import { MIN_HANDLE_OPENINGS, opensWithHandle } from '../../src/model/speakers/labelledNearStart.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** Each talk as "Title | speakers". */
function talksIn(markdown: string): string[] {
  return buildConference(parseNotes(markdown, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => `${session.title} | ${session.speakers.map((speaker) => speaker.name).join(', ')}`),
  );
}

/** The names one paragraph names with handles, joined by ", ". */
const named = (markdown: string) =>
  namesWithHandles(parseMarkdown(markdown).children[0] as Paragraph)
    .map((speaker) => speaker.name)
    .join(', ');

/** `count` talks whose notes open with a name and its handle, in the notes' language. */
const opened = (count: number, verb = 'explained') =>
  Array.from(
    { length: count },
    (_, index) =>
      `### Topic ${'ABCDEFG'[index]}\nRating: :star: :star:\n\n` +
      `Jane Roe${index} ([@jroe${index}](https://twitter.com/jroe${index})) ${verb} a thing.\n`,
  )
    .join('\n')
    .replace(/Roe(\d)/g, (_, digit: string) => `Roe ${['Ann', 'Bea', 'Cy', 'Di', 'Ed', 'Flo', 'Gus'][Number(digit)]}`)
    .replace(/@jroe \w+/g, '@jroe');

describe('namesWithHandles: people a paragraph names with their handle', () => {
  it('reads a name with its linked or written handle anywhere in the paragraph, in several languages', () => {
    expect(named('Hyperledger is new to us. Horea Porutiu ([@horea](https://twitter.com/horea)) showed it.')).toBe(
      'Horea Porutiu',
    );
    expect(named('A great presentation given by Matt Turner (@mt165pro) about meshes.')).toBe('Matt Turner');
    expect(named('Una charla genial de Ana Gómez (@agomez) sobre colas.')).toBe('Ana Gómez');
    expect(named('Super présentation de Jean Dupont ([@jdupont](https://x.com/jdupont)) sur Rust.')).toBe(
      'Jean Dupont',
    );
    expect(named('Then Peter van der Meulen (@hpeter) showed us his terminal.')).toBe('Peter van der Meulen');
    expect(named('Respect for Charity Majors (@mipsytipsy) for giving this talk.')).toBe('Charity Majors');
  });

  it('reads names joined to the first, not one named later in the paragraph', () => {
    expect(named('Jane Roe (@jroe) and John Doe (@jdoe) showed Rust.')).toBe('Jane Roe, John Doe');
    expect(named('Jane Roe (@jroe), John Doe (@jdoe) & Ann Lee (@alee) showed Rust.')).toBe(
      'Jane Roe, John Doe, Ann Lee',
    );
    expect(named('Jane Roe (@jroe) showed Rust, as Kent Beck (@KentBeck) once said.')).toBe('Jane Roe');
  });

  it('reads no one without a handle in parentheses, or where the words are no name', () => {
    expect(named('A great presentation given by Matt Turner about meshes.')).toBe('');
    expect(named('A great presentation given by Matt Turner [@mt165pro](https://x.com/m) about meshes.')).toBe('');
    expect(named('Thanks to Example Corp (@example) for the coffee.')).toBe('');
    expect(named('Thanks to Jane (@jroe) for the coffee.')).toBe('');
    expect(named('Example Corp (@example) and Jane Roe (@jroe) for the coffee.')).toBe('');
  });
});

describe('opensWithHandle', () => {
  it('reads the first paragraph of prose among the first five blocks, a rating line apart', () => {
    const blocks = (markdown: string) => parseNotes(markdown, 'n.md').tree.children;
    expect(opensWithHandle(blocks('Rating: :star:\n\nJane Roe ([@jroe](https://x.com/j)) explained it.'))).toBe(true);
    expect(opensWithHandle(blocks('We liked it. Jane Roe (@jroe) explained it.'))).toBe(false);
    expect(opensWithHandle(blocks('![photo](a.png)\n\nJane Roe (@jroe) explained it.'))).toBe(true);
    const photos = (count: number) => '![p](a.png)\n\n'.repeat(count);
    expect(opensWithHandle(blocks(`${photos(4)}Jane Roe (@jroe) explained it.`))).toBe(true);
    expect(opensWithHandle(blocks(`${photos(5)}Jane Roe (@jroe) explained it.`))).toBe(false);
    expect(opensWithHandle([])).toBe(false);
  });
});

describe('speakers named with a handle inside the first paragraph, where the notes name speakers so', () => {
  it(`needs ${MIN_HANDLE_OPENINGS} talks whose prose opens with a name and its handle`, () => {
    expect(MIN_HANDLE_OPENINGS).toBe(3);
    const mention =
      '### Do you need a Service Mesh?\nRating: :star:\n\n' +
      'A great presentation given by Matt Turner ([@mt165pro](https://twitter.com/mt165pro)) about meshes.\n';
    const three = `## Day 2\n\n${opened(3)}\n${mention}`;
    expect(talksIn(three).at(-1)).toBe('Do you need a Service Mesh? | Matt Turner');
    expect(talksIn(three).slice(0, 3)).toEqual([
      'Topic A | Jane Roe Ann',
      'Topic B | Jane Roe Bea',
      'Topic C | Jane Roe Cy',
    ]);
    const two = `## Day 2\n\n${opened(2)}\n${mention}`;
    expect(talksIn(two).at(-1)).toBe('Do you need a Service Mesh? | ');
  });

  it('reads it in Spanish, and leaves a name later than the first paragraph of prose', () => {
    const spanish =
      `## Día 2\n\n${opened(3, 'explicó')}\n` +
      '### Colas sin miedo\n\nUna charla genial de Ana Gómez (@agomez) sobre colas.\n';
    expect(talksIn(spanish).at(-1)).toBe('Colas sin miedo | Ana Gómez');
    const later =
      `## Day 2\n\n${opened(3)}\n` +
      '### Queues without fear\n\nA talk about queues.\n\nI asked Ana Gómez (@agomez) about it later.\n';
    expect(talksIn(later).at(-1)).toBe('Queues without fear | ');
  });

  it('reads each paragraph in a row that opens with a name and its handle as one more speaker (lightning talks)', () => {
    const notes =
      `## Day 2\n\n${opened(3)}\n` +
      '### Lightning talks\n' +
      'Antonio Librada ([@alibrada](https://twitter.com/alibrada)) showed us a faster pipeline.\n\n' +
      'Peter van der Meulen ([@hpeter](https://twitter.com/hpeter)) showed us his terminal.\n\n' +
      'Aaron Bassett ([@aaronbassett](https://twitter.com/aaronbassett)) showed us SMS tricks.\n\n' +
      'Two nice talks. Later Jane Doe ([@jdoe](https://twitter.com/jdoe)) asked a question.\n\n' +
      'Ann Lee ([@alee](https://twitter.com/alee)) sat next to me.\n';
    expect(talksIn(notes).at(-1)).toBe('Lightning talks | Antonio Librada, Peter van der Meulen, Aaron Bassett');
  });
});
