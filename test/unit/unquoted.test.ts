import { describe, expect, it } from 'vitest';
import { unquoted } from '../../src/model/unquoted.js';

describe('unquoted: a label line title without its quotes', () => {
  it('takes off each kind of quotes, and the spaces inside and around them', () => {
    expect(unquoted('"Why Networks Matter"')).toBe('Why Networks Matter');
    expect(unquoted('“Why Networks Matter”')).toBe('Why Networks Matter');
    expect(unquoted('„Warum Netze zählen“')).toBe('Warum Netze zählen');
    expect(unquoted('«Pourquoi les réseaux»')).toBe('Pourquoi les réseaux');
    expect(unquoted('「ネットワーク」')).toBe('ネットワーク');
    expect(unquoted('『ネットワーク』')).toBe('ネットワーク');
    expect(unquoted('  “ Why Networks Matter ”  ')).toBe('Why Networks Matter');
  });

  it('keeps a title as written when quotes do not wrap all of it', () => {
    expect(unquoted('  Why Networks Matter ')).toBe('  Why Networks Matter ');
    expect(unquoted('Say “Hi”')).toBe('Say “Hi”');
    expect(unquoted('“Hi” there')).toBe('“Hi” there');
    expect(unquoted('“Why Networks Matter')).toBe('“Why Networks Matter');
    expect(unquoted('Why Networks Matter”')).toBe('Why Networks Matter”');
    expect(unquoted('“”')).toBe('“”');
  });

  it('does not take a closing mark for an opening one, nor an opening mark for a closing one', () => {
    expect(unquoted('”Why”')).toBe('”Why”');
    expect(unquoted('“Why„')).toBe('“Why„');
    expect(unquoted('»Why«')).toBe('»Why«');
  });
});
