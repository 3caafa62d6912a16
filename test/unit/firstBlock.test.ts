import { describe, expect, it } from 'vitest';
import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import {
  isItalicLine,
  isPhoto,
  labelledTitle,
  QUOTED_BYLINE_LINES,
  takeFirstBlock,
} from '../../src/model/speakers/firstBlock.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

const person = (name: string, org: string | null = null) => ({ name, org });

/** A node as its words: a list as "- item" lines. */
const words = (node: RootContent) =>
  node.type === 'list' ? node.children.map((item) => `- ${toString(item)}`).join('\n') : toString(node);

/** takeFirstBlock on a talk's body written in Markdown, its rest as words. */
function first(markdown: string, options: { slot?: boolean; bareNameBullets?: boolean } = {}) {
  const read = takeFirstBlock(parseMarkdown(markdown).children, markdown, options);
  return read && { ...read, rest: read.rest.map(words) };
}

describe('takeFirstBlock: a paragraph of bylines', () => {
  it('reads lines that each name a speaker, up to six', () => {
    expect(first('Jane Roe - GM, Example Corp\n@jroe\n\nNotes.\n')).toEqual({
      speakers: [person('Jane Roe', 'Example Corp')],
      title: null,
      byline: ['Jane Roe - GM, Example Corp', '@jroe'],
      rest: ['Notes.'],
    });
    const lines = (count: number) => ['Jane Roe - CTO', ...Array.from({ length: count - 1 }, () => '@jroe')].join('\n');
    expect(first(`${lines(6)}\n`)?.speakers).toEqual([person('Jane Roe')]);
    expect(first(`${lines(7)}\n`)).toBeNull();
    expect(first('The slides are online.\n')).toBeNull();
  });

  it('reads a name and her organisation in emphasis', () => {
    expect(first('**Jane Roe, Acme**\n\nNotes.\n')).toMatchObject({
      speakers: [person('Jane Roe', 'Acme')],
      byline: ['**Jane Roe, Acme**'],
    });
  });

  it('reads a dashed byline over lines of links, which stay notes', () => {
    expect(first('-- by Jane Roe\n[slides](https://example.com) [video](https://example.com)\n')).toEqual({
      speakers: [person('Jane Roe')],
      title: null,
      byline: ['-- by Jane Roe'],
      rest: ['[slides](https://example.com) [video](https://example.com)'],
    });
    expect(first('Jane Roe\n[slides](https://example.com) and more words here\n')).toBeNull();
  });

  it('under a slot, reads a short header with a "Topic:" line, whatever else it says', () => {
    expect(first('Topic: Kafka\nRoom B, 14:00\nSpeaker: Jane Roe\nJohn Doe - CTO\n', { slot: true })).toEqual({
      speakers: [person('Jane Roe'), person('John Doe')],
      title: 'Kafka',
      byline: ['Topic: Kafka', 'Room B, 14:00', 'Speaker: Jane Roe', 'John Doe - CTO'],
      rest: [],
    });
    expect(first('Topic: Kafka\nRoom B\nat 14:00\nin the hall\nmore\n', { slot: true })).toBeNull();
    expect(first('Topic: Kafka\nRoom B, 14:00\n')).toBeNull();
  });
});

describe('takeFirstBlock: what it passes over', () => {
  it('passes over a rating or decoration line, and keeps it', () => {
    expect(first('⭐⭐⭐⭐\n\n**Jane Roe** ([video](https://example.com))\n\nNotes.\n')).toMatchObject({
      speakers: [person('Jane Roe')],
      rest: ['⭐⭐⭐⭐', 'Notes.'],
    });
    expect(first('⭐⭐⭐⭐\n\nNotes.\n')).toBeNull();
  });

  it('passes over a photo when the block under it names the speaker', () => {
    expect(first('![Jane](jane.png)\n\nJane Roe, Staff Engineer at Acme\n\nNotes.\n')).toMatchObject({
      speakers: [person('Jane Roe', 'Acme')],
      rest: ['Jane', 'Notes.'],
    });
    expect(first('![Jane](jane.png)\n\nNotes.\n')).toBeNull();
    expect(first('![Jane](jane.png)\n\n**The Real Title**\n\nNotes.\n', { slot: true })).toBeNull();
  });

  it('passes over a line in italics that names no one', () => {
    expect(first('_Format conférence 45 minutes_\n\n**[Jane Roe](https://example.com)**\n\nNotes.\n')).toMatchObject({
      speakers: [person('Jane Roe')],
      rest: ['Format conférence 45 minutes', 'Notes.'],
    });
    expect(first('_Format conférence 45 minutes_\n\nNotes.\n')).toBeNull();
  });
});

describe('takeFirstBlock: no block', () => {
  it('reads nothing from no content', () => {
    expect(takeFirstBlock([], '', {})).toBeNull();
    expect(takeFirstBlock([], '', { slot: true })).toBeNull();
    expect(takeFirstBlock([], '', { slot: true, bareNameBullets: true })).toBeNull();
  });
});

describe('takeFirstBlock: a table of the talk’s facts', () => {
  it('reads the speaker row and keeps the table', () => {
    const markdown = '| Room | B |\n| --- | --- |\n| Speaker | Jane Roe |\n\nNotes.\n';
    expect(first(markdown)).toMatchObject({
      speakers: [person('Jane Roe')],
      title: null,
      byline: [],
      rest: [expect.any(String), 'Notes.'],
    });
    expect(first('| Room | B |\n| --- | --- |\n| Time | 14:00 |\n')).toBeNull();
  });
});

describe('takeFirstBlock: a list', () => {
  it('takes labelled bullets of one line, keeps those with sub-points, and a slot’s "Topic:" bullet', () => {
    expect(first('- Speaker: Jane Roe\n- Topic: Kafka\n- a point\n', { slot: true })).toEqual({
      speakers: [person('Jane Roe')],
      title: 'Kafka',
      byline: ['- Speaker: Jane Roe', '- Topic: Kafka'],
      rest: ['- a point'],
    });
    expect(first('- Speaker: Jane Roe\n- Topic: Kafka\n- a point\n')?.title).toBeNull();
    expect(first('- Speaker: Jane Roe\n  - she maintains etcd\n\nNotes.\n')).toEqual({
      speakers: [person('Jane Roe')],
      title: null,
      byline: [],
      rest: ['- Speaker: Jane Roeshe maintains etcd', 'Notes.'],
    });
    expect(first('- Topic: Kafka\n  - a point\n', { slot: true })).toBeNull();
  });

  it('takes the bullets that open it while each names a speaker, marked or (where asked) bare', () => {
    expect(first('- Jane Roe - GM, Example Corp\n- John Doe (@jdoe)\n- Ann Lee\n')).toEqual({
      speakers: [person('Jane Roe', 'Example Corp'), person('John Doe')],
      title: null,
      byline: ['- Jane Roe - GM, Example Corp', '- John Doe (@jdoe)'],
      rest: ['- Ann Lee'],
    });
    expect(first('- Jane Roe\n- a point\n')).toBeNull();
    expect(first('- Jane Roe\n- a point\n', { bareNameBullets: true })).toEqual({
      speakers: [person('Jane Roe')],
      title: null,
      byline: ['- Jane Roe'],
      rest: ['- a point'],
    });
    expect(first('- Jane Roe - CTO\n\nNotes.\n')?.rest).toEqual(['Notes.']);
  });
});

describe('takeFirstBlock: a slot’s bold title', () => {
  it('reads a bold line alone under a slot heading as the title, a label inside it too', () => {
    expect(first('**The Real Title**\n\nNotes.\n', { slot: true })).toEqual({
      speakers: [],
      title: 'The Real Title',
      byline: ['**The Real Title**'],
      rest: ['Notes.'],
    });
    expect(first('**제목 : 데이터 파이프라인:**\n\nNotes.\n', { slot: true })?.title).toBe('데이터 파이프라인');
    expect(first('**Kafka：**\n', { slot: true })?.title).toBe('Kafka');
    expect(first(`**${'x'.repeat(200)}**\n`, { slot: true })?.title).toHaveLength(200);
    expect(first(`**${'x'.repeat(201)}**\n`, { slot: true })?.title).toHaveLength(201);
    expect(first('**The Real Title**\n\nNotes.\n')).toBeNull();
  });

  it('reads a bold line over the speakers, in a quote too', () => {
    expect(first('**The Real Title**\nJane Roe, Example Corp\n\nNotes.\n', { slot: true })).toEqual({
      speakers: [person('Jane Roe', 'Example Corp')],
      title: 'The Real Title',
      byline: ['**The Real Title**', 'Jane Roe, Example Corp'],
      rest: ['Notes.'],
    });
    expect(first('> **The Real Title**\n\nNotes.\n', { slot: true })).toEqual({
      speakers: [],
      title: 'The Real Title',
      byline: ['**The Real Title**'],
      rest: ['Notes.'],
    });
  });

  it('reads a bold line over a line of notes, which goes on', () => {
    expect(first('**The Real Title**\nThe slides are online.\n\nNotes.\n', { slot: true })).toEqual({
      speakers: [],
      title: 'The Real Title',
      byline: ['**The Real Title**'],
      rest: ['The slides are online.', 'Notes.'],
      notesFollow: true,
    });
  });

  it('reads a bold bullet opening the list of notes', () => {
    expect(first('- **The Real Title**\n- a point\n', { slot: true })).toEqual({
      speakers: [],
      title: 'The Real Title',
      byline: ['- **The Real Title**'],
      rest: ['- a point'],
    });
    expect(first('- **The Real Title**\n', { slot: true })).toBeNull();
    expect(first('- **The Real Title**\n- a point\n')).toBeNull();
    expect(first('- **The Real Title**\n  more\n- a point\n', { slot: true })).toBeNull();
  });

  it('reads a bold sub-heading, or a "Topic:" heading', () => {
    expect(first('#### **The Real Title**\n\nNotes.\n', { slot: true })).toEqual({
      speakers: [],
      title: 'The Real Title',
      byline: ['#### **The Real Title**'],
      rest: ['Notes.'],
    });
    expect(first('### Topic: Kafka  \n\nNotes.\n', { slot: true })).toEqual({
      speakers: [],
      title: 'Kafka',
      byline: ['### Topic: Kafka'],
      rest: ['Notes.'],
    });
    expect(first('#### **The Real Title**\n\nNotes.\n')).toBeNull();
    expect(first('### Topic: Kafka\n\nNotes.\n')).toBeNull();
    expect(first('### Kafka\n\nNotes.\n', { slot: true })).toBeNull();
  });
});

describe('takeFirstBlock: a quoted byline', () => {
  it('reads a quote of up to two lines, each naming people', () => {
    expect(first('> Jane Roe (Example), John Doe (Example)\n\nNotes.\n')).toEqual({
      speakers: [person('Jane Roe'), person('John Doe')],
      title: null,
      byline: ['> Jane Roe (Example), John Doe (Example)'],
      rest: ['Notes.'],
    });
    expect(QUOTED_BYLINE_LINES).toBe(2);
    expect(first('> Jane Roe\n> John Doe\n')?.speakers).toEqual([person('Jane Roe'), person('John Doe')]);
    expect(first('> Jane Roe\n> John Doe\n> Ann Lee\n')).toBeNull();
    expect(first('> Move fast and break things.\n')).toBeNull();
    expect(first('> Jane Roe\n>\n> John Doe\n')).toBeNull();
  });
});

describe('isItalicLine, labelledTitle, isPhoto', () => {
  const paragraph = (markdown: string) => parseMarkdown(markdown).children[0] as Paragraph;

  it('isItalicLine: one line, all in italics', () => {
    expect(isItalicLine(paragraph('_Room B, 45 minutes_'))).toBe(true);
    expect(isItalicLine(paragraph('_Room B_ and more'))).toBe(false);
    expect(isItalicLine(paragraph('**Room B**'))).toBe(false);
    expect(isItalicLine(paragraph('_Room B\n45 minutes_'))).toBe(false);
  });

  it('labelledTitle: the title after a title label, or the whole', () => {
    expect(labelledTitle('제목 : 데이터 파이프라인 ')).toBe('데이터 파이프라인');
    expect(labelledTitle('The Real Title')).toBe('The Real Title');
    expect(labelledTitle(null)).toBeNull();
  });

  it('isPhoto: images alone, spaces and breaks aside', () => {
    expect(isPhoto(paragraph('![a](a.png) ![b](b.png)'))).toBe(true);
    expect(isPhoto(paragraph('![a](a.png)\\\n![b](b.png)'))).toBe(true);
    expect(isPhoto(paragraph('![a](a.png) Jane'))).toBe(false);
    expect(isPhoto(paragraph('Jane'))).toBe(false);
    expect(isPhoto({ type: 'paragraph', children: [{ type: 'text', value: ' ' }] })).toBe(false);
  });
});
