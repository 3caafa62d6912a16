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
});
