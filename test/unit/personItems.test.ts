import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { notesSource } from '../../src/model/inlineLinks.js';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { toSession } from '../../src/model/toSession.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { MIN_PERSON_ITEMS, MIN_PERSON_SHARE, personItemSpeakers } from '../../src/model/speakers/personItems.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

// Keynotes listed by who gives them (issue 13): `[Ryann Richardson Founder, Activist…](…)` names a person and her roles.

const names = (texts: string[]) => personItemSpeakers(texts).map((speakers) => speakers?.[0]?.name ?? null);

describe('personItemSpeakers: items that name a person and who they are', () => {
  it('gives each item its leading name where enough items read as a person, the rest of the item aside', () => {
    expect([MIN_PERSON_ITEMS, MIN_PERSON_SHARE]).toEqual([3, 0.6]);
    expect(
      names([
        'Yukihiro Matsumoto (Matz)',
        'Ryann Richardson Founder, Activist, and Miss Black America',
        'Kerri Miller Senior Backend Engineer GitLab',
        'Kent Beck Gusto',
        'Aniyia Williams Executive Director Black & Brown Founders',
      ]),
    ).toEqual(['Yukihiro Matsumoto', 'Ryann Richardson', 'Kerri Miller', 'Kent Beck', 'Aniyia Williams']);
  });

  it(`needs ${MIN_PERSON_ITEMS} such items`, () => {
    const two = ['Ann Lee Staff Engineer', 'Bob Smith (Bobby)', 'Kent Beck Gusto'];
    expect(names(two)).toEqual([null, null, null]);
    expect(names([...two, 'Cy Young Head of Design'])).toEqual(['Ann Lee', 'Bob Smith', 'Kent Beck', 'Cy Young']);
  });

  it(`needs ${MIN_PERSON_SHARE * 100}% of the list to read so`, () => {
    const people = ['Ann Lee Staff Engineer', 'Bob Smith (Bobby)', 'Cy Young Lead Author'];
    // 3 of 5 is 60%: enough; 3 of 6 is not.
    expect(names([...people, 'Kent Beck Gusto', 'Rust Async Patterns'])).toEqual([
      'Ann Lee',
      'Bob Smith',
      'Cy Young',
      'Kent Beck',
      'Rust Async',
    ]);
    expect(names([...people, 'Kent Beck Gusto', 'Rust Async Patterns', 'Zig Build System'])).toEqual(
      Array(6).fill(null),
    );
  });

  it('wants the role within three words of the name, or a nickname alone after it', () => {
    expect(
      names(['Ann Lee of Example Corp, Engineer', 'Bob Smith (Bobby) Talks', 'Cy Young Gusto Inc Director']),
    ).toEqual([null, null, null]);
    expect(names(['Ann Lee Example Corp, Engineer', 'Bob Smith (Bobby)', 'Cy Young Gusto, Director'])).toEqual([
      'Ann Lee',
      'Bob Smith',
      'Cy Young',
    ]);
  });

  it('reads no talk title as a person: titles open with no name, or a name alone is no item of this kind', () => {
    expect(names(['Scaling Rails Senior Teams', 'The Staff Engineer Path', 'Leading Engineers Well'])).toEqual([
      null,
      null,
      null,
    ]);
    expect(names(['Ann Lee', 'Bob Smith Engineer', 'Cy Young Founder', 'Di Ross Author'])).toEqual([
      null,
      'Bob Smith',
      'Cy Young',
      'Di Ross',
    ]);
  });
});

describe('a list of keynotes by who gives them', () => {
  it('names the speakers and keeps each item whole as its title', () => {
    const notes = parseNotes(
      '# Conf 2020\n\n## Keynotes\n\n* [Jane Roe (Jr)](https://v.example/1)\n* [Ann Lee Founder, Activist and Poet](https://v.example/2)\n' +
        '* [Bob Smith Senior Engineer Example](https://v.example/3)\n* [Kent Beck Gusto](https://v.example/4)\n',
      'notes.md',
    );
    const sessions = buildConference(notes).days.flatMap((day) => day.sessions);
    expect(sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name)])).toEqual([
      ['Jane Roe (Jr)', ['Jane Roe']],
      ['Ann Lee Founder, Activist and Poet', ['Ann Lee']],
      ['Bob Smith Senior Engineer Example', ['Bob Smith']],
      ['Kent Beck Gusto', ['Kent Beck']],
    ]);
  });
});

describe('toSession: a speaker named in the title and by the reading', () => {
  it('is one speaker', () => {
    const tree = parseMarkdown('');
    const session = toSession(
      {
        heading: 'Cold War - Jane Roe',
        text: 'Cold War - Jane Roe',
        line: 1,
        body: [],
        group: null,
        speakers: [
          { name: 'jane roe', org: null },
          { name: 'Ann Lee', org: null },
        ],
      },
      'notes.md',
      notesSource('', tree),
      (content, slot) => takeSpeakerLines(content, '', { slot }),
    );
    expect(session.speakers.map((speaker) => speaker.name)).toEqual(['Jane Roe', 'Ann Lee']);
  });
});
