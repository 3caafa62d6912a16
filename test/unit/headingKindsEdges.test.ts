import { describe, expect, it } from 'vitest';
import { isAsideTitle, isSlotTitle, looksLikeTalk } from '../../src/model/headingKinds.js';

// The edges of the heading patterns, each written so that a changed quantifier, anchor or class reads otherwise.
describe('aside headings, at their edges', () => {
  it('reads each closing or opening name, singular and plural, with or without its optional words', () => {
    for (const title of [
      'Conclusion',
      'Conclusions',
      'Closing',
      'Closing thoughts',
      'Intro',
      'Introduction',
      'Misc',
      'Misc notes',
      'Miscellaneous',
      '参考',
      '参考资料',
      '参考链接',
    ])
      expect(isAsideTitle(title), title).toBe(true);
  });

  it('reads an aside with trailing marks and spaces, not with more words', () => {
    expect(isAsideTitle('  Summary:.!  ')).toBe(true);
    expect(isAsideTitle('Summary!!')).toBe(true);
    expect(isAsideTitle('Summary: the future of storage')).toBe(false);
    expect(isAsideTitle('Summary!! of storage')).toBe(false);
  });

  it('reads lists of what to look into, "check" with or without "out"', () => {
    expect(isAsideTitle('Things to check')).toBe(true);
    expect(isAsideTitle('Things to check out')).toBe(true);
  });
});

describe('slot headings, at their edges', () => {
  it('reads a slot with trailing marks and spaces', () => {
    expect(isSlotTitle('  Talk 1.:')).toBe(true);
    expect(isSlotTitle('Talk 1: Storage')).toBe(false);
  });

  it('reads a time or a range of times alone as a slot, not a time before a title', () => {
    expect(isSlotTitle('14:30 - 15:00')).toBe(true);
    expect(isSlotTitle('14:30 - 15:00 Storage at scale')).toBe(false);
  });

  it('reads clock times only where they stand apart: "9:00 AM", "9am", "14h", not "x9:00" or "25:00"', () => {
    expect(isSlotTitle('Room 1 9:00 AM')).toBe(true);
    expect(isSlotTitle('Room 1 9am')).toBe(true);
    expect(isSlotTitle('Room 1 14h')).toBe(true);
    expect(isSlotTitle('Room 1 19:30')).toBe(true);
    expect(isSlotTitle('Room 1 23:30')).toBe(true);
    expect(isSlotTitle('Room 1 x9:00')).toBe(false);
    expect(isSlotTitle('Room 1 9:00x')).toBe(false);
    expect(isSlotTitle('Room 1 9amx')).toBe(false);
    expect(isSlotTitle('Room 1 x9am')).toBe(false);
    expect(isSlotTitle('Room 1 25:00')).toBe(false);
    expect(isSlotTitle('Room 1 25am')).toBe(false);
  });

  it('reads the orders, letters and numerals beside a slot word', () => {
    expect(isSlotTitle('Track IV Session')).toBe(true);
    expect(isSlotTitle('Track IVXIV Session')).toBe(false);
    expect(isSlotTitle('第12 セッション')).toBe(true);
    expect(isSlotTitle('第 セッション')).toBe(false);
  });
});

describe('talk marks, at their edges', () => {
  it('reads a mark only at the start, with spaces around its number', () => {
    expect(looksLikeTalk('Talk 3 : Storage')).toBe(true);
    expect(looksLikeTalk('notes on the session: storage')).toBe(false);
  });

  it('reads a lettered talk with one space or more after its letter', () => {
    expect(looksLikeTalk('B.  Better tests')).toBe(true);
    expect(looksLikeTalk('B. Better tests')).toBe(true);
  });
});
