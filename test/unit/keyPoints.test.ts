import { describe, expect, it } from 'vitest';
import type { Block, ListItem, ParagraphRole, Session } from '../../src/model/types.js';
import { closedMarks, fullMarkdown, keyPoints, notedWords, WRAPPED_LINE_CHARS } from '../../src/plan/keyPoints.js';

const session = (...blocks: Block[]): Session => ({
  title: 'Talk',
  heading: '### Talk',
  speakers: [],
  file: 'notes.md',
  line: 1,
  group: null,
  byline: [],
  blocks,
});
const paragraph = (markdown: string, role: ParagraphRole = 'prose'): Block => ({
  kind: 'paragraph',
  line: 1,
  role,
  markdown,
});
const heading = (markdown: string): Block => ({ kind: 'heading', line: 1, markdown });
const item = (markdown: string, children: ListItem[] = [], blocks: Block[] = []): ListItem => ({
  markdown,
  children,
  blocks,
});
const list = (items: (string | ListItem)[], caption: string | null = null): Block => ({
  kind: 'list',
  line: 1,
  ordered: false,
  caption,
  items: items.map((each) => (typeof each === 'string' ? item(each) : each)),
});
const code: Block = { kind: 'code', line: 1, lang: null, code: 'not counted' };

const shown = (...blocks: Block[]) => keyPoints(session(...blocks)).points.map((point) => point.item.markdown);

describe('keyPoints: where the points come from', () => {
  it('takes captioned takeaways and inline ones in the order of the notes, telling the rest in the notes', () => {
    const points = keyPoints(
      session(
        paragraph('Intro text.'),
        list(['Detail']),
        list(['First lesson'], 'Takeaways'),
        heading('#### More'),
        list(['Other'], 'Other things'),
        paragraph('TL;DR: second lesson'),
      ),
    );
    expect(points.source).toBe('takeaways');
    expect(points.points.map((point) => point.item.markdown)).toEqual(['First lesson', 'second lesson']);
    expect(points.rest).toEqual(['Intro text.', '- Detail', '#### More', 'Other things\n- Other']);
  });

  it('takes the lists and paragraphs under a takeaways heading, up to the next heading, no code', () => {
    const points = keyPoints(
      session(
        list(['Detail']),
        heading('#### Summary'),
        list(['Lesson']),
        paragraph('A paragraph lesson.'),
        code,
        heading('#### Demo'),
        list(['Not one']),
        paragraph('Nor this.'),
      ),
    );
    expect(points.points.map((point) => point.item.markdown)).toEqual(['Lesson', 'A paragraph lesson.']);
    expect(points.rest).toEqual(['- Detail', '#### Summary', '#### Demo', '- Not one', 'Nor this.']);
    expect(shown(heading('#### Summary'), code, list(['Detail']))).toEqual(['Detail']);
  });

  it('falls back to every list, telling the paragraphs in the notes', () => {
    const points = keyPoints(session(paragraph('Some prose.'), list(['One']), paragraph('More prose.'), list(['Two'])));
    expect(points.source).toBe('bullets');
    expect(points.points.map((point) => point.item.markdown)).toEqual(['One', 'Two']);
    expect(points.rest).toEqual(['Some prose.', 'More prose.']);
  });

  it('then to the first sentence of each paragraph of prose or quotes, not of pictures, links or to-dos', () => {
    const points = keyPoints(
      session(
        paragraph('![diagram](a.png) ![b](b.png)'),
        paragraph('The first sentence is long enough. Another.'),
        paragraph('A quoted paragraph is here.', 'quote'),
        paragraph('[Slides](https://example.org/slides)', 'links'),
        paragraph('- [ ] try it', 'todo'),
        heading('#### Aside'),
      ),
    );
    expect(points.source).toBe('prose');
    expect(points.points.map((point) => point.item.markdown)).toEqual([
      'The first sentence is long enough.',
      'A quoted paragraph is here.',
    ]);
    expect(points.rest).toEqual([
      '![diagram](a.png) ![b](b.png)',
      '[Slides](https://example.org/slides)',
      '- [ ] try it',
      '#### Aside',
    ]);
    expect(shown(paragraph('See ![diagram](a.png) here, a long enough text.'))).toEqual([
      'See ![diagram](a.png) here, a long enough text.',
    ]);
  });

  it('has no points in a talk of code, pictures and quotes, and tells their words in the notes', () => {
    const quote: Block = { kind: 'quote', line: 1, markdown: 'Said' };
    expect(keyPoints(session(paragraph('![diagram](a.png)'), code, quote))).toEqual({
      source: 'none',
      points: [],
      rest: ['![diagram](a.png)', 'Said'],
    });
    expect(keyPoints(session())).toEqual({ source: 'none', points: [], rest: [] });
  });
});

describe('keyPoints: a point and what it leaves untold', () => {
  it('shows a bullet’s first line, telling its further lines, sub-points and blocks in the notes', () => {
    const [point] = keyPoints(
      session(
        list([item('Sharding\nMore on it', [item('by tenant', [item('deeper')])], [paragraph('A block.'), code])]),
      ),
    ).points;
    expect(point).toEqual({
      item: { markdown: 'Sharding', children: [], blocks: [] },
      full: '- Sharding\n  More on it\n\n  A block.\n\n  ```\n  not counted\n  ```\n  - by tenant\n    - deeper',
      untold: 'Sharding\nMore on it\n- by tenant\n  - deeper\nA block.',
    });
    expect(keyPoints(session(list(['Alone']))).points[0]!.untold).toBeNull();
  });

  it('keeps lines that carry on a sentence: in lower case, or after "," or "&"', () => {
    expect(
      shown(list(['Start,\n  Then more', 'One &\nTwo', 'Line\nlower case\nmore', 'Alone\nNext', 'A,\nB\nC'])),
    ).toEqual(['Start, Then more', 'One & Two', 'Line lower case more', 'Alone', 'A, B']);
    expect(keyPoints(session(list(['Start,\nThen more']))).points[0]!.untold).toBeNull();
    expect(keyPoints(session(list(['A,\nB\nC']))).points[0]!.untold).toBe('A,\nB\nC');
  });

  it('closes the marks a first line leaves open', () => {
    expect(shown(list(['**Bold\nLine**']))).toEqual(['**Bold**']);
  });

  it('shortens long addresses on the slide', () => {
    const url = 'https://example.org/docs/reference/api/v2/streams/consumer.html';
    expect(shown(list([`See ${url}`]))).toEqual([`See [example.org/…/consumer.html](${url})`]);
    expect(shown(paragraph(`See ${url} for more.`))).toEqual([`See [example.org/…/consumer.html](${url}) for more.`]);
  });

  it('tells a paragraph in the notes only when the slide shows part of it', () => {
    expect(keyPoints(session(paragraph('A sentence that is\n  long enough to show.'))).points[0]).toEqual({
      item: { markdown: 'A sentence that is long enough to show.', children: [], blocks: [] },
      full: 'A sentence that is\n  long enough to show.',
      untold: null,
    });
    const part = keyPoints(session(paragraph('A sentence that is long enough. And more.'))).points[0]!;
    expect(part.untold).toBe('A sentence that is long enough. And more.');
    const bold = keyPoints(session(paragraph('**A bold sentence that is long enough.'))).points[0]!;
    expect(bold.item.markdown).toBe('**A bold sentence that is long enough.**');
    expect(bold.untold).toBeNull();
  });

  it('shows the lesson of an inline takeaway without its caption', () => {
    const [point] = keyPoints(session(paragraph('TL;DR: keep it simple. Really.'))).points;
    expect(point!.item.markdown).toBe('keep it simple. Really.');
    expect(point!.full).toBe('TL;DR: keep it simple. Really.');
    expect(point!.untold).toBeNull();
  });
});

describe('keyPoints at the edges of its patterns', () => {
  it('reads a paragraph with text before or after its picture as prose', () => {
    for (const markdown of [
      'Intro text here, with ![a](b.png)',
      '![a](b.png) and then a text',
      'See:![a](b.png)',
      '![a](b.png)x',
    ])
      expect(shown(paragraph(markdown)), markdown).toEqual([markdown]);
  });

  it('carries a line on only after a comma or ampersand at its end', () => {
    expect(shown(list(['A, b\nNext', 'A & b\nNext']))).toEqual(['A, b', 'A & b']);
  });

  it(`carries a line of ${WRAPPED_LINE_CHARS} characters or more on unless it ends a sentence (a fixed-width wrap, seen 138)`, () => {
    expect(WRAPPED_LINE_CHARS).toBe(60);
    const line = (ending: string) => `Um exemplo de Command Bus que vale a pena conhecer é o de${ending}`;
    expect(line('xxx')).toHaveLength(60);
    const next = '[Middlewares](https://example.org/psr-15).';
    const endings = ['xxx', 'xx', 'xx.', 'xx:', 'xx;', 'xx!', 'xx?', 'xx…', 'xx。'];
    expect(shown(list(endings.map((ending) => `${line(ending)}\n${next}`)))).toEqual([
      `${line('xxx')} ${next}`,
      ...endings.slice(1).map(line),
    ]);
    expect(shown(list(endings.slice(2).map((ending) => `${line(`x${ending}`)}\n${next}`)))).toEqual(
      endings.slice(2).map((ending) => line(`x${ending}`)),
    );
  });

  it('takes no inline takeaway from a quote, and keeps a quote under a takeaways heading in the notes', () => {
    const quote: Block = { kind: 'quote', line: 1, markdown: 'TL;DR: said' };
    expect(keyPoints(session(list(['Detail']), quote)).source).toBe('bullets');
    const underHeading = keyPoints(session(heading('#### Summary'), list(['Lesson']), quote));
    expect(underHeading.points.map((point) => point.item.markdown)).toEqual(['Lesson']);
    expect(underHeading.rest).toEqual(['#### Summary', 'TL;DR: said']);
  });

  it('tells no more of a paragraph shown whole but for spaces at its end', () => {
    expect(keyPoints(session(paragraph('A sentence that is long enough to show.  '))).points[0]!.untold).toBeNull();
  });
});

describe('closedMarks', () => {
  it('closes each of code, ** and __ left open, in that order', () => {
    expect(closedMarks('a `b')).toBe('a `b`');
    expect(closedMarks('a **b')).toBe('a **b**');
    expect(closedMarks('a __b')).toBe('a __b__');
    expect(closedMarks('a **b `c')).toBe('a **b `c`**');
    expect(closedMarks('a **b** __c__ `d`')).toBe('a **b** __c__ `d`');
    expect(closedMarks('a **b** **c')).toBe('a **b** **c**');
  });
});

describe('notedWords', () => {
  it('counts the words of prose, headings, quotes and lists with their captions, not code or tables', () => {
    const table: Block = { kind: 'table', line: 1, markdown: '| no | table |' };
    const quote: Block = { kind: 'quote', line: 1, markdown: 'Four' };
    const noted = session(
      paragraph('One two.'),
      heading('#### Three'),
      quote,
      list([item('six', [item('seven')])], 'Five:'),
      code,
      table,
    );
    expect(notedWords(noted)).toBe(7);
    expect(notedWords(session(code))).toBe(0);
    expect(notedWords(session(paragraph('Ünïcode wörds 2024 日本 — ok')))).toBe(5);
  });
});

describe('fullMarkdown', () => {
  it('gives a list with its caption and sub-points, any other block as Markdown', () => {
    const list: Block = {
      kind: 'list',
      line: 1,
      ordered: false,
      caption: 'Caption',
      items: [{ markdown: 'One\nmore', children: [{ markdown: 'sub', children: [], blocks: [] }], blocks: [] }],
    };
    expect(fullMarkdown(list)).toBe('Caption\n- One\n  more\n  - sub');
    expect(fullMarkdown({ ...list, caption: null })).toBe('- One\n  more\n  - sub');
    expect(fullMarkdown({ kind: 'quote', line: 1, markdown: 'Said' })).toBe('> Said');
  });

  it("keeps an item's further paragraphs, quotes and code, indented under it (corpus 82 lost them from a closing section)", () => {
    const inner: Block[] = [
      { kind: 'paragraph', line: 2, role: 'prose', markdown: 'A second\nparagraph' },
      { kind: 'code', line: 3, lang: 'sh', code: 'ls' },
    ];
    const list: Block = {
      kind: 'list',
      line: 1,
      ordered: false,
      caption: null,
      items: [
        { markdown: 'Top', children: [{ markdown: 'nested', children: [], blocks: inner.slice(0, 1) }], blocks: inner },
      ],
    };
    expect(fullMarkdown(list)).toBe(
      '- Top\n\n  A second\n  paragraph\n\n  ```sh\n  ls\n  ```\n  - nested\n\n    A second\n    paragraph',
    );
  });
});
