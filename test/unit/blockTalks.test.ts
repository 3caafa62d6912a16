import type { List } from 'mdast';
import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { MIN_SERIES } from '../../src/model/reading/headingSeries.js';
import { isPeopleTitle } from '../../src/model/reading/listReading.js';
import { itemEvidence, talkLine } from '../../src/model/reading/listTalks.js';
import { MIN_PROSE_TALKS } from '../../src/model/reading/proseTalks.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { lostWords } from '../support/noteWords.js';

/** Talks that are not headings (issue 13), written here with made-up text. */
function conference(text: string) {
  return buildConference(parseNotes(text, 'notes.md'));
}

const talksOf = (text: string) =>
  conference(text).days.map((day) => [
    day.title,
    day.sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name)]),
  ]);

describe('talks named only in sentences, by links to their event pages', () => {
  const notes = [
    '# Devconf 2031 notes',
    '',
    'I went to many talks.',
    '',
    '## Favourite talks',
    '',
    '### Saturday',
    '',
    'In the **Storage** room my favourite was [Lazy Image Pulls](https://conf.example.org/2031/schedule/event/lazy_pulls/) by Jane Roe.',
    'Then [Failing Well](https://conf.example.org/2031/schedule/event/failing/) by John Doe and [Tiny Clusters](https://conf.example.org/2031/schedule/event/tiny/) by Ann Lee and Bob Smith + [Edge Caching](https://conf.example.org/2031/schedule/event/edge/) were good.',
    '',
    '### Sunday',
    '',
    'I liked the one do [Maria Souza](https://social.example.org/msouza) sobre [Remote Teams](https://conf.example.org/2031/presentation/remote-teams), and the [slides](https://conf.example.org/2031/talks/remote-slides) too.',
    '',
    '## Conclusion',
    '',
    'Great again.',
  ].join('\n');

  it('reads each linked talk under its day, with the speaker written before or after it', () => {
    expect(talksOf(notes)).toEqual([
      [
        'Saturday',
        [
          ['Lazy Image Pulls', ['Jane Roe']],
          ['Failing Well', ['John Doe']],
          ['Tiny Clusters', ['Ann Lee', 'Bob Smith']],
          ['Edge Caching', []],
        ],
      ],
      ['Sunday', [['Remote Teams', ['Maria Souza']]]],
    ]);
    expect(conference(notes).structure).toMatchObject({ days: 'h3', talks: 'prose' });
  });

  it('keeps every word: a paragraph is the notes of the first talk it names', () => {
    expect(lostWords(notes, 'notes.md')).toEqual([]);
    const saturday = conference(notes).days[0]!;
    expect(saturday.sessions[0]!.blocks.map((block) => block.kind)).toEqual(['paragraph']);
  });

  it('is the reading asked for by `structure: { talks: prose }`', () => {
    const read = conference(`---\nstructure: { days: h3, talks: prose }\n---\n${notes}`);
    expect(read.structure).toMatchObject({ days: 'h3', talks: 'prose', source: 'front matter' });
    expect(read.days.map((day) => day.sessions.length)).toEqual([4, 1]);
  });

  it(`needs ${MIN_PROSE_TALKS} such links in the file`, () => {
    const two =
      '## Notes\n\nI saw [Lazy Image Pulls](https://conf.example.org/schedule/event/lazy/) by Jane Roe and [Failing Well](https://conf.example.org/schedule/event/failing/).\n\n## More\n\nText.\n';
    expect(conference(two).structure?.talks).not.toBe('prose');
  });

  it("leaves a talk heading's link to its own page to the heading reading", () => {
    const headed = [1, 2, 3]
      .map(
        (n) =>
          `## Talk ${n}: Topic Number ${n} - Jane Roe\n\nSee [Topic Number ${n}](https://conf.example.org/talks/topic-${n}) for the slides.\n`,
      )
      .join('\n');
    expect(conference(headed).structure?.talks).toBe('h2');
  });
});

describe('a table of contents is not a list of talks', () => {
  const names = ['Alpha Systems', 'Beta Testing', 'Gamma Rays', 'Delta Force', 'Epsilon Greedy', 'Zeta Functions'];
  const people = ['Jane Roe', 'John Doe', 'Ann Lee', 'Bob Smith', 'Eve Stone', 'Max Power'];
  const anchor = (name: string) => name.split(' ')[0]!.toLowerCase();

  it('weighs an item that links into the page as no talk', () => {
    const { tree } = parseNotes('- [Alpha Systems](#alpha)\n- [Alpha Systems](https://x.org/alpha)\n', 'notes.md');
    const list = tree.children[0] as List;
    expect(list.children.map((item) => itemEvidence(item, false))).toEqual([0, 0.6]);
  });

  it('reads the talks from the headings its in-page links point at', () => {
    const notes = [
      'What we saw.',
      '',
      '#### Contents',
      '',
      ...names.map((name) => `- [${name}](#${anchor(name)})`),
      '',
      '# Talks',
      '',
      ...names.flatMap((name, index) => [
        `<a name="${anchor(name)}"></a>`,
        `#### ${name}`,
        '',
        `- ${people[index]} ([@${anchor(name)}](https://social.example.org/${anchor(name)}))`,
        '',
        `Notes on ${name}.`,
        '',
      ]),
    ].join('\n');
    const read = conference(notes);
    expect(read.structure?.talks).toBe('h4');
    expect(
      read.days.flatMap((day) =>
        day.sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name)]),
      ),
    ).toEqual(names.map((name, index) => [name, [people[index]]]));
  });
});

describe('a list of people is not a list of talks', () => {
  const notes = (heading: string) =>
    [
      '# Meetup 8',
      '',
      `## ${heading}`,
      '',
      '1. [Jane Roe](/people/jroe/) (Speaker), CTO of Example',
      '1. [John Doe](/people/jdoe/) (Speaker), founder of Acme',
      '1. [Ann Lee](/people/alee/), partner at Example Ventures',
      '',
      '## Talks',
      '',
      '### Growing Calm Teams',
      '',
      '- a point',
      '',
      '### Selling Through Chat',
      '',
      '- another point',
    ].join('\n');

  it('reads the talks from the headings when the list sits under "Attendees" or "参会者"', () => {
    for (const heading of ['Attendees', '参会者'])
      expect(
        conference(notes(heading)).days.flatMap((day) => day.sessions.map((session) => session.title)),
        heading,
      ).toEqual(['Growing Calm Teams', 'Selling Through Chat']);
  });

  it('knows the heading words', () => {
    expect(['Attendees:', 'Participants', 'Teilnehmer', '参会者'].every(isPeopleTitle)).toBe(true);
    expect(isPeopleTitle('Talks')).toBe(false);
  });
});

describe('shapes shared by every talk heading of a day', () => {
  const day = (titles: string[]) =>
    conference(`## Talks\n\n${titles.map((title) => `### ${title}\n\n- a point\n`).join('\n')}`).days.flatMap((read) =>
      read.sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name)]),
    );

  it('drops numbers "1 ", "2 " written in order, and reads a Chinese name after a full-width comma as the speaker', () => {
    expect(day(['1 Chatbot 社群联盟构想，朱跃峰', '2 基于微信的 SalesForce，李佳芮'])).toEqual([
      ['Chatbot 社群联盟构想', ['朱跃峰']],
      ['基于微信的 SalesForce', ['李佳芮']],
    ]);
  });

  it('reads talks named by the person who gave them as theirs, where half of the headings or more are names', () => {
    expect(day(['Jane Roe', 'John Doe', 'The Cache Problem'])).toEqual([
      ['Jane Roe', ['Jane Roe']],
      ['John Doe', ['John Doe']],
      ['The Cache Problem', []],
    ]);
    expect(day(['Jane Roe', 'The Cache Problem', 'On-Call for All'])).toEqual([
      ['Jane Roe', []],
      ['The Cache Problem', []],
      ['On-Call for All', []],
    ]);
  });

  it(`needs every heading of the day written so, and at least ${MIN_SERIES}`, () => {
    expect(day(['1 Chatbot 社群联盟构想，朱跃峰', '3 基于微信的 SalesForce，李佳芮'])).toEqual([
      ['1 Chatbot 社群联盟构想', ['朱跃峰']],
      ['3 基于微信的 SalesForce', ['李佳芮']],
    ]);
    expect(day(['微服务架构，实践', '10 Ways to Fail'])).toEqual([
      ['微服务架构，实践', []],
      ['10 Ways to Fail', []],
    ]);
  });
});

describe('list items that name a talk, then say what the author thought of it', () => {
  it('reads the lead "Title (Jane Roe): notes" or "Title by Jane Roe: notes" as the talk', () => {
    const notes = [
      'What I saw:',
      '',
      '- Rethinking Caches (Jane Roe): she showed how to stop caching everything, with numbers from a big shop and a few war stories.',
      '- Calm On-Call by John Doe: rotations that let people sleep; the best talk of the day by far, I think.',
      '- Tiny Clusters (Ann Lee) - a tour of running many very small clusters instead of one big one, and why.',
    ].join('\n');
    expect(talksOf(notes).flatMap(([, sessions]) => sessions)).toEqual([
      ['Rethinking Caches', ['Jane Roe']],
      ['Calm On-Call', ['John Doe']],
      ['Tiny Clusters', ['Ann Lee']],
    ]);
    expect(lostWords(notes, 'notes.md')).toEqual([]);
  });

  it('keeps the whole line when its parentheses name no one', () => {
    expect(talkLine('Caching (part 2): notes')).toBe('Caching (part 2): notes');
    expect(talkLine('Rethinking Caches (AWS): notes')).toBe('Rethinking Caches (AWS): notes');
    expect(talkLine('We went to lunch (with Jane Roe): it was fine.')).toBe(
      'We went to lunch (with Jane Roe): it was fine.',
    );
  });
});
