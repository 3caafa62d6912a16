import type { List } from 'mdast';
import { describe, expect, it } from 'vitest';
import {
  isEventUrl,
  itemEvidence,
  joinAdjacentLists,
  MIN_TALK_ITEMS,
  MIN_HANDLE_LEADS,
  MIN_TALK_SHARE,
  SPEAKER_FIRST_EVIDENCE,
  sureTalkShare,
  talkLine,
  talksOfList,
  titleFromEventUrl,
} from '../../src/model/reading/listTalks.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

function firstList(text: string): { list: List; source: string } {
  const notes = parseNotes(text, 'notes.md');
  return { list: notes.tree.children.find((node): node is List => node.type === 'list')!, source: notes.source };
}

/** The evidence of the first item of `text`: alone, under a group heading, and without the notes' text. */
function weigh(text: string): [number, number, number] {
  const { list, source } = firstList(text);
  const item = list.children[0]!;
  return [itemEvidence(item, false, source), itemEvidence(item, true, source), itemEvidence(item, false)];
}

const words = (count: number) => Array.from({ length: count }, (_, index) => `w${index}`).join(' ');

/** talksOfList's answer: its evidence and each talk as [text, heading, line, blocks of notes, group, speaker first]. */
function read(text: string) {
  const { list, source } = firstList(text);
  const found = talksOfList(list, source, 'Group', false);
  return (
    found && {
      evidence: found.evidence,
      talks: found.talks.map((talk) => [
        talk.text,
        talk.heading,
        talk.line,
        talk.body.length,
        talk.group,
        talk.speakerFirst,
      ]),
    }
  );
}

describe('event URLs', () => {
  it('knows a talk page in a programme and titles the talk from its last path part', () => {
    expect(titleFromEventUrl('https://fosdem.org/2020/schedule/event/some_talk/')).toBe('some talk');
    expect(titleFromEventUrl('https://x.org/presentation/suriar-anycast')).toBe('suriar anycast');
    expect(titleFromEventUrl('https://x.org/talks/a.html')).toBe('a');
    expect(titleFromEventUrl('https://x.org/talk/a?x=1#y')).toBe('a');
    expect(titleFromEventUrl('http://x.org/events/My%20Talk/')).toBe('My Talk');
    expect(titleFromEventUrl('https://x.org/proposal/a-b__c')).toBe('a b c');
    expect(titleFromEventUrl(' https://x.org/schedule/x ')).toBe('x');
    expect(titleFromEventUrl('HTTPS://X.ORG/SESSION/ABC')).toBe('ABC');
  });

  it('gives no title for a slug of no letters, a deeper path, another scheme or another kind of page', () => {
    expect(titleFromEventUrl('https://x.org/sessions/123')).toBeNull();
    expect(isEventUrl('https://x.org/sessions/123')).toBe(true);
    for (const url of [
      'https://x.org/event/a/b',
      'ftp://x.org/event/a',
      'https://x.org/blog/a',
      'see https://x.org/event/a',
    ])
      expect([url, isEventUrl(url), titleFromEventUrl(url)]).toEqual([url, false, null]);
  });
});

describe('talkLine: the part of a line that names the talk', () => {
  it('is the lead before the notes when only the lead names speakers', () => {
    expect(talkLine('Title (Jane Roe, Acme): great talk')).toBe('Title (Jane Roe, Acme)');
    expect(talkLine('Title by Jane Roe: great')).toBe('Title by Jane Roe');
    expect(talkLine('Title by Jane Roe - great')).toBe('Title by Jane Roe');
    expect(talkLine('Title (Jane Roe) – x')).toBe('Title (Jane Roe)');
    expect(talkLine('Ab (Jane Roe): x')).toBe('Ab (Jane Roe)');
  });

  it('is the whole line when the lead names no one, or the whole line names the speakers', () => {
    expect(talkLine('Title (great): notes')).toBe('Title (great): notes');
    expect(talkLine('Title - Jane Roe')).toBe('Title - Jane Roe');
    expect(talkLine('Title by Jane Roe. Then')).toBe('Title by Jane Roe. Then');
  });
});

describe('itemEvidence: how much one item reads as a talk', () => {
  it('counts a slot, an event URL, a speaker, a name set apart or a byline under it as a talk (1)', () => {
    expect(weigh('- 14:30 Title')).toEqual([1, 1, 1]);
    expect(weigh('- https://x.org/event/some_talk/')).toEqual([1, 1, 1]);
    expect(weigh('- Title - Jane Roe, Acme')).toEqual([1, 1, 1]);
    expect(weigh('- Jane Roe ~ Title here')).toEqual([1, 1, 1]);
    expect(weigh('* 3. Vortrag: A long line of notes that runs on and on.')).toEqual([1, 1, 1]);
    // The byline counts only when the notes' text is given.
    expect(weigh('- Title\n  + Jane Roe, Staff Engineer at Example')).toEqual([1, 1, 0]);
  });

  it('counts a name with its handle before the title as a talk (1), in several languages', () => {
    expect(weigh('- Maggie Pint ([@maggiepint](https://twitter.com/maggiepint)) - Patterns for Libraries')).toEqual([
      1, 1, 1,
    ]);
    expect(weigh('- Ana Gómez (@agomez): Charla sobre Vue')).toEqual([1, 1, 1]);
    expect(weigh('- 王小明 (@wxm)：负载均衡')).toEqual([1, 1, 1]);
    // Without the handle, or with a role after it: not so.
    expect(weigh('- Maggie Pint - Patterns for Libraries')).toEqual([0, 0.5, 0]);
    expect(weigh('- Maggie Pint (@maggiepint) - Senior Engineer')).toEqual([0, 0.5, 0]);
  });

  it('counts a link 0.6, a short line 0.5 under a group heading only, an in-page link nothing', () => {
    expect(weigh('- [Title](https://x.org)')).toEqual([0.6, 0.6, 0.6]);
    expect(weigh('- [Title](https://x.org/talks/abc)')).toEqual([0.6, 0.6, 0.6]);
    expect(weigh('- [Link](https://x.org) ends.')).toEqual([0.6, 0.6, 0.6]);
    expect(weigh('- Short line')).toEqual([0, 0.5, 0]);
    expect(weigh('- [Title](#title)')).toEqual([0, 0, 0]);
  });

  it('counts a sentence, a line of more than 16 words or 220 characters, or no line, as notes', () => {
    for (const text of ['- A sentence.', '- Question?', '- Wow!', '- 结束。', '- 真的？', '- 好！', '-\n', '- > quote'])
      expect([text, weigh(text)]).toEqual([text, [0, 0, 0]]);
    expect(weigh(`- ${words(16)}`)).toEqual([0, 0.5, 0]);
    expect(weigh(`- ${words(17)}`)).toEqual([0, 0, 0]);
    expect(weigh(`- [L](https://x.org) ${words(16)}`)).toEqual([0, 0, 0]);
    expect(weigh(`- [L](https://x.org) ${words(15)}`)).toEqual([0.6, 0.6, 0.6]);
    expect(weigh(`- ${'a'.repeat(220)}`)).toEqual([0, 0.5, 0]);
    expect(weigh(`- ${'a'.repeat(221)}`)).toEqual([0, 0, 0]);
  });
});

describe('talksOfList: a list whose items read as talks', () => {
  it(`needs ${MIN_TALK_ITEMS} items, ${MIN_TALK_SHARE} of them talk-like`, () => {
    expect([MIN_TALK_ITEMS, MIN_TALK_SHARE, SPEAKER_FIRST_EVIDENCE]).toEqual([3, 0.7, 0.4]);
    expect(read('- 10:00 A\n- 11:00 B\n')).toBeNull();
    expect(read('- 10:00 A\n- 11:00 B\n- Short\n')).toBeNull();
    expect(read('- 10:00 A\n- 11:00 B\n- 12:00 C\n- x.\n- y.\n')).toBeNull();
    expect(read('- 10:00 A\n- 11:00 B\n- 12:00 C\n- x.\n')).toEqual({
      evidence: 3,
      talks: [
        ['10:00 A', '10:00 A', 1, 0, 'Group', false],
        ['11:00 B', '11:00 B', 2, 0, 'Group', false],
        ['12:00 C', '12:00 C', 3, 0, 'Group', false],
        ['x.', 'x.', 4, 0, 'Group', false],
      ],
    });
  });

  it('counts a caption over sub-items neither way, and keeps it', () => {
    // Three talk-like items of four counted: a talk; of five (the caption without its colon counted), notes.
    expect(read('- 10:00 A\n- 11:00 B\n- Lightning:\n  - x\n- 12:00 C\n- Notes\n')?.talks).toHaveLength(5);
    expect(read('- 10:00 A\n- 11:00 B\n- Lightning\n  - x\n- 12:00 C\n- Notes\n')).toBeNull();
    expect(read('- 10:00 A\n- 11:00 B\n- Lightning:\n- 12:00 C\n- Notes\n')).toBeNull();
    expect(read('- 10:00 A\n- 11:00 B\n- Sponsors:\n  - x\n- 12:00 C\n')).toEqual({
      evidence: 3,
      talks: [
        ['10:00 A', '10:00 A', 1, 0, 'Group', false],
        ['11:00 B', '11:00 B', 2, 0, 'Group', false],
        ['Sponsors:', 'Sponsors:', 3, 1, 'Group', false],
        ['12:00 C', '12:00 C', 5, 0, 'Group', false],
      ],
    });
    // A caption of lightning talks gives its sub-items as talks (listItemShapes.test.ts), each weighed in a group.
    expect(read('- 10:00 A\n- 11:00 B\n- Lightning:\n  - x\n- 12:00 C\n')).toEqual({
      evidence: 3.5,
      talks: [
        ['10:00 A', '10:00 A', 1, 0, 'Group', false],
        ['11:00 B', '11:00 B', 2, 0, 'Group', false],
        ['x', 'x', 4, 1, 'Group', false],
        ['12:00 C', '12:00 C', 5, 0, 'Group', false],
      ],
    });
  });

  it('reads speakers first when most items write a name set apart, weighing each such item more', () => {
    const found = read('- Jane Roe ~ Open Source\n- Ann Lee ~ Fast code\n- Bob Smith ~ Slow code\n');
    expect(found?.evidence).toBeCloseTo(3 + 3 * SPEAKER_FIRST_EVIDENCE, 10);
    expect(found?.talks.map((talk) => talk[5])).toEqual([true, true, true]);
  });

  it('reads a name with its handle as the speaker, the rest as the title, not speaker first again', () => {
    const { list, source } = firstList(
      '- Jane Roe (@jroe) - Patterns: A Guide\n  - a point\n- John Doe (@jdoe) - Fast code\n- 10:00 Slow code\n',
    );
    const found = talksOfList(list, source, null, false)!;
    expect(found.talks.map((talk) => [talk.text, talk.speakers, talk.speakerFirst, talk.body.length])).toEqual([
      ['Patterns: A Guide', [{ name: 'Jane Roe', org: null }], false, 1],
      ['Fast code', [{ name: 'John Doe', org: null }], false, 0],
      ['10:00 Slow code', undefined, false, 0],
    ]);
    expect(found.evidence).toBe(3);
  });

  it(`reads the other speaker-first items as talks where ${MIN_HANDLE_LEADS} items name a speaker with a handle`, () => {
    expect(MIN_HANDLE_LEADS).toBe(2);
    const two = read('- Jane Roe (@jroe) - Open Source\n- John Doe (@jdoe) - Fast code\n- Lin Clark - Cartoons\n');
    // Each 1, and the list writes speakers first: 0.4 more each.
    expect(two?.evidence).toBeCloseTo(3 + 3 * SPEAKER_FIRST_EVIDENCE, 10);
    expect(two?.talks.map((talk) => [talk[0], talk[5]])).toEqual([
      ['Open Source', false],
      ['Fast code', false],
      ['Lin Clark - Cartoons', true],
    ]);
    // One handle: "Lin Clark - Cartoons" and "Ann Lee - Fast code" are not talks by themselves (1 of 3).
    expect(read('- Jane Roe (@jroe) - Open Source\n- Ann Lee - Fast code\n- Lin Clark - Cartoons\n')).toBeNull();
    // A title first ("Fast code - Ann Lee") reads either way: it is counted as it reads alone.
    const { list, source } = firstList(
      '- Jane Roe (@jroe) - Open Source\n- John Doe (@jdoe) - Fast code\n- Cartoons and more - Lin Clark\n- Notes\n',
    );
    expect(sureTalkShare(list, source)).toBe(0.75);
  });

  it('counts an item that only says the list goes on neither way, and keeps it with the talk before', () => {
    // Three talk-like of three counted: talks; "- ..." and "- and many more!" are the last talk's notes.
    expect(read('- 10:00 A\n- 11:00 B\n- 12:00 C\n- ...\n- and many more!\n')?.talks).toEqual([
      ['10:00 A', '10:00 A', 1, 0, 'Group', false],
      ['11:00 B', '11:00 B', 2, 0, 'Group', false],
      ['12:00 C', '12:00 C', 3, 2, 'Group', false],
    ]);
    // A filler with points under it is an item like any other.
    expect(read('- 10:00 A\n- 11:00 B\n- 12:00 C\n- ...\n  - more\n')?.talks).toHaveLength(4);
  });

  it('gives the share of items that say they are talks on their own, fillers and captions apart', () => {
    const share = (text: string) => {
      const { list, source } = firstList(text);
      return sureTalkShare(list, source);
    };
    expect(share('- 10:00 A\n- 11:00 B\n- [C](https://x.org)\n- D\n')).toBe(0.5);
    expect(share('- 10:00 A\n- 11:00 B\n- Lightning:\n  - x\n- D\n- …\n')).toBe(2 / 3);
    expect(share('- 10:00 A\n- 11:00 B\n')).toBe(0);
    expect(share('- ...\n- etc.\n- and more\n')).toBe(0);
  });

  it('makes an item without the label the notes of the talk before it in a numbered series', () => {
    expect(read('* 3. Vortrag: A\n* 4. Vortrag: B\n* Then a break.\n* 5. Vortrag: C\n')).toEqual({
      evidence: 3,
      talks: [
        ['A', '3. Vortrag: A', 1, 0, 'Group', false],
        ['B', '4. Vortrag: B', 2, 1, 'Group', false],
        ['C', '5. Vortrag: C', 4, 0, 'Group', false],
      ],
    });
  });
});

describe('joinAdjacentLists', () => {
  it('joins lists of one kind written one after the other, keeping their parts', () => {
    const notes = parseNotes('* 10h : A\n- 11h : B\n\n1. C\n\nText\n\n- D\n', 'notes.md');
    const joined = joinAdjacentLists(notes.tree.children);
    expect(joined.map(({ node, parts }) => [node.type, parts.length])).toEqual([
      ['list', 2],
      ['list', 1],
      ['paragraph', 1],
      ['list', 1],
    ]);
    const [first] = joined;
    expect(first!.node.type === 'list' && first!.node.children.length).toBe(2);
    expect([first!.node.position?.start.line, first!.node.position?.end.line]).toEqual([1, 2]);
  });
});
