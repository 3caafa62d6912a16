import { describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import {
  BOLD_LINE,
  boldLineOverNotes,
  boldLineOverSpeakers,
  isBoldParagraph,
} from '../../src/model/speakers/boldTitles.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

const person = (name: string, org: string | null = null) => ({ name, org });
const paragraph = (markdown: string) => parseMarkdown(markdown).children[0] as Paragraph;

describe('isBoldParagraph: one bold phrase, perhaps among emoji', () => {
  it('reads a bold phrase alone or with emoji around it', () => {
    expect(isBoldParagraph(paragraph('**Title**'))).toBe(true);
    expect(isBoldParagraph(paragraph('🎤 **Title**'))).toBe(true);
    expect(isBoldParagraph(paragraph('⭐ **Title** ⭐'))).toBe(true);
  });

  it('is none with words beside it, two bold phrases, emphasis, or a bold phrase of spaces', () => {
    expect(isBoldParagraph(paragraph('**Title** and text'))).toBe(false);
    expect(isBoldParagraph(paragraph('**Title** **Other**'))).toBe(false);
    expect(isBoldParagraph(paragraph('_Title_'))).toBe(false);
    expect(
      isBoldParagraph({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: ' ' }] }] }),
    ).toBe(false);
  });
});

describe('boldLineOverNotes: a bold line, then notes in the same paragraph', () => {
  it('splits the paragraph after the bold line, with their positions', () => {
    const over = boldLineOverNotes(paragraph('**Title**\nNotes here.'))!;
    expect(over.title).toBe('Title');
    expect(over.bold.type).toBe('paragraph');
    expect(over.rest.type).toBe('paragraph');
    expect(over.bold.position).toEqual({
      start: expect.objectContaining({ offset: 0 }),
      end: expect.objectContaining({ offset: 9 }),
    });
    expect(toString(over.bold)).toBe('Title');
    expect(over.rest.children).toEqual([expect.objectContaining({ type: 'text', value: 'Notes here.' })]);
    expect(over.rest.position!.start.offset).toBe(9);
    expect(over.rest.position!.end.offset).toBe(21);
  });

  it('goes on after a hard break', () => {
    const over = boldLineOverNotes(paragraph('**Title**  \nNotes here.'))!;
    expect(over.title).toBe('Title');
    expect(over.bold.position!.end.offset).toBe(9);
    expect(over.rest.children.map((child) => toString(child))).toEqual(['Notes here.']);
    expect(over.rest.position!.start.offset).toBe(12);
  });

  it('takes a title of 200 characters at most', () => {
    expect(boldLineOverNotes(paragraph(`**${'x'.repeat(200)}**\nnotes`))?.title.length).toBe(200);
    expect(boldLineOverNotes(paragraph(`**${'x'.repeat(201)}**\nnotes`))).toBeNull();
  });

  it('is none without a bold line first, a new line after it, notes after it, or positions', () => {
    expect(boldLineOverNotes(paragraph('**Title**'))).toBeNull();
    expect(boldLineOverNotes(paragraph('**Title** and more\nnotes'))).toBeNull();
    expect(boldLineOverNotes(paragraph('Notes **Title**\nmore'))).toBeNull();
    expect(boldLineOverNotes(paragraph('_Title_\nnotes'))).toBeNull();
    const noPositions: Paragraph = {
      type: 'paragraph',
      children: [
        { type: 'strong', children: [{ type: 'text', value: 'Title' }] },
        { type: 'text', value: '\nnotes' },
      ],
    };
    expect(boldLineOverNotes(noPositions)).toBeNull();
    expect(boldLineOverNotes({ type: 'paragraph', children: [] })).toBeNull();
    const spaced = paragraph('**Title**\nnotes');
    (spaced.children[0] as { children: { type: 'text'; value: string }[] }).children = [
      { type: 'text', value: ' Title ' },
    ];
    expect(boldLineOverNotes(spaced)?.title).toBe('Title');
    const emptyBold: Paragraph = {
      ...paragraph('**Title**\nnotes'),
    };
    emptyBold.children = [{ type: 'strong', children: [] }, ...emptyBold.children.slice(1)];
    expect(boldLineOverNotes(emptyBold)).toBeNull();
    const breakLast = paragraph('**Title**  \nnotes');
    breakLast.children = breakLast.children.slice(0, 2);
    expect(boldLineOverNotes(breakLast)).toBeNull();
  });
});

describe('BOLD_LINE', () => {
  it('is a whole line in bold', () => {
    expect(BOLD_LINE.exec('**Title**')?.[2]).toBe('Title');
    expect(BOLD_LINE.exec('__Title__')?.[2]).toBe('Title');
    for (const line of ['*Title*', '** Title**', '**Title__', 'x **Title**', '**Title** x'])
      expect(BOLD_LINE.test(line), line).toBe(false);
  });
});

describe('boldLineOverSpeakers: a bold title over its speakers', () => {
  it('reads a bold line alone as the title, its colon off', () => {
    expect(boldLineOverSpeakers('**Kafka at Scale**')).toEqual({
      speakers: [],
      title: 'Kafka at Scale',
      byline: ['**Kafka at Scale**'],
    });
    expect(boldLineOverSpeakers('**Kafka:**')?.title).toBe('Kafka');
    expect(boldLineOverSpeakers('**Kafka：**')?.title).toBe('Kafka');
    expect(boldLineOverSpeakers('🎤 **Kafka**')?.byline).toEqual(['**Kafka**']);
    expect(boldLineOverSpeakers(':mic: **Kafka**')?.title).toBe('Kafka');
  });

  it('reads the names after the bold title on its line', () => {
    expect(boldLineOverSpeakers('**Kafka at Scale** - Jane Roe')).toEqual({
      speakers: [person('Jane Roe')],
      title: 'Kafka at Scale',
      byline: ['**Kafka at Scale** - Jane Roe'],
    });
    expect(boldLineOverSpeakers('**Kafka at Scale**（Jane Roe）')?.speakers).toEqual([person('Jane Roe')]);
    expect(boldLineOverSpeakers('**Kafka** | Ann Lee and Bo Chen')?.speakers).toEqual([
      person('Ann Lee'),
      person('Bo Chen'),
    ]);
    expect(boldLineOverSpeakers('**Kafka** (Ann Lee, Example Corp)')?.speakers).toEqual([
      person('Ann Lee', 'Example Corp'),
    ]);
    expect(boldLineOverSpeakers('**Kafka** - the hard parts')).toBeNull();
  });

  it('reads a line’s emoji and spaces, colons and marks at their places only', () => {
    expect(boldLineOverSpeakers('🎤 🎤 **Kafka**')?.title).toBe('Kafka');
    expect(boldLineOverSpeakers('🎤**Kafka**')?.title).toBe('Kafka');
    expect(boldLineOverSpeakers('**Kafka 🎤 Streams**')?.title).toBe('Kafka 🎤 Streams');
    expect(boldLineOverSpeakers('**Kafka: Streams**')?.title).toBe('Kafka: Streams');
    expect(boldLineOverSpeakers('**Kafka: Streams**\nJane Roe')?.title).toBe('Kafka: Streams');
    expect(boldLineOverSpeakers('**Kafka**\n   Jane Roe')?.byline).toEqual(['**Kafka**', 'Jane Roe']);
    expect(boldLineOverSpeakers('**Kafka**- Jane Roe')?.speakers).toEqual([person('Jane Roe')]);
    expect(boldLineOverSpeakers('**Kafka** -Jane Roe')?.speakers).toEqual([person('Jane Roe')]);
    expect(boldLineOverSpeakers('**Topic: Kafka**')).toBeNull();
    expect(boldLineOverSpeakers('x **Kafka** - Jane Roe')).toBeNull();
    expect(boldLineOverSpeakers('**Kafka** (Jane Roe) more')).toBeNull();
    expect(boldLineOverSpeakers('**Kafka**\nJane Roe\nthe slides are online')).toBeNull();
  });

  it('reads the lines under the bold title, each naming speakers, a handle passed over', () => {
    expect(boldLineOverSpeakers('**Kafka at Scale**\nJane Roe, Example Corp')).toEqual({
      speakers: [person('Jane Roe', 'Example Corp')],
      title: 'Kafka at Scale',
      byline: ['**Kafka at Scale**', 'Jane Roe, Example Corp'],
    });
    expect(boldLineOverSpeakers('**Kafka**\\\nJane Roe\\\n@jroe')?.byline).toEqual(['**Kafka**', 'Jane Roe', '@jroe']);
    expect(boldLineOverSpeakers('**Kafka**  \nJane Roe - CTO at Acme')?.speakers).toEqual([person('Jane Roe', 'Acme')]);
    expect(boldLineOverSpeakers('**Kafka:**\nJane Roe')?.title).toBe('Kafka');
  });

  it('takes four lines at most', () => {
    expect(boldLineOverSpeakers('**Kafka**\nJane Roe\nJohn Doe\nAnn Lee')?.speakers).toHaveLength(3);
    expect(boldLineOverSpeakers('**Kafka**\nJane Roe\nJohn Doe\nAnn Lee\nBo Chen')).toBeNull();
    expect(boldLineOverSpeakers('**Kafka** - Jane Roe\nJohn Doe\nAnn Lee\nBo Chen')?.speakers).toEqual([
      person('Jane Roe'),
    ]);
    expect(boldLineOverSpeakers('**Kafka** - Jane Roe\nJohn Doe\nAnn Lee\nBo Chen\nCy Twombly')).toBeNull();
  });

  it('is none for a label line, notes, a handle alone, a run of CJK words, or no bold line', () => {
    expect(boldLineOverSpeakers('__Topic__: Kafka')).toBeNull();
    expect(boldLineOverSpeakers('**Kafka**\nthe slides are online')).toBeNull();
    expect(boldLineOverSpeakers('**Kafka**\n@jroe')).toBeNull();
    expect(boldLineOverSpeakers('**Kafka**\n장애는 언제나 온다')).toBeNull();
    expect(boldLineOverSpeakers('Kafka at Scale\nJane Roe')).toBeNull();
    expect(boldLineOverSpeakers('** Kafka**')).toBeNull();
    expect(boldLineOverSpeakers('')).toBeNull();
  });
});
