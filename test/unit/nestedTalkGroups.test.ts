import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { MIN_SHAPED_TALKS, SHAPE_SHARE, listsShapedTalks } from '../../src/model/talkShape.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/**
 * Talks two levels or more under their day (issue 13, class 1): `## Day 2` over `### Sessions` over `#### Talks I heard`
 * over `##### [Title](…)` links. The group between the day and its talks gathers them; its sub-sections are not its parts.
 */
const read = (text: string) => buildConference(parseNotes(text, 'notes.md'));
const days = (text: string) =>
  read(text).days.map((day) => [day.title, day.sessions.map((session) => `${session.title} (${session.group})`)]);
const section = (heading: string, children: { heading: string; text: string; children: unknown[] }[] = []) => ({
  heading,
  text: heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'),
  children,
});

describe('a group of linked talks below the day', () => {
  it('reads the linked headings two levels under a group as the talks of the day, each in its group', () => {
    const text = [
      '# Notes',
      '',
      '## Day 1',
      '',
      'Workshops all day.',
      '',
      '## Day 2',
      '',
      '### Sessions',
      '',
      '#### Heard live',
      '',
      '##### [Building Calmer On-Call Rotations](https://example.org/timetable/1/)',
      '',
      'https://video.example/1',
      '',
      '##### [Testing Your Configs](https://example.org/timetable/2/)',
      '',
      'Good one.',
      '',
      '##### [Service Mesh Patterns](https://example.org/timetable/3/)',
      '',
      '#### Missed, to watch later',
      '',
      '##### [Kotlin Flow in Depth](https://example.org/timetable/4/)',
      '',
      '##### [Large Screens](https://example.org/timetable/5/)',
      '',
      '##### [OAuth Done Right](https://example.org/timetable/6/)',
    ].join('\n');
    expect(days(text)).toEqual([
      ['Day 1', []],
      [
        'Day 2',
        [
          'Building Calmer On-Call Rotations (Sessions · Heard live)',
          'Testing Your Configs (Sessions · Heard live)',
          'Service Mesh Patterns (Sessions · Heard live)',
          'Kotlin Flow in Depth (Sessions · Missed, to watch later)',
          'Large Screens (Sessions · Missed, to watch later)',
          'OAuth Done Right (Sessions · Missed, to watch later)',
        ],
      ],
    ]);
  });

  it('reads a group named in another language, its talks after a time', () => {
    const text = [
      '## 2日目',
      '',
      '### 聴いたもの',
      '',
      '#### 10:00 Composeの話',
      '',
      'メモ',
      '',
      '#### 11:00 Roomの話',
      '',
      '#### 13:30 テストの話',
    ].join('\n');
    expect(days(text)).toEqual([
      ['2日目', ['Composeの話 (聴いたもの)', 'Roomの話 (聴いたもの)', 'テストの話 (聴いたもの)']],
    ]);
  });

  it('keeps a talk with link headings as one talk: its heading names its speaker, or it holds too few', () => {
    const byline = [
      '## Day 1',
      '',
      '### Fast Builds by Jane Roe',
      '',
      '#### [Slides](https://example.org/slides)',
      '',
      '#### [Video](https://example.org/video)',
      '',
      '#### [Repo](https://example.org/repo)',
    ].join('\n');
    expect(days(byline)).toEqual([['Day 1', ['Fast Builds (null)']]]);
    const two = [
      '## Day 1',
      '',
      '### Fast Builds',
      '',
      '#### [Slides](https://example.org/slides)',
      '',
      '#### [Video](https://example.org/video)',
    ].join('\n');
    expect(days(two)).toEqual([['Day 1', ['Fast Builds (null)']]]);
  });
});

describe('listsShapedTalks', () => {
  it('needs MIN_SHAPED_TALKS leaf sub-sections, SHAPE_SHARE of them a link or a time', () => {
    expect(MIN_SHAPED_TALKS).toBe(3);
    expect(SHAPE_SHARE).toBe(0.6);
    const link = (name: string) => section(`[${name}](https://example.org/${name})`);
    expect(listsShapedTalks([link('a'), link('b'), link('c')])).toBe(true);
    expect(listsShapedTalks([link('a'), link('b')])).toBe(false);
    // 3 of 5 is 0.6: enough; 2 of 4 is not.
    expect(listsShapedTalks([link('a'), link('b'), link('c'), section('Notes'), section('More')])).toBe(true);
    expect(listsShapedTalks([link('a'), link('b'), section('Notes'), section('More')])).toBe(false);
    expect(listsShapedTalks([section('10:00 Alpha'), section('11:00 Beta'), section('12:00 Gamma')])).toBe(true);
  });

  it('refuses dash tails, and sub-sections that have sub-sections of their own', () => {
    expect(listsShapedTalks([section('Topic - Alpha'), section('Topic - Beta'), section('Topic - Gamma')])).toBe(false);
    const link = (name: string) => section(`[${name}](https://example.org/${name})`);
    expect(listsShapedTalks([link('a'), link('b'), section('[c](https://example.org/c)', [link('d')])])).toBe(false);
  });
});
