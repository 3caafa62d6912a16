import type { List } from 'mdast';
import { describe, expect, it } from 'vitest';
import { itemEvidence, talksOfList } from '../../src/model/reading/listTalks.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

function firstList(text: string): { list: List; source: string } {
  const notes = parseNotes(text, 'notes.md');
  return { list: notes.tree.children.find((node): node is List => node.type === 'list')!, source: notes.source };
}

/** The talks talksOfList reads in the first list of `text`, as [title, blocks of notes], or null. */
function talks(text: string) {
  const { list, source } = firstList(text);
  return talksOfList(list, source, null, false)?.talks.map((talk) => [talk.text, talk.body.length]) ?? null;
}

const evidence = (text: string) => {
  const { list, source } = firstList(text);
  return talksOfList(list, source, null, false)?.evidence ?? null;
};

describe('a photo in a talk item is never part of its line', () => {
  it('reads "Jane Roe ![photo](…) ~ Title ;" as the name set apart from the title, in any script', () => {
    const text = [
      '- Jane Roe ![photo](https://x.org/jr.png) ~ Building Calm Systems ;',
      '    + calm is good',
      '- 王小明 ![照片](https://x.org/w.png) ~ 分布式系统实践 ;',
      '- John Doe ![photo](https://x.org/jd.png) ~ Fast Code Everywhere ；',
    ].join('\n');
    expect(talks(text)).toEqual([
      ['Jane Roe ~ Building Calm Systems', 1],
      ['王小明 ~ 分布式系统实践', 0],
      ['John Doe ~ Fast Code Everywhere', 0],
    ]);
    // Each says who gave it: 1 each, and the list writes speakers first (0.4 more each).
    expect(evidence(text)).toBeCloseTo(3 * 1.4);
  });

  it("does not take a photo's alt text for a name, wherever the photo stands", () => {
    const { list, source } = firstList('- ![Ann Lee](https://x.org/a.png) Building Calm Systems\n- b\n- c');
    expect(itemEvidence(list.children[0]!, false, source)).toBe(0);
    expect(
      talks('- ![Ann Lee](x.png) Jane Roe ~ A Title\n- ![Bo Li](y.png) John Doe ~ B Title\n- Ann Lee ~ C'),
    ).toEqual([
      ['Jane Roe ~ A Title', 0],
      ['John Doe ~ B Title', 0],
      ['Ann Lee ~ C', 0],
    ]);
  });
});

describe('a list of times and places is an itinerary, not a programme', () => {
  it('weighs a time before a sentence (a full stop, 。, 。。。) at 0, a time before a title at 1', () => {
    for (const line of [
      '08:30 Arrived at the venue.',
      '8:15 到达会议中心。',
      '10:30-11:30 约朋友面基。。。',
      '9:00'.concat(' Lunch.'),
    ]) {
      const { list, source } = firstList(`- ${line}`);
      expect(itemEvidence(list.children[0]!, false, source), line).toBe(0);
    }
    for (const line of [
      '08:30 Opening keynote',
      '9:01-9:18 《把内容交付这件事做好》',
      '14:30 - 15:00 : Fast Code - Jane Roe',
    ]) {
      const { list, source } = firstList(`- ${line}`);
      expect(itemEvidence(list.children[0]!, false, source), line).toBe(1);
    }
  });

  it('reads no talks in a list of arrivals and sign-ins', () => {
    expect(talks('- 8:15 到达会议中心。\n- 8:19 完成签到，进入会场。\n- 9:01 大会正式开始。')).toBeNull();
    expect(talks('- 08:30 Arrived.\n- 09:00 Signed in at the desk.\n- 09:30 Walked the expo hall.')).toBeNull();
  });
});

describe('a caption of lightning talks among the talks of a list', () => {
  it('makes each item under it a talk, its caption first in the notes of the first of them', () => {
    const text = [
      '- Fast Code - Jane Roe',
      '- Calm Systems - John Doe',
      '- Lightning talks:',
      '    + Tiny Parsers',
      '    + Big Tables',
      '- Testing Things - Ann Lee',
    ].join('\n');
    expect(talks(text)).toEqual([
      ['Fast Code - Jane Roe', 0],
      ['Calm Systems - John Doe', 0],
      ['Tiny Parsers', 1],
      ['Big Tables', 0],
      ['Testing Things - Ann Lee', 0],
    ]);
    // The sub-items weigh as items under a heading of talks: a short line 0.5.
    expect(evidence(text)).toBeCloseTo(3 + 2 * 0.5);
  });

  it('reads the caption in other languages and as any group of talks', () => {
    for (const caption of ['闪电演讲:', 'Blitzlichter:', 'ライトニングトーク：', 'Workshops:']) {
      const text = `- Fast Code - Jane Roe\n- Calm Systems - John Doe\n- ${caption}\n    + Tiny Parsers\n    + Big Tables`;
      expect(
        talks(text)?.map(([title]) => title),
        caption,
      ).toEqual(['Fast Code - Jane Roe', 'Calm Systems - John Doe', 'Tiny Parsers', 'Big Tables']);
    }
  });

  it('keeps any other caption as one item, and a talk item that ends in a colon without sub-items', () => {
    // A host caption is no item at all (test/unit/hostItems.test.ts).
    const text = '- Fast Code - Jane Roe\n- Calm Systems - John Doe\n- Photos:\n    + Ann Lee\n    + Bo Li';
    expect(talks(text)?.map(([title]) => title)).toEqual([
      'Fast Code - Jane Roe',
      'Calm Systems - John Doe',
      'Photos:',
    ]);
    const bare = '- Fast Code - Jane Roe\n- Calm Systems - John Doe\n- Big Tables - Bo Li\n- Lightning talks:';
    expect(talks(bare)?.at(-1)?.[0]).toBe('Lightning talks:');
  });
});
