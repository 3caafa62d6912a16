import { describe, expect, it } from 'vitest';
import { footnotes } from '../../../src/parse/dialects/footnotes.js';
import { normalize } from './normalize.js';

describe('footnotes', () => {
  it('numbers footnotes in the order they are defined: references in superscript, definitions as lines of text', () => {
    const { text, repairs } = normalize(
      footnotes,
      [
        'Vite Environment API[^api] の話[^1]。',
        '',
        '[^1]: See [the slides](https://example.org/slides)',
        '[^api]: Environment API で広げる Vite の可能性',
        '   [^3]:Indented three spaces',
        'Then[^3] and[^1] again.',
      ].join('\n'),
    );
    expect(text).toBe(
      [
        'Vite Environment API² の話¹。',
        '',
        '¹ See [the slides](https://example.org/slides)',
        '² Environment API で広げる Vite の可能性',
        '   ³ Indented three spaces',
        'Then³ and¹ again.',
      ].join('\n'),
    );
    expect(repairs).toEqual([]);
  });

  it('writes numbers past 9 in superscript digits', () => {
    const lines = Array.from({ length: 12 }, (_, index) => `[^n${index}]: Note ${index}`);
    const { text } = normalize(footnotes, [...lines, 'See[^n11] and[^n9].'].join('\n'));
    expect(text.split('\n').slice(9, 13)).toEqual(['¹⁰ Note 9', '¹¹ Note 10', '¹² Note 11', 'See¹² and¹⁰.']);
  });

  it('leaves references without a definition, definitions indented as code, code and code spans as written', () => {
    expect(normalize(footnotes, 'An array[^0] of things').text).toBe('An array[^0] of things');
    expect(normalize(footnotes, 'No[^a] note\n\n    [^a]: indented four').text).toBe(
      'No[^a] note\n\n    [^a]: indented four',
    );
    const fenced = '```\nx[^1]\n[^2]: in code\n```\n[^1]: Real\nx[^1] `y[^1]`';
    expect(normalize(footnotes, fenced).text).toBe('```\nx[^1]\n[^2]: in code\n```\n¹ Real\nx¹ `y[^1]`');
  });

  it('leaves a reference without a definition as written beside one with a definition', () => {
    expect(normalize(footnotes, 'See[^1] and[^x].\n\n[^1]: One').text).toBe('See¹ and[^x].\n\n¹ One');
  });

  it('numbers a label defined twice once, by its first definition', () => {
    expect(normalize(footnotes, '[^a]: One\n[^b]: Two\n[^a]: Again\nx[^b]').text).toBe('¹ One\n² Two\n¹ Again\nx²');
  });
});
