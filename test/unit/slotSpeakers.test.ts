import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { buildOutline, type OutlineSection } from '../../src/model/outline.js';
import {
  MAX_ORG_WORDS,
  MIN_SLOT_SPEAKERS,
  nameFirst,
  readSlotSpeakers,
  readsAsTalkTitle,
  SLOT_SPEAKER_SHARE,
} from '../../src/model/slotSpeakers.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** Each section as [title, speaker heading or null, its children, the words of its body]. */
type Shape = [string, string | null, Shape[], string[]];
const shape = (sections: OutlineSection[]): Shape[] =>
  sections.map((section) => [
    section.text,
    section.speakerHeading?.text ?? null,
    shape(section.children),
    section.body.map((node) => toString(node)),
  ]);

function read(text: string): Shape[] {
  const notes = parseNotes(text, 'notes.md');
  return shape(readSlotSpeakers(buildOutline(notes.tree.children, notes.source).sections));
}

/** Talks of the whole model: [title, speakers]. */
function talks(text: string) {
  return buildConference(parseNotes(text, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name)]),
  );
}

describe('nameFirst: a sub-heading written `Name - Company`', () => {
  it('reads a name, a dash and what the person does or where', () => {
    expect(nameFirst('Jane Roe - Example Corp')).toEqual({ name: 'Jane Roe', about: 'Example Corp' });
    expect(nameFirst('  Jane Roe – Staff Engineer, Acme ')).toEqual({
      name: 'Jane Roe',
      about: 'Staff Engineer, Acme',
    });
    expect(nameFirst('Jean Dupont — ingénieur chez Acme')).toEqual({
      name: 'Jean Dupont',
      about: 'ingénieur chez Acme',
    });
    expect(nameFirst('Jane Roe - Apache Foundation')).toEqual({ name: 'Jane Roe', about: 'Apache Foundation' });
    expect(nameFirst('김영윤 - 삼성전자')).toEqual({ name: '김영윤', about: '삼성전자' });
    // A role of several Korean words is no name, though each word is as short as one.
    // The part before a comma says whether a person or a role follows the dash.
    expect(nameFirst('Linus Roe - 리눅스 커널, git')).toEqual({ name: 'Linus Roe', about: '리눅스 커널, git' });
    expect(nameFirst('신정규 - 오픈소스 프로젝트 설립자')).toEqual({
      name: '신정규',
      about: '오픈소스 프로젝트 설립자',
    });
  });

  it('refuses a title first, a person after the dash, or no dash with spaces', () => {
    expect(nameFirst('The Apache Way - 5 Principles')).toBeNull();
    expect(nameFirst('Service Mesh - Jane Roe')).toBeNull();
    expect(nameFirst('Service Mesh - Jane Roe, Acme')).toBeNull();
    expect(nameFirst('Jane Roe - John Doe')).toBeNull();
    expect(nameFirst('Jane Roe-Example')).toBeNull();
    expect(nameFirst('Jane Roe')).toBeNull();
    expect(nameFirst('10 Things - Acme')).toBeNull();
  });
});

describe('readSlotSpeakers: a slot heading over people', () => {
  it('reads each person as a talk titled by the slot, with their company', () => {
    const text = [
      '## Keynote',
      'The morning.',
      '#### Jane Roe - Example Corp',
      '- open source grows',
      '#### John Doe - Apache Foundation',
      '- no one owns a project',
    ].join('\n\n');
    expect(read(text)).toEqual([
      [
        'Keynote',
        null,
        [
          ['Keynote', 'Jane Roe (Example Corp)', [], ['open source grows']],
          ['Keynote', 'John Doe (Apache Foundation)', [], ['no one owns a project']],
        ],
        [
          'The morning.',
          'Jane Roe - Example Corp',
          'open source grows',
          'John Doe - Apache Foundation',
          'no one owns a project',
        ],
      ],
    ]);
  });

  it('takes a title from the heading after an empty name heading, or from the one sub-heading of one', () => {
    const text = [
      '## Keynotes',
      '#### Ann Lee - Founder, Example',
      '#### Ten Things I Would Tell Myself',
      '- share code',
      '#### Bo Chen - Acme',
      '##### An Interview',
      '- questions',
      '#### Jane Roe - Example Corp',
      '- a point',
    ].join('\n\n');
    expect(read(text)[0]![2]).toEqual([
      ['Ten Things I Would Tell Myself', 'Ann Lee (Founder, Example)', [], ['share code']],
      ['An Interview', 'Bo Chen (Acme)', [], ['questions']],
      ['Keynotes', 'Jane Roe (Example Corp)', [], ['a point']],
    ]);
  });

  it('keeps a heading that names no one as a part of the talk before it', () => {
    const text = [
      '## Keynote',
      '#### Jane Roe - Example Corp',
      '- a point',
      '#### The Apache Way - 5 Principles',
      '1. Meritocracy',
      '#### John Doe - Acme',
      '- b point',
    ].join('\n\n');
    expect(read(text)[0]![2]).toEqual([
      [
        'Keynote',
        'Jane Roe (Example Corp)',
        [['The Apache Way - 5 Principles', null, [], ['Meritocracy']]],
        ['a point', 'The Apache Way - 5 Principles', 'Meritocracy'],
      ],
      ['Keynote', 'John Doe (Acme)', [], ['b point']],
    ]);
  });

  it('keeps a heading before the first person as it is', () => {
    const text =
      '## Keynote\n\n#### Welcome\n\nhi\n\n#### Jane Roe - Example Corp\n\n- a\n\n#### John Doe - Acme\n\n- b\n';
    expect(read(text)[0]![2].map(([title, speaker]) => [title, speaker])).toEqual([
      ['Welcome', null],
      ['Keynote', 'Jane Roe (Example Corp)'],
      ['Keynote', 'John Doe (Acme)'],
    ]);
  });

  it(`needs ${MIN_SLOT_SPEAKERS} sub-headings, ${SLOT_SPEAKER_SHARE * 100}% of them naming a person first`, () => {
    expect([MIN_SLOT_SPEAKERS, SLOT_SPEAKER_SHARE]).toEqual([2, 0.6]);
    const one = '## Keynote\n\n#### Jane Roe - Example Corp\n\n- a point\n';
    expect(read(one)[0]![2]).toEqual([['Jane Roe - Example Corp', null, [], ['a point']]]);
    // 3 of 5 is 60%: read so; 2 of 4 is not.
    const people = (count: number, others: number) =>
      `## Keynote\n\n${[
        ...['Jane Roe - Acme', 'John Doe - Example', 'Ann Lee - Initech'].slice(0, count),
        ...['Closing Words', 'Open Questions'].slice(0, others),
      ]
        .map((heading) => `#### ${heading}\n\n- a point\n`)
        .join('\n')}`;
    expect(read(people(3, 2))[0]![2].map(([title]) => title)).toEqual(['Keynote', 'Keynote', 'Keynote']);
    expect(read(people(2, 2))[0]![2].map(([title]) => title)).toEqual([
      'Jane Roe - Acme',
      'John Doe - Example',
      'Closing Words',
      'Open Questions',
    ]);
  });

  it('needs a slot or group heading over them, and looks deeper when the section is not one', () => {
    const people = '#### Jane Roe - Example Corp\n\n- a\n\n#### John Doe - Acme\n\n- b\n';
    expect(read(`## Favourite moments\n\n${people}`)[0]![2].map(([title]) => title)).toEqual([
      'Jane Roe - Example Corp',
      'John Doe - Acme',
    ]);
    expect(read(`# Day 1\n\n## Keynotes\n\n${people}`)[0]![2][0]![2].map(([title]) => title)).toEqual([
      'Keynotes',
      'Keynotes',
    ]);
    expect(read(`## 基调演讲\n\n${people}`)[0]![2].map(([title]) => title)).toEqual([
      'Jane Roe - Example Corp',
      'John Doe - Acme',
    ]);
  });
});

describe('readsAsTalkTitle: what follows `Name - ` is a title, not a company', () => {
  it('reads a small word inside, a quote, a question or more words than a company has as a title', () => {
    expect(MAX_ORG_WORDS).toBe(3);
    expect(
      [
        'Bringing Types to Elixir',
        '“Not Hotdog” Revisited',
        '"Not Hotdog" Revisited',
        'Why Phoenix?',
        'Phoenix Beyond Cowboy Servers',
        'Acme, „Ein Vortrag“',
      ].map(readsAsTalkTitle),
    ).toEqual([true, true, true, true, true, true]);
  });

  it('reads a company, a role, or three capitalised words as no title', () => {
    expect(
      [
        'Example Corp',
        'Apache Software Foundation Team',
        'Staff Engineer at Acme',
        'Director of Platform, Acme',
        'Phoenix Beyond Cowboy',
        'iOS Platform',
        '삼성전자',
        'Acme, part of Initech',
      ].map(readsAsTalkTitle),
    ).toEqual([false, false, false, false, false, false, false, false]);
  });

  const favourites = (abouts: string[]) =>
    `## Favorite talks\n\n${abouts.map((about, index) => `### ${['Jane Roe', 'John Doe', 'Ann Lee', 'Bo Chen'][index]} - ${about}\n\n- a point\n`).join('\n')}`;
  const titlesOf = (text: string) => read(text)[0]![2].map(([title, speaker]) => [title, speaker]);

  it(`leaves talks written speaker first under a group heading: ${MIN_SLOT_SPEAKERS} titles or more, over half of the names`, () => {
    expect(titlesOf(favourites(['Types to Elixir', 'Don’t Fight the Monolith', 'Acme']))).toEqual([
      ['Jane Roe - Types to Elixir', null],
      ['John Doe - Don’t Fight the Monolith', null],
      ['Ann Lee - Acme', null],
    ]);
    // Half of them titles: a slot's people still.
    expect(titlesOf(favourites(['Types to Elixir', 'Don’t Fight the Monolith', 'Acme', 'Initech']))).toEqual([
      ['Favorite talks', 'Jane Roe (Types to Elixir)'],
      ['Favorite talks', 'John Doe (Don’t Fight the Monolith)'],
      ['Favorite talks', 'Ann Lee (Acme)'],
      ['Favorite talks', 'Bo Chen (Initech)'],
    ]);
    // One title alone is not the file's habit.
    expect(titlesOf(favourites(['Types to Elixir', 'Acme']))).toEqual([
      ['Favorite talks', 'Jane Roe (Types to Elixir)'],
      ['Favorite talks', 'John Doe (Acme)'],
    ]);
  });

  it('reads each as its speaker’s talk in the whole model', () => {
    const text = favourites(['Building Livebook Desktop', '“Not Hotdog” Revisited', 'Bringing Types to Elixir']);
    expect(talks(text)).toEqual([
      ['Building Livebook Desktop', ['Jane Roe']],
      ['“Not Hotdog” Revisited', ['John Doe']],
      ['Bringing Types to Elixir', ['Ann Lee']],
    ]);
  });
});

describe('a day whose heading names a group (`# Day 2 - Keynotes`)', () => {
  it('holds its talks, not one slot’s people: no talk lost, none titled by the day', () => {
    const text = [
      '# Day 2 - Keynotes',
      '## Jane Roe - Wahlin - An async journey',
      '- a point',
      '## John Doe - Angular Architecture Concepts',
      '- b point',
      '## Bo Chen - PWA, Web Platform, Chrome',
      '- d point',
      '# Day 2 - Tracks',
      '## Ann Lee - Ionic',
      '- c point',
    ].join('\n\n');
    expect(read(text).map(([title, speaker, children]) => [title, speaker, children.length])).toEqual([
      ['Day 2 - Keynotes', null, 3],
      ['Day 2 - Tracks', null, 1],
    ]);
    expect(talks(text)).toEqual([
      ['Wahlin - An async journey', ['Jane Roe']],
      ['Angular Architecture Concepts', ['John Doe']],
      ['PWA, Web Platform, Chrome', ['Bo Chen']],
      ['Ionic', ['Ann Lee']],
    ]);
  });
});

describe('keynotes given as `Name - Company` sub-headings, read by the model', () => {
  it('reads one keynote per person, with the talks after them', () => {
    const text = [
      '# Day 1',
      '## Keynote',
      '#### 김영윤 - 삼성전자',
      '* 오픈소스 프로젝트의 증가',
      '#### David Nalley - 아파치재단 부의장',
      '* 미션',
      '## 오픈소스! 오픈스택! - 장현정',
      '- 요점',
      '# Day 2',
      '## Service Mesh Patterns - Jane Roe',
      '- a point',
    ].join('\n\n');
    expect(talks(text)).toEqual([
      ['Keynote', ['김영윤']],
      ['Keynote', ['David Nalley']],
      ['오픈소스! 오픈스택!', ['장현정']],
      ['Service Mesh Patterns', ['Jane Roe']],
    ]);
  });
});
