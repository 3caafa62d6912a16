import { describe, expect, it } from 'vitest';
import { codeLinesIn, SMALL_TEXT_PX, textFrame, textWidth } from '../../src/plan/textFrame.js';

describe('textFrame', () => {
  it('holds 11 body lines at 30 px, of 77 characters at 16:9 and 57 at 4:3', () => {
    expect(textFrame('16:9')).toStrictEqual({
      size: '16:9',
      lines: 11,
      chars: 77,
      titleChars: 50,
      codeChars: 89,
      headerChars: 83,
    });
    expect(textFrame('4:3')).toStrictEqual({
      size: '4:3',
      lines: 11,
      chars: 57,
      titleChars: 37,
      codeChars: 66,
      headerChars: 62,
    });
  });

  it('is 16:9 unless told otherwise', () => {
    expect(textFrame()).toStrictEqual(textFrame('16:9'));
  });

  it('holds more and longer lines of smaller text', () => {
    expect(textFrame('16:9', SMALL_TEXT_PX)).toMatchObject({ lines: 12, chars: 89, titleChars: 50, codeChars: 89 });
    expect(textFrame('4:3', 20)).toMatchObject({ lines: 16, chars: 86 });
  });

  it('carries a measured fit’s shares, and no key for them without one', () => {
    const share = (title: string) => (title === 'Long' ? 0.5 : 1);
    expect(textFrame('16:9', 30, share).share).toBe(share);
    expect('share' in textFrame('16:9', 30)).toBe(false);
  });
});

describe('textWidth', () => {
  it('counts a character a column, a wide one nearly two', () => {
    expect(textWidth('abc')).toBe(3);
    expect(textWidth('日本語')).toBeCloseTo(5.4);
    expect(textWidth('ab한')).toBeCloseTo(3.8);
    expect(textWidth('カ、ｶ')).toBeCloseTo(5.4);
  });
});

describe('codeLinesIn', () => {
  it('fits the code lines of a slide’s body, at least three', () => {
    expect(codeLinesIn(11)).toBe(15);
    expect(codeLinesIn(6)).toBe(8);
    expect(codeLinesIn(2)).toBe(3);
    expect(codeLinesIn(0)).toBe(3);
  });
});
