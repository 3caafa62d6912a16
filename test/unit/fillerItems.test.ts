import { describe, expect, it } from 'vitest';
import { isFillerLine } from '../../src/model/reading/fillerItems.js';

describe('isFillerLine: a line that only says the list goes on', () => {
  it('reads an ellipsis and "etc." alone as filler', () => {
    for (const line of ['...', '…', '. . .'.replace(/ /g, ''), 'etc.', 'etc', ' ... '])
      expect(isFillerLine(line), line).toBe(true);
  });

  it('reads "and many more" in the corpus languages, intensifiers and closing marks allowed', () => {
    for (const line of [
      'many many many more!',
      'And many more',
      'and more…',
      '…and more',
      'So much more!',
      'lots more',
      'plus a lot more.',
      'y muchas más',
      'y muchos mas',
      "et bien d'autres",
      'd’autres…',
      'und viele mehr',
      'e molto altro',
      'e muito mais',
      '等等',
      'など',
      '그 외',
    ])
      expect(isFillerLine(line), line).toBe(true);
  });

  it('leaves lines that name something', () => {
    for (const line of [
      'Moreover',
      'more testing',
      'Many more ways to fail',
      'Lin Clark - A Cartoon Intro to WebAssembly.',
      'Etcd in production',
      '... and then the talk on Rust',
      'Más allá del monolito',
    ])
      expect(isFillerLine(line), line).toBe(false);
  });

  it('reads an ellipsis of any length before the words, spaced or not', () => {
    for (const line of ['...and more', '… and more', '.. etc.', '…… many more'])
      expect(isFillerLine(line), line).toBe(true);
  });

  it('takes any run of spaces between the words, in each language', () => {
    for (const line of [
      'and  more',
      'a  lot more',
      'many  more',
      'y  muchas más',
      'muchas  más',
      'et  d’autres',
      'bien  d’autres',
      'und  viele mehr',
      'viele  mehr',
      'e  molto altro',
      'molta  altro',
      'e  muito mais',
      'muitas  mais',
      '그  외',
      '그외',
    ])
      expect(isFillerLine(line), line).toBe(true);
  });

  it('reads each language\'s "more" without its "and", and in the singular', () => {
    for (const line of [
      'muchas más',
      'mucha más',
      'muchos más',
      'viele mehr',
      'viel mehr',
      'molto altro',
      'muito mais',
    ])
      expect(isFillerLine(line), line).toBe(true);
  });
});
