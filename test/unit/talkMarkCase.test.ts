import { describe, expect, it } from 'vitest';
import { looksLikeTalk } from '../../src/model/headingKinds.js';

describe('looksLikeTalk: a talk mark in any case', () => {
  it('reads "Talk 3:", "Keynote -", "WORKSHOP 2:" as written in title or upper case', () => {
    expect(looksLikeTalk('Talk 3: Intro')).toBe(true);
    expect(looksLikeTalk('Keynote - Scale')).toBe(true);
    expect(looksLikeTalk('KEYNOTE – Scale')).toBe(true);
    expect(looksLikeTalk('Workshop 2: Hands on')).toBe(true);
    expect(looksLikeTalk('Lightning Talk — Fast')).toBe(true);
    expect(looksLikeTalk('Sponsored Keynote: Scale')).toBe(true);
    expect(looksLikeTalk('Panel: Futures')).toBe(true);
  });

  it('needs the separator after the mark', () => {
    expect(looksLikeTalk('Talk 3 Intro')).toBe(false);
    expect(looksLikeTalk('Keynotes and more')).toBe(false);
  });

  it('keeps the list letter a capital: a lower-case letter opens a sentence', () => {
    expect(looksLikeTalk('B. Better tests')).toBe(true);
    expect(looksLikeTalk('a. few words on tests')).toBe(false);
  });
});
