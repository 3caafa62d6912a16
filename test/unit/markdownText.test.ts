import { describe, expect, it } from 'vitest';
import { escapeMarkdown, plainText } from '../../src/parse/markdownText.js';

describe('plainText', () => {
  it('keeps link and image text, drops targets, emphasis and code marks, and trims', () => {
    expect(plainText('  **Bold** [the docs](https://example.com/docs) and `code` ![a chart](chart.png)  ')).toBe(
      'Bold the docs and code a chart',
    );
  });

  it('trims the spaces code keeps', () => {
    expect(plainText('`  spaced  `')).toBe('spaced');
  });

  it('gives the same answer when asked again (read once, then remembered)', () => {
    const markdown = '_Scaling_ ~~CI~~ at **Acme**';
    expect(plainText(markdown)).toBe('Scaling CI at Acme');
    expect(plainText(markdown)).toBe('Scaling CI at Acme');
  });
});

describe('escapeMarkdown', () => {
  it('escapes every character Markdown could read as markup, and nothing else', () => {
    expect(escapeMarkdown('\\[]*_`<>!#&|~')).toBe('\\\\\\[\\]\\*\\_\\`\\<\\>\\!\\#\\&\\|\\~');
    expect(escapeMarkdown('Plain words, 3.5 (ok) - fine: yes?')).toBe('Plain words, 3.5 (ok) - fine: yes?');
  });

  it('reads back as the text it was', () => {
    const text = 'a*b*c [x](y) <b> #1 a_b_c `z` ~~s~~ | t & u !';
    expect(plainText(escapeMarkdown(text))).toBe(text);
  });
});
