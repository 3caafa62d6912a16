import { describe, expect, it } from 'vitest';
import { separatorLines } from '../../../src/parse/dialects/separatorLines.js';
import { normalize } from './normalize.js';

describe('separator lines', () => {
  it('reads long # lines, and = lines after a blank, as rules', () => {
    expect(normalize(separatorLines, 'a\n\n############\n\nb\n\n=====\nc').text).toBe('a\n\n***\n\nb\n\n***\nc');
  });

  it('keeps a setext underline, headings and code', () => {
    const text = 'Title\n=====\n###### H6\n```\n############\n```';
    expect(normalize(separatorLines, text).text).toBe(text);
  });

  it('reads a line of spaces as blank, and rules with trailing spaces', () => {
    expect(normalize(separatorLines, 'a\n  \n=====').text).toBe('a\n  \n***');
    expect(normalize(separatorLines, '########  \n\n=====  ').text).toBe('***\n\n***');
  });

  it('leaves # and = inside or before words alone', () => {
    const text = 'Score ########\n######## Notes\n\nx =====\n\n===== x';
    expect(normalize(separatorLines, text).text).toBe(text);
  });
});
