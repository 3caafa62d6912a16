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

describe('personItemSpeakers at its edges (mutation testing, issue 19)', () => {
  /** Three items that read as people, then the one under test: its speaker, or null. */
  const fourth = (text: string) =>
    names(['Jane Roe Senior Engineer', 'John Doe (JD)', 'Ann Lee Founder, Example', text])[3] ?? null;
  /** Whether `text` reads as a person by itself: three of four items must, so two others and it. */
  const reads = (text: string) =>
    names(['Jane Roe Senior Engineer', 'John Doe (JD)', text, 'Plain Talk Title Here'])[0] !== null;

  it('counts each word of who a person is, in any case, within the first three words after the name', () => {
    for (const word of ['executive', 'Activist', 'AUTHOR', 'Chief', 'head', 'Lead', 'staff', 'Partner', 'owner'])
      expect([word, reads(`Kim Park ${word} of Things`)]).toEqual([word, true]);
    expect(reads('Kim Park Writes Code Founder')).toBe(true);
    expect(reads('Kim Park Writes Good Code Founder')).toBe(false);
    expect(reads('Kim Park the Author')).toBe(true);
    // Punctuation after the word is no part of it; a word that only holds one is not it.
    expect(reads('Kim Park Founder,')).toBe(true);
    expect(reads('Kim Park Founder.;')).toBe(true);
    expect(reads('Kim Park Found,er')).toBe(false);
  });

  it('reads a nickname alone in parentheses after the name, not one with words around it', () => {
    expect(reads('Kim Park (Kimmy)')).toBe(true);
    expect(reads('Kim Park (Kimmy) on Ruby')).toBe(false);
    expect(reads('Kim Park on Ruby (Kimmy)')).toBe(false);
    expect(reads('Kim Park (Kimmy Parks)')).toBe(true);
  });

  it('needs two words that read as a full name, the name alone naming no one', () => {
    expect(fourth('Kim Park Gusto')).toBe('Kim Park');
    expect(fourth('  Kim Park Gusto')).toBe('Kim Park');
    expect(fourth('Kim  Park Gusto')).toBe('Kim Park');
    expect(fourth('Kim Park')).toBe(null);
    expect(fourth('Kim')).toBe(null);
    expect(fourth('kim park Gusto')).toBe(null);
    expect(reads('Kim')).toBe(false);
    expect(reads('Observability Matters Founder')).toBe(false);
    // Too few items read so: none is given a speaker (null, not undefined).
    expect(personItemSpeakers(['Kim Park Founder', 'A Talk', 'Another Talk'])).toEqual([null, null, null]);
  });
});
