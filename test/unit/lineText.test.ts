import { describe, expect, it } from 'vitest';
import { bylineOf, plain } from '../../src/model/speakers/lineText.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

describe('plain: a line’s words, markup off', () => {
  it('takes emphasis, code marks and escapes off', () => {
    expect(plain('**Jane Roe**')).toBe('Jane Roe');
    expect(plain('_Jane_ `Roe`\\')).toBe('Jane Roe');
    expect(plain('  __Speaker__: Jane Roe  ')).toBe('Speaker: Jane Roe');
  });

  it('keeps a link’s text, drops an image', () => {
    expect(plain('Speaker: [Jane Roe](https://example.com/jane)')).toBe('Speaker: Jane Roe');
    expect(plain('![이미지](photo.png) Jane Roe')).toBe('Jane Roe');
    expect(plain('Jane ![](a.png)Roe')).toBe('Jane Roe');
    expect(plain('[](https://example.com)Jane Roe')).toBe('Jane Roe');
  });

  it('drops links after the words whose text is an emoji, a handle or a lower-case word', () => {
    expect(plain('_Jane Roe_ [:video_camera:](https://example.com/v)')).toBe('Jane Roe');
    expect(plain('Jane Roe [slides](https://example.com/s) [video](https://example.com/v)  ')).toBe('Jane Roe');
    expect(plain('Jane Roe [@jroe](https://example.com/j)')).toBe('Jane Roe');
    expect(plain('Jane Roe  [slides](https://example.com/s)')).toBe('Jane Roe');
    expect(plain('Jane Roe ![photo](a.png)')).toBe('Jane Roe');
    expect(plain('Jane Roe [](https://example.com)')).toBe('Jane Roe');
    expect(plain('Speaker: [Jane Roe](https://example.com/jane)')).toBe('Speaker: Jane Roe');
    expect(plain('Jane Roe [Slides](https://example.com/s)')).toBe('Jane Roe Slides');
    expect(plain('[slides](https://example.com/s)')).toBe('slides');
    expect(plain('Jane Roe [slides](https://example.com/s) more')).toBe('Jane Roe slides more');
    expect(plain('Jane Roe[slides](https://example.com/s)')).toBe('Jane Roeslides');
  });

  it('drops emoji and shortcodes before the words', () => {
    expect(plain('🎤 Speaker: Jane Roe')).toBe('Speaker: Jane Roe');
    expect(plain(':microphone: Jane Roe')).toBe('Jane Roe');
    expect(plain(' :+1: :tada-2: Jane Roe')).toBe('Jane Roe');
    expect(plain('👩‍💻️ Jane Roe')).toBe('Jane Roe');
    expect(plain('🎤🎤Jane Roe')).toBe('Jane Roe');
    expect(plain('Jane Roe 🎤')).toBe('Jane Roe 🎤');
    expect(plain('Jane :tada: Roe')).toBe('Jane :tada: Roe');
    expect(plain('x:tada: Roe')).toBe('x:tada: Roe');
  });
});

describe('bylineOf: a block’s lines as written', () => {
  it('trims each line and drops blank ones', () => {
    const markdown = '**Jane Roe**  \n  @jroe\\\nJohn Doe\n';
    expect(bylineOf(parseMarkdown(markdown).children[0]!, markdown)).toEqual(['**Jane Roe**', '@jroe\\', 'John Doe']);
    const list = '- Jane Roe\n\n- John Doe\n';
    expect(bylineOf(parseMarkdown(list).children[0]!, list)).toEqual(['- Jane Roe', '- John Doe']);
  });
});
