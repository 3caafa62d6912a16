import { describe, expect, it } from 'vitest';
import { paragraphIndents } from '../../../src/parse/dialects/paragraphIndents.js';
import { normalize } from './normalize.js';

describe('paragraphIndents', () => {
  it('drops a typed first-line indent of two or more entities or wide spaces, keeping up to three plain spaces', () => {
    const { text, repairs } = normalize(
      paragraphIndents,
      [
        '&nbsp;&nbsp;&nbsp;&nbsp;上个周日，我们举办了技术沙龙。',
        '&#160;&#160;Second paragraph.',
        '&#xA0;&#xa0;Hex entities.',
        '\u00A0\u00A0No-break spaces.',
        '\u3000\u3000今日は晴れでした。',
        '   &nbsp;&nbsp;Three spaces in.',
        '&nbsp;\u3000Mixed.',
        '&nbsp;&nbsp;',
      ].join('\n'),
    );
    expect(text).toBe(
      [
        '上个周日，我们举办了技术沙龙。',
        'Second paragraph.',
        'Hex entities.',
        'No-break spaces.',
        '今日は晴れでした。',
        '   Three spaces in.',
        'Mixed.',
        '',
      ].join('\n'),
    );
    expect(repairs).toEqual([]);
  });

  it('leaves a spacer line of typed spaces alone blank', () => {
    const { text } = normalize(
      paragraphIndents,
      ['Last point.', '', '&nbsp;', '', '\u00A0 ', '   &#160;', 'Next.'].join('\n'),
    );
    expect(text).toBe(['Last point.', '', '', '', '', '', 'Next.'].join('\n'));
    expect(normalize(paragraphIndents, '    &nbsp;').text).toBe('    &nbsp;');
    // Several typed spaces and a plain one after them, the hex entity in either case: blank.
    expect(normalize(paragraphIndents, ['&nbsp;&nbsp; ', '&#xa0;', '&#XA0;'].join('\n')).text).toBe('\n\n&#XA0;');
  });

  it('leaves one typed space, spaces inside a line, four plain spaces before them, and code', () => {
    const kept = [
      '&nbsp;One entity.',
      '\u3000One wide space.',
      'Text &nbsp;&nbsp; inside.',
      '    &nbsp;&nbsp;Code-indented.',
      '- &nbsp;&nbsp;In a list item.',
      '```',
      '&nbsp;&nbsp;In code.',
      '```',
    ].join('\n');
    expect(normalize(paragraphIndents, kept).text).toBe(kept);
  });
});
