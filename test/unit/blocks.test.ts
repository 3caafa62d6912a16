import type { Heading, Paragraph, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { headingText, lineOf, sourceOf, TODO_LEAD, toBlocks } from '../../src/model/blocks.js';
import { notesSource } from '../../src/model/inlineLinks.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

/** The model blocks of Markdown `text` (parsed as CommonMark, with no note tool's dialect rewritten first). */
function blocksOf(text: string) {
  const tree = parseMarkdown(text);
  return toBlocks(tree.children, notesSource(text, tree));
}

function parsed(text: string) {
  return { source: text, tree: parseMarkdown(text) };
}

describe('sourceOf and lineOf', () => {
  it('slice the text a node was parsed from and give its first line', () => {
    const notes = parsed('intro\n\nSome *emphasis* here\n');
    const paragraph = notes.tree.children[1]!;
    expect(sourceOf(paragraph, notes.source)).toBe('Some *emphasis* here');
    expect(lineOf(paragraph)).toBe(3);
  });

  it('fall back to the node’s text and line 1 for a node without a position', () => {
    const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: 'plain words' }] };
    expect(sourceOf(paragraph, 'other text entirely')).toBe('plain words');
    expect(lineOf(paragraph)).toBe(1);
    // A position missing either offset is no position to slice.
    const halfPlaced = {
      ...paragraph,
      position: { start: { line: 2, column: 1, offset: 0 }, end: { line: 2, column: 6 } },
    };
    expect(sourceOf(halfPlaced, 'other text entirely')).toBe('plain words');
    expect(lineOf(halfPlaced)).toBe(2);
    const endOnly = {
      ...paragraph,
      position: { start: { line: 2, column: 1 }, end: { line: 2, column: 6, offset: 5 } },
    };
    expect(sourceOf(endOnly, 'other text entirely')).toBe('plain words');
  });
});

describe('headingText', () => {
  it('is the heading’s inline Markdown without its marks, trimmed', () => {
    const notes = parsed('## Safe *Pipelines* ##\n\nSetext *title*\n---\n');
    const [atx, setext] = notes.tree.children as Heading[];
    expect(headingText(atx!, notes.source)).toBe('Safe *Pipelines*');
    expect(headingText(setext!, notes.source)).toBe('Setext *title*');
  });

  it('is empty for a heading with no text, and its plain text when its children have no offsets', () => {
    expect(headingText({ type: 'heading', depth: 2, children: [] } as Heading, 'x')).toBe('');
    const unplaced: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: '  Plain title  ' }] };
    expect(headingText(unplaced, 'other')).toBe('Plain title');
    const startOnly: Heading = {
      type: 'heading',
      depth: 2,
      children: [
        {
          type: 'text',
          value: ' First ',
          position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2 } },
        },
        { type: 'text', value: 'second ', position: { start: { line: 1, column: 2 }, end: { line: 1, column: 3 } } },
      ],
    };
    expect(headingText(startOnly, 'other')).toBe('First second');
    const endOnly: Heading = {
      type: 'heading',
      depth: 2,
      children: [
        { type: 'text', value: ' First ', position: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } },
        {
          type: 'text',
          value: 'second ',
          position: { start: { line: 1, column: 2 }, end: { line: 1, column: 3, offset: 3 } },
        },
      ],
    };
    expect(headingText(endOnly, 'other')).toBe('First second');
  });
});

describe('toBlocks: one block a node, in order, at its line', () => {
  it('reads paragraphs, headings, code, quotes, tables and HTML', () => {
    const blocks = blocksOf(
      [
        'A first *point*.  ',
        '### A heading',
        '```ts\nconst a = 1;\n```',
        '```\nplain\n```',
        '> quoted *words*',
        '| a | b |\n|---|---|\n| 1 | 2 |',
        '<div>html</div>',
      ].join('\n\n'),
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', line: 1, role: 'prose', markdown: 'A first *point*.' },
      { kind: 'heading', line: 3, markdown: 'A heading' },
      { kind: 'code', line: 5, lang: 'ts', code: 'const a = 1;' },
      { kind: 'code', line: 9, lang: null, code: 'plain' },
      { kind: 'quote', line: 13, markdown: 'quoted *words*' },
      { kind: 'table', line: 15, markdown: '| a | b |\n|---|---|\n| 1 | 2 |' },
      { kind: 'html', line: 19, html: '<div>html</div>' },
    ]);
  });

  it('drops rules, used link definitions and footnote definitions', () => {
    const blocks = blocksOf('one [a][site]\n\n---\n\n[site]: https://example.com/\n\n[^1]: a footnote\n\ntwo');
    expect(blocks.map((block) => (block.kind === 'paragraph' ? block.markdown : block.kind))).toEqual([
      'one [a](<https://example.com/>)',
      'two',
    ]);
  });

  it('keeps a link definition no reference uses as a link of its own, with its title', () => {
    // Jekyll's starter post ends so: the author's links, though no text points into them.
    const blocks = blocksOf(
      'Intro ![logo][img].\n\n[img]: https://example.com/logo.png\n[jekyll-docs]: https://jekyllrb.com/docs/home\n[Site]: <https://example.org/a b> "Le site"',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', line: 1, role: 'prose', markdown: 'Intro ![logo](<https://example.com/logo.png>).' },
      { kind: 'paragraph', line: 4, role: 'prose', markdown: '[jekyll-docs](<https://jekyllrb.com/docs/home>)' },
      { kind: 'paragraph', line: 5, role: 'prose', markdown: '[Site](<https://example.org/a b> "Le site")' },
    ]);
  });

  it('keeps a node of another kind as prose, from its source', () => {
    const source = 'before\n  $$x$$  \nafter';
    const node = {
      type: 'math',
      value: 'x',
      position: { start: { line: 2, column: 1, offset: 7 }, end: { line: 2, column: 10, offset: 16 } },
    } as unknown as RootContent;
    expect(toBlocks([node], { text: source, definitions: new Map(), referenced: new Set() })).toEqual([
      { kind: 'paragraph', line: 2, role: 'prose', markdown: '$$x$$' },
    ]);
  });

  it('lifts HTML out of a quote, after it; a quote of HTML alone leaves no quote', () => {
    expect(blocksOf('> words\n>\n> <!-- a note -->\n>\n> more words')).toEqual([
      { kind: 'quote', line: 1, markdown: 'words\n\nmore words' },
      { kind: 'html', line: 3, html: '<!-- a note -->' },
    ]);
    expect(blocksOf('> <!-- a note -->')).toEqual([{ kind: 'html', line: 1, html: '<!-- a note -->' }]);
  });
});

describe('toBlocks: paragraph roles', () => {
  const roleOf = (text: string) => {
    const [block] = blocksOf(text);
    return block?.kind === 'paragraph' ? block.role : block?.kind;
  };

  it('reads TODO, FIXME and action items as todos, at the start only', () => {
    expect(roleOf('TODO: read the paper')).toBe('todo');
    expect(roleOf('fixme later')).toBe('todo');
    expect(roleOf('Action item: ask Jane')).toBe('todo');
    expect(roleOf('Action items: ask Jane')).toBe('todo');
    expect(roleOf('TODOs are nice')).toBe('prose');
    expect(roleOf('A TODO: read the paper')).toBe('prose');
    expect(TODO_LEAD.test('todo')).toBe(true);
  });

  it('reads "Quote:" as a quote', () => {
    expect(roleOf('Quote: tests are letters to the future')).toBe('quote');
    expect(roleOf('quote : tests are letters')).toBe('quote');
    expect(roleOf('A quote: tests are letters')).toBe('prose');
    expect(roleOf('Quoted: tests are letters')).toBe('prose');
  });

  it('reads a paragraph of links alone (with breaks and spaces) as links', () => {
    expect(roleOf('[Slides](https://example.com/s) [Video](https://example.com/v)')).toBe('links');
    expect(roleOf('[Slides](https://example.com/s)\\\n[Video](https://example.com/v)')).toBe('links');
    expect(roleOf('[Slides](https://example.com/s) and [Video](https://example.com/v)')).toBe('prose');
    expect(roleOf('See [Slides](https://example.com/s)')).toBe('prose');
    expect(roleOf('*just emphasis*')).toBe('prose');
  });
});

describe('toBlocks: lists and their captions', () => {
  it('reads items with their checkboxes, nested items and blocks', () => {
    const [list] = blocksOf('1. [x] done\n2. [ ] open\n3. plain\n   - nested *one*\n\n   a paragraph\n');
    expect(list).toEqual({
      kind: 'list',
      line: 1,
      ordered: true,
      caption: null,
      items: [
        { markdown: '[x] done', children: [], blocks: [] },
        { markdown: '[ ] open', children: [], blocks: [] },
        {
          markdown: 'plain',
          children: [{ markdown: 'nested *one*', children: [], blocks: [] }],
          blocks: [{ kind: 'paragraph', line: 6, role: 'prose', markdown: 'a paragraph' }],
        },
      ],
    });
  });

  it('reads an item that opens with no paragraph as an empty item holding its blocks', () => {
    const [list] = blocksOf('- ```\n  code\n  ```\n- text');
    expect(list).toMatchObject({
      kind: 'list',
      ordered: false,
      items: [
        { markdown: '', children: [], blocks: [{ kind: 'code', line: 1, lang: null, code: 'code' }] },
        { markdown: 'text', children: [], blocks: [] },
      ],
    });
  });

  it('lifts HTML out of items, after the list', () => {
    const blocks = blocksOf('- one\n\n  <!-- a note -->\n- two\n  - nested\n\n    <div>block</div>\n\nafter');
    expect(blocks.map((block) => block.kind)).toEqual(['list', 'html', 'html', 'paragraph']);
    expect(blocks[1]).toEqual({ kind: 'html', line: 3, html: '<!-- a note -->' });
    expect(blocks[2]).toEqual({ kind: 'html', line: 7, html: '<div>block</div>' });
    expect(blocks[0]).toMatchObject({ items: [{ blocks: [] }, { children: [{ markdown: 'nested', blocks: [] }] }] });
  });

  it('joins a caption ending in a colon to the list after it', () => {
    expect(blocksOf('They solved that by changing many old things at once:\n\n- one\n- two')).toEqual([
      {
        kind: 'list',
        line: 3,
        ordered: false,
        caption: 'They solved that by changing many old things at once:',
        items: [
          { markdown: 'one', children: [], blocks: [] },
          { markdown: 'two', children: [], blocks: [] },
        ],
      },
    ]);
  });

  const captionOf = (text: string) => {
    const blocks = blocksOf(`${text}\n\n- one\n- two`);
    return blocks.length === 1 && blocks[0]!.kind === 'list' ? blocks[0]!.caption : null;
  };

  it('reads a line of at most six words without a closing mark as a caption', () => {
    expect(captionOf('Advantages')).toBe('Advantages');
    expect(captionOf('One two three four five six')).toBe('One two three four five six');
    expect(captionOf('One two three four five six seven')).toBe(null);
    expect(captionOf('Advantages.')).toBe(null);
    expect(captionOf('Advantages!')).toBe(null);
    expect(captionOf('Advantages?')).toBe(null);
  });

  it('reads a caption of 80 characters, not 81, and of one line', () => {
    const colonLine = (length: number) => `${'word '.repeat(20).slice(0, length - 1)}:`;
    expect(colonLine(80)).toHaveLength(80);
    expect(captionOf(colonLine(80))).toBe(colonLine(80));
    expect(captionOf(colonLine(81))).toBe(null);
    expect(captionOf('Two lines\nof caption:')).toBe(null);
  });

  it('refuses a caption with a link or an image, a todo, or a link line', () => {
    expect(captionOf('See [this](https://example.com/):')).toBe(null);
    expect(captionOf('See ![this](https://example.com/a.png):')).toBe(null);
    expect(captionOf('TODO:')).toBe(null);
    expect(captionOf('Quote:')).toBe(null);
  });

  it('reads a heading as a caption only when its link targets show', () => {
    expect(captionOf('### Advantages')).toBe('Advantages');
    const blocks = blocksOf('### See [docs](https://example.com/docs)\n\n- one');
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'list']);
  });
});
