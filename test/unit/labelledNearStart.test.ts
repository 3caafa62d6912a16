import { describe, expect, it } from 'vitest';
import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import {
  handleRun,
  isProse,
  LEADING_BLOCKS,
  labelledNearStart,
  opensWithHandle,
  profileLinkedName,
} from '../../src/model/speakers/labelledNearStart.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

const person = (name: string, org: string | null = null) => ({ name, org });

/** A node as its words: a list as "- item" lines. */
const words = (node: RootContent) =>
  node.type === 'list' ? node.children.map((item) => `- ${toString(item)}`).join('\n') : toString(node);

/** labelledNearStart on a talk's body written in Markdown, its rest as words. */
function near(markdown: string, handleMentions = false) {
  const read = labelledNearStart(parseMarkdown(markdown).children, markdown, handleMentions);
  return { ...read, rest: read.rest.map(words) };
}

describe('labelledNearStart: labelled lines and bylines a little further down', () => {
  it('reads a label section anywhere first', () => {
    expect(near('Intro.\n\n#### Abstract\n\nText.\n\n#### Speaker: Jane Roe\n')).toEqual({
      speakers: [person('Jane Roe')],
      title: null,
      byline: ['#### Speaker: Jane Roe'],
      rest: ['Intro.', 'Abstract', 'Text.'],
    });
  });

  it('takes labelled bullets, or marked bullets, out of a list', () => {
    expect(near('14:00, Room B\n\n- a point\n- Speaker: Jane Roe\n')).toEqual({
      speakers: [person('Jane Roe')],
      title: null,
      byline: ['- Speaker: Jane Roe'],
      rest: ['14:00, Room B', '- a point'],
    });
    expect(near('About the talk.\n\n- Jane Roe - GM, Storage, Example Corp\n- a point\n')).toEqual({
      speakers: [person('Jane Roe', 'Example Corp')],
      title: null,
      byline: ['- Jane Roe - GM, Storage, Example Corp'],
      rest: ['About the talk.', '- a point'],
    });
    expect(near('- Jane Roe\n- a point\n').speakers).toEqual([]);
  });

  it('takes a paragraph of bylines after the first block, one of them marked', () => {
    expect(near('About the talk.\n\nJane Roe - GM, Example Corp\nJohn Doe\n\nNotes.\n')).toEqual({
      speakers: [person('Jane Roe', 'Example Corp'), person('John Doe')],
      title: null,
      byline: ['Jane Roe - GM, Example Corp', 'John Doe'],
      rest: ['About the talk.', 'Notes.'],
    });
    expect(near('Jane Roe - GM, Example Corp\n\nNotes.\n').speakers).toEqual([]);
    expect(near('About the talk.\n\nJane Roe\nJohn Doe\n\nNotes.\n').speakers).toEqual([]);
    const lines = (count: number) => ['Jane Roe - CTO', ...Array.from({ length: count - 1 }, () => '@jroe')].join('\n');
    expect(near(`About.\n\n${lines(6)}\n`).speakers).toEqual([person('Jane Roe')]);
    expect(near(`About.\n\n${lines(7)}\n`).speakers).toEqual([]);
  });

  it('reads labelled lines among other lines of a paragraph, and leaves the paragraph', () => {
    expect(near('14:00, Room B\nSpeaker : Jane Roe\n\nNotes.\n')).toEqual({
      speakers: [person('Jane Roe')],
      title: null,
      byline: [],
      rest: ['14:00, Room B\nSpeaker : Jane Roe', 'Notes.'],
    });
  });

  it('takes a paragraph of labelled lines, and the labelled paragraphs right after it', () => {
    expect(near('Intro.\n\nSpeaker: Jane Roe\n\nSpeaker: John Doe\n\nNotes.\n\nSpeaker: Ann Lee\n')).toEqual({
      speakers: [person('Jane Roe'), person('John Doe')],
      title: null,
      byline: ['Speaker: Jane Roe', 'Speaker: John Doe'],
      rest: ['Intro.', 'Notes.', 'Speaker: Ann Lee'],
    });
    expect(near('> Speaker: Jane Roe\n\nNotes.\n')).toEqual({
      speakers: [person('Jane Roe')],
      title: null,
      byline: ['> Speaker: Jane Roe'],
      rest: ['Notes.'],
    });
  });

  it('looks at the first five blocks, up to a rule or a heading', () => {
    const blocks = (count: number) =>
      `${Array.from({ length: count }, (_, i) => `Block ${i}.`).join('\n\n')}\n\nSpeaker: Jane Roe\n`;
    expect(near(blocks(LEADING_BLOCKS - 1)).speakers).toEqual([person('Jane Roe')]);
    expect(near(blocks(LEADING_BLOCKS)).speakers).toEqual([]);
    expect(near('Intro.\n\n---\n\nSpeaker: Jane Roe\n').speakers).toEqual([]);
    expect(near('Intro.\n\n## Notes\n\nSpeaker: Jane Roe\n').speakers).toEqual([]);
    expect(near('')).toEqual({ speakers: [], title: null, byline: [], rest: [] });
  });

  it('reads prose that opens with a linked name or a name and its handle', () => {
    expect(near('[Jane Roe](https://twitter.com/jroe) works at Example and showed…\n')).toEqual({
      speakers: [person('Jane Roe')],
      title: null,
      byline: [],
      rest: ['Jane Roe works at Example and showed…'],
      fromProse: true,
    });
    expect(near('Jane Roe ([@jroe](https://twitter.com/jroe)) explained…\n').speakers).toEqual([person('Jane Roe')]);
  });

  it('reads the first paragraph of prose that opens with who spoke, or says whose talk it is', () => {
    expect(near('Jane Roe talked about queues.\n')).toMatchObject({ speakers: [person('Jane Roe')], fromProse: true });
    expect(near('[Slides](https://example.com)\n\nJane Roe talked about queues.\n').speakers).toEqual([
      person('Jane Roe'),
    ]);
    expect(near('The room was full.\n\nJane Roe talked about queues.\n').speakers).toEqual([]);
    expect(near('The room was full.\n\n한정수님의 발표 입니다\n')).toMatchObject({
      speakers: [person('한정수')],
      fromProse: true,
    });
  });

  it('reads names with handles anywhere in the first prose where the notes name speakers so', () => {
    const markdown = 'The demo by Horea Porutiu ([@horeaporutiu](https://twitter.com/horeaporutiu)) showed…\n';
    expect(near(markdown, true)).toMatchObject({ speakers: [person('Horea Porutiu')], fromProse: true, byline: [] });
    expect(near(markdown, false).speakers).toEqual([]);
  });
});

describe('handleRun: the names with handles of a paragraph, and of the paragraphs after it', () => {
  it('goes on while each paragraph opens with another name and handle', () => {
    const markdown =
      'Jane Roe ([@jroe](https://twitter.com/jroe)) showed…\n\nJohn Doe ([@jdoe](https://twitter.com/jdoe)) showed…\n\n' +
      'Jane Roe ([@jroe](https://twitter.com/jroe)) again…\n\nThe end.\n\nAnn Lee ([@alee](https://twitter.com/alee)) too.\n';
    expect(handleRun(parseMarkdown(markdown).children, 0)).toEqual([person('Jane Roe'), person('John Doe')]);
  });

  it('stops at the first paragraph when it does not open with a name and handle', () => {
    const markdown =
      'The demo by Jane Roe ([@jroe](https://twitter.com/jroe)) showed…\n\nJohn Doe ([@jdoe](https://twitter.com/jdoe)) showed…\n';
    expect(handleRun(parseMarkdown(markdown).children, 0)).toEqual([person('Jane Roe')]);
    const none = 'The demo.\n\nJohn Doe ([@jdoe](https://twitter.com/jdoe)) showed…\n';
    expect(handleRun(parseMarkdown(none).children, 0)).toEqual([]);
    const list =
      'Jane Roe ([@jroe](https://twitter.com/jroe)) showed…\n\n- John Doe ([@jdoe](https://twitter.com/jdoe))\n';
    expect(handleRun(parseMarkdown(list).children, 0)).toEqual([person('Jane Roe')]);
  });
});

describe('opensWithHandle, isProse, profileLinkedName', () => {
  it('opensWithHandle: the first prose of the first five blocks opens with a name and its handle', () => {
    const opens = (markdown: string) => opensWithHandle(parseMarkdown(markdown).children);
    expect(opens('[Slides](https://example.com)\n\nJane Roe ([@jroe](https://twitter.com/jroe)) showed…\n')).toBe(true);
    expect(opens('The demo.\n\nJane Roe ([@jroe](https://twitter.com/jroe)) showed…\n')).toBe(false);
    const links = Array.from({ length: LEADING_BLOCKS }, () => '[Slides](https://example.com)').join('\n\n');
    expect(opens(`${links}\n\nJane Roe ([@jroe](https://twitter.com/jroe)) showed…\n`)).toBe(false);
    expect(opens('- Jane Roe ([@jroe](https://twitter.com/jroe)) showed…\n')).toBe(false);
  });

  it('isProse: a paragraph with words of its own, no rating', () => {
    const first = (markdown: string) => parseMarkdown(markdown).children[0]!;
    expect(isProse(first('Some words.'))).toBe(true);
    expect(isProse(first('[Slides](https://example.com) and words'))).toBe(true);
    expect(isProse(first('_Words_'))).toBe(true);
    expect(isProse(first('[Slides](https://example.com)  \n![photo](a.png) '))).toBe(false);
    expect(isProse(first('Rating: ⭐⭐⭐'))).toBe(false);
    expect(isProse(first('- Some words.'))).toBe(false);
    expect(isProse({ type: 'paragraph', children: [{ type: 'text', value: ' ' }] })).toBe(false);
  });

  it('profileLinkedName: a name of two words or more, linked to a profile, opens the paragraph', () => {
    const first = (markdown: string) => parseMarkdown(markdown).children[0] as Paragraph;
    expect(profileLinkedName(first('[ Jane Roe ](https://twitter.com/jroe) showed…'))).toEqual(person('Jane Roe'));
    expect(profileLinkedName(first('[Jane](https://twitter.com/jroe) showed…'))).toBeNull();
    expect(profileLinkedName(first('[Jane Roe](https://example.com/jroe) showed…'))).toBeNull();
    expect(profileLinkedName(first('[the docs](https://twitter.com/jroe) say…'))).toBeNull();
    expect(profileLinkedName(first('By [Jane Roe](https://twitter.com/jroe)'))).toBeNull();
  });
});
