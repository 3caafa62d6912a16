import type { List } from 'mdast';
import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import {
  dayEvidence,
  LOST_TALK,
  MARKED_TALK,
  NOT_A_DAY,
  NOT_A_TALK,
  readingEvidence,
  sharesTopic,
  TALK_WITH_NOTES,
} from '../../src/model/reading/evidence.js';
import { itemEvidence, MIN_TALK_ITEMS, talksOfList, titleFromEventUrl } from '../../src/model/reading/listTalks.js';
import { structureOption } from '../../src/model/reading/structureOption.js';
import { withoutTimeSlot } from '../../src/model/speakers/timeSlot.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { lostWords } from '../support/noteWords.js';
import type { DaySource, TalkSource } from '../../src/model/inferStructure.js';

function conference(text: string) {
  return buildConference(parseNotes(text, 'notes.md'));
}

function firstList(text: string): { list: List; source: string } {
  const notes = parseNotes(text, 'notes.md');
  return { list: notes.tree.children.find((node): node is List => node.type === 'list')!, source: notes.source };
}

function talk(text: string, body = 0, group: string | null = null): TalkSource {
  return {
    heading: text,
    text,
    line: 1,
    body: Array.from({ length: body }, () => ({ type: 'thematicBreak' as const })),
    group,
  };
}

describe('time slots before a title', () => {
  it('drops "14:30 - 15:00 :", "10h - 10h50 :", "9:00" and "0945 -", and keeps years and counts', () => {
    expect(withoutTimeSlot('14:30 - 15:00 : Title - Jane Roe, Example')).toBe('Title - Jane Roe, Example');
    expect(withoutTimeSlot('10h - 10h50 : The Linux Kernel')).toBe('The Linux Kernel');
    expect(withoutTimeSlot('9:00 Keynote')).toBe('Keynote');
    expect(withoutTimeSlot('0945 - The Admin Is Your Friend')).toBe('The Admin Is Your Friend');
    expect(withoutTimeSlot('2019 was great')).toBe('2019 was great');
    expect(withoutTimeSlot('10 Ways to Shoot Yourself')).toBe('10 Ways to Shoot Yourself');
    expect(withoutTimeSlot('12 - 2 things')).toBe('12 - 2 things');
  });
});

describe('list items as talks', () => {
  it('titles a talk given only as an event URL from its slug', () => {
    expect(titleFromEventUrl('https://example.org/2020/schedule/event/some_talk/')).toBe('some talk');
    expect(titleFromEventUrl('https://example.org/blog/some_post/')).toBeNull();
  });

  it('weighs items: slot, speaker or event URL 1, a bare link 0.6, a short line only under a group heading', () => {
    const { list } = firstList(
      '- 14:30 - 15:00 : Title\n- [Title](https://x.org) by Jane Roe\n- [Title](https://x.org)\n- Short line\n- A whole sentence of notes about the talk.\n',
    );
    expect(list.children.map((item) => itemEvidence(item, false))).toEqual([1, 1, 0.6, 0, 0]);
    expect(itemEvidence(list.children[3]!, true)).toBe(0.5);
  });

  it(`needs ${MIN_TALK_ITEMS} items, most of them talk-like`, () => {
    const two = firstList('- [A](https://x.org/a) by Jane Roe\n- [B](https://x.org/b) by John Doe\n');
    expect(talksOfList(two.list, two.source, null, false)).toBeNull();
    const notes = firstList('- [A](https://x.org/a) by Jane Roe\n- a note.\n- another note.\n- a third note.\n');
    expect(talksOfList(notes.list, notes.source, null, false)).toBeNull();
    const talks = firstList(
      '- [A](https://x.org/a) by Jane Roe\n- [B](https://x.org/b) by John Doe\n- [C](https://x.org/c) - Ann Lee, Example Corp\n',
    );
    expect(talksOfList(talks.list, talks.source, null, false)?.talks.map((entry) => entry.text)).toEqual([
      'A by Jane Roe',
      'B by John Doe',
      'C - Ann Lee, Example Corp',
    ]);
  });
});

describe('evidence of a reading', () => {
  it('pins the weights of talks and days', () => {
    expect(
      readingEvidence([
        { heading: null, text: null, line: null, intro: [], talks: [talk('Title - Jane Roe, Example Corp')] },
      ]),
    ).toBe(MARKED_TALK);
    expect(
      readingEvidence([{ heading: null, text: null, line: null, intro: [], talks: [talk('Observability', 2)] }]),
    ).toBe(TALK_WITH_NOTES);
    expect(
      readingEvidence([
        {
          heading: null,
          text: null,
          line: null,
          intro: [],
          talks: [talk('Lunch', 2), talk('Summary', 2), talk('Keynotes', 2)],
        },
      ]),
    ).toBe(3 * NOT_A_TALK);
    // The same title twice ("Q&A" under every talk) marks parts of talks.
    expect(
      readingEvidence([
        { heading: null, text: null, line: null, intro: [], talks: [talk('Takeaways', 2), talk('Takeaways', 2)] },
      ]),
    ).toBe(0);
    expect(dayEvidence('Day 2')).toBe(0.5);
    expect(dayEvidence('Talks')).toBe(0);
    expect(dayEvidence('Observability')).toBe(NOT_A_DAY);
    const day: DaySource = { heading: null, text: null, line: null, intro: [], talks: [] };
    expect(readingEvidence([day], ['Trust No One - Jane Roe, Example Corp'])).toBe(LOST_TALK);
  });

  it('reads a heading that repeats a word of the one above as a part of that talk', () => {
    expect(sharesTopic('What is Linkerd?', 'Intro to Linkerd')).toBe(true);
    expect(sharesTopic('La arquitectura fluida', 'De charla en charla')).toBe(false);
    expect(sharesTopic('Keynote notes', 'Keynotes')).toBe(false);
  });
});

describe('choosing a reading', () => {
  const listNotes =
    '# Conf\n\nIntro.\n\n## Tuesday\n\n- [Alpha Talk](https://x.org/a) - Jane Roe, Example Corp\n- [Beta Talk](https://x.org/b) - John Doe\n- [Gamma Talk](https://x.org/c) by Ann Lee\n\n## Wednesday\n\n- 10:00 - 10:30 : Delta Talk - Bob Lee, Acme\n- 11:00 - 11:30 : Epsilon Talk\n- 12:00 - 12:30 : Zeta Talk\n';

  it('reads talks from list items under day headings, with speakers and days', () => {
    const read = conference(listNotes);
    expect(read.days.map((day) => [day.title, day.sessions.map((session) => session.title)])).toEqual([
      ['Tuesday', ['Alpha Talk', 'Beta Talk', 'Gamma Talk']],
      ['Wednesday', ['Delta Talk', 'Epsilon Talk', 'Zeta Talk']],
    ]);
    expect(read.days[0]!.sessions[0]!.speakers).toEqual([{ name: 'Jane Roe', org: 'Example Corp' }]);
    expect(read.structure).toMatchObject({ days: 'h2', talks: 'list', source: 'inferred' });
  });

  it('reads a schedule whose bullet changes after the first item as one list', () => {
    const read = conference(
      'Talks I saw:\n\n* 10h - 10h50 : The Linux Kernel\n- 11h - 11h25 : Boosting Python with Rust\n- 14h - 14h50 : The Early History of Unix\n',
    );
    expect(read.days.flatMap((day) => day.sessions.map((session) => session.title))).toEqual([
      'The Linux Kernel',
      'Boosting Python with Rust',
      'The Early History of Unix',
    ]);
  });

  it('loses nothing written after the last list of talks (a found counterexample)', () => {
    expect(
      lostWords(
        '- https://example.com/aaa `aaa`\n- [aaa](https://example.org/aaa) aaa\n\n\n- https://example.com/aaa `aaa`\n\n\n# aaa - Aaa Aab\n',
        'generated.md',
      ),
    ).toEqual([]);
    const read = conference(
      'Intro.\n\n- [A](https://x.org/a) by Jane Roe\n- [B](https://x.org/b) by John Doe\n- [C](https://x.org/c) by Ann Lee\n\n## Conclusion\n\nGreat conference.\n',
    );
    expect(read.extras.map((extra) => [extra.title, extra.placement])).toEqual([['Conclusion', 'closing']]);
  });

  it('prefers the list reading over one talk made of the whole notes', () => {
    const read = conference(
      'I went to SREcon.\n\nSome of my favourite talks:\n\n* [Anycast Is Not Load Balancing](https://x.org/p/anycast) by Jane Roe\n* [The Dangers of Paranoia](https://x.org/p/epure) by John Doe\n* [Resiliency Testing](https://x.org/p/toxi) by Ann Lee\n\nIt was fun.\n',
    );
    expect(
      read.days.flatMap((day) =>
        day.sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name)]),
      ),
    ).toEqual([
      ['Anycast Is Not Load Balancing', ['Jane Roe']],
      ['The Dangers of Paranoia', ['John Doe']],
      ['Resiliency Testing', ['Ann Lee']],
    ]);
    expect(read.structure).toMatchObject({ days: null, talks: 'list' });
  });

  it('keeps the heading reading, and says how sure it is, when the talks are headings', () => {
    const read = conference(
      '# Conf\n\n## Day 1\n\n### Alpha - Jane Roe, Example\n\n- [link](https://x.org/1)\n- [link](https://x.org/2)\n- [link](https://x.org/3)\n\n### Beta - John Doe, Acme\n\n- note\n',
    );
    expect(read.days[0]!.sessions.map((session) => session.title)).toEqual(['Alpha', 'Beta']);
    expect(read.structure).toMatchObject({ days: 'h2', talks: 'h3' });
    expect(read.structure!.confidence).toBeGreaterThan(0);
    expect(read.structure!.confidence).toBeLessThanOrEqual(1);
  });

  it('follows a structure asked for in front matter', () => {
    const read = conference(
      '---\nstructure: { days: h2, talks: h3 }\n---\n\n## Monday\n\n### Observability\n\nNotes.\n\n### Storage\n\nMore notes.\n\n## Tuesday\n\n### Networking\n\nNotes.\n',
    );
    expect(read.days.map((day) => [day.title, day.sessions.map((session) => session.title)])).toEqual([
      ['Monday', ['Observability', 'Storage']],
      ['Tuesday', ['Networking']],
    ]);
    expect(read.structure).toMatchObject({ days: 'h2', talks: 'h3', confidence: 1, source: 'front matter' });
  });

  it('follows a structure given in config, front matter winning', () => {
    const notes = parseNotes('## Observability\n\n### Logs\n\nx\n\n### Traces\n\ny\n', 'notes.md');
    expect(
      buildConference(notes, { structure: { days: 'h2', talks: 'h3' } }).days.map((day) => day.sessions.length),
    ).toEqual([2]);
    expect(buildConference(notes, { structure: { days: 'h2', talks: 'h3' } }).structure?.source).toBe('config');
  });

  it('refuses a structure it cannot read, with the file', () => {
    expect(() => structureOption({ talks: 'h9' }, 'notes.md')).toThrow(/notes\.md|structure/);
    expect(() => structureOption('h3', 'notes.md')).toThrow(
      /expected \{ days: h1\.\.h6 or none, talks: h1\.\.h6, list or prose \}/,
    );
    expect(structureOption({ talks: 'list' }, 'notes.md')).toEqual({ days: null, talks: 'list' });
    expect(structureOption({ talks: 'prose' }, 'notes.md')).toEqual({ days: null, talks: 'prose' });
  });
});
