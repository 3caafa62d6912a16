import { describe, expect, it } from 'vitest';
import { blockMarkdown, firstSentence, toSlideItem } from '../../src/plan/blockMarkdown.js';

describe('blockMarkdown', () => {
  it('gives paragraphs, headings, tables and HTML back as written', () => {
    expect(blockMarkdown({ kind: 'paragraph', line: 1, role: 'prose', markdown: 'Some *prose*.' })).toBe(
      'Some *prose*.',
    );
    expect(blockMarkdown({ kind: 'heading', line: 1, markdown: '#### Aside' })).toBe('#### Aside');
    expect(blockMarkdown({ kind: 'table', line: 1, markdown: '| a |\n|---|\n| 1 |' })).toBe('| a |\n|---|\n| 1 |');
    expect(blockMarkdown({ kind: 'html', line: 1, html: '<details>x</details>' })).toBe('<details>x</details>');
  });

  it('quotes every line of a quote, a blank one as a bare ">"', () => {
    expect(blockMarkdown({ kind: 'quote', line: 1, markdown: 'One\n\nTwo' })).toBe('> One\n>\n> Two');
  });

  it('fences code with more backticks than any run inside it, and its language', () => {
    expect(blockMarkdown({ kind: 'code', line: 1, lang: 'ts', code: 'let a = 1;' })).toBe('```ts\nlet a = 1;\n```');
    expect(blockMarkdown({ kind: 'code', line: 1, lang: null, code: 'a `b` c' })).toBe('```\na `b` c\n```');
    expect(blockMarkdown({ kind: 'code', line: 1, lang: 'md', code: '```js\nx\n```' })).toBe(
      '````md\n```js\nx\n```\n````',
    );
    expect(blockMarkdown({ kind: 'code', line: 1, lang: null, code: 'a ``` b ````` c' })).toBe(
      '``````\na ``` b ````` c\n``````',
    );
  });

  it('lists the items of a list as bullets', () => {
    const item = (markdown: string) => ({ markdown, children: [], blocks: [] });
    expect(
      blockMarkdown({ kind: 'list', line: 1, ordered: true, caption: null, items: [item('One'), item('Two')] }),
    ).toBe('- One\n- Two');
  });
});

describe('toSlideItem', () => {
  it('shortens long addresses in an item and its children, and gives its blocks as Markdown', () => {
    const url = 'https://example.org/docs/reference/api/v2/streams/consumer.html';
    const slideItem = toSlideItem({
      markdown: `See ${url}`,
      children: [{ markdown: `Also ${url}`, children: [], blocks: [] }],
      blocks: [{ kind: 'quote', line: 2, markdown: 'Said' }],
    });
    expect(slideItem).toEqual({
      markdown: `See [example.org/…/consumer.html](${url})`,
      children: [{ markdown: `Also [example.org/…/consumer.html](${url})`, children: [], blocks: [] }],
      blocks: ['> Said'],
    });
  });
});

describe('firstSentence', () => {
  it('ends a sentence at a stop before a capital or the end, once it has 20 characters', () => {
    expect(firstSentence('The first sentence is long enough. The second one.')).toBe(
      'The first sentence is long enough.',
    );
    expect(firstSentence('A question that is long enough? Yes it is.')).toBe('A question that is long enough?');
    expect(firstSentence('Wow this is really quite exciting! Right.')).toBe('Wow this is really quite exciting!');
    expect(firstSentence('Short one. Then more text comes here.')).toBe('Short one. Then more text comes here.');
    expect(firstSentence('Twenty characters ok. Next.')).toBe('Twenty characters ok.');
    expect(firstSentence('Nineteen characters. Next.')).toBe('Nineteen characters. Next.');
  });

  it('reads on past a stop followed by a small letter or a digit', () => {
    expect(firstSentence('The first sentence is long enough. then more. And more')).toBe(
      'The first sentence is long enough. then more.',
    );
    expect(firstSentence('Version 2.0 came out this year, finally. Next')).toBe(
      'Version 2.0 came out this year, finally.',
    );
    expect(firstSentence('No stop at all in this whole paragraph')).toBe('No stop at all in this whole paragraph');
  });

  it('counts the 20 characters from the first one written, and reads a stop before several spaces', () => {
    expect(firstSentence('   Short one is here. Next one.')).toBe('Short one is here. Next one.');
    expect(firstSentence('The first sentence is long enough.  The second.')).toBe('The first sentence is long enough.');
  });

  it('reads a paragraph over lines as one line', () => {
    expect(firstSentence('  The first sentence\n   is long enough.\nThe second one.')).toBe(
      'The first sentence is long enough.',
    );
    expect(firstSentence('The first sentence is long enough.\n\n  ')).toBe('The first sentence is long enough.');
  });

  it('ends a Chinese or Japanese sentence at its stop, whatever follows', () => {
    expect(firstSentence('首先是 OpenCruise 里的 StatefulSet 提供的原地升级功能。我原本以为')).toBe(
      '首先是 OpenCruise 里的 StatefulSet 提供的原地升级功能。',
    );
    expect(firstSentence('これはとても長い文章で二十文字を超えていますか！はい')).toBe(
      'これはとても長い文章で二十文字を超えていますか！',
    );
    expect(firstSentence('これはとても長い文章で二十文字を超えていますか？はい')).toBe(
      'これはとても長い文章で二十文字を超えていますか？',
    );
  });
});
