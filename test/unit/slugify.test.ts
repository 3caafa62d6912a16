import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/plan/slugify.js';

// slugify names output files and folders: what it lets through must be safe on every disk.
describe('slugify', () => {
  it('makes a lower-case ASCII slug, camel case kept as one word', () => {
    expect(slugify('KubeCon Europe: Día 2!', 'deck')).toBe('kubecon-europe-dia-2');
    expect(slugify('fooBar', 'deck')).toBe('foobar');
  });

  it('cuts at 60 characters and drops a dash left at the cut', () => {
    expect(slugify('a'.repeat(70), 'deck')).toBe('a'.repeat(60));
    expect(slugify(`${'a'.repeat(59)} b`, 'deck')).toBe('a'.repeat(59));
    expect(slugify(`${'a'.repeat(58)} b`, 'deck')).toBe(`${'a'.repeat(58)}-b`);
  });

  it('never gives an empty name', () => {
    expect(slugify('', 'deck-3')).toBe('deck-3');
    expect(slugify('!!! ???', 'deck-3')).toBe('deck-3');
  });

  it('moves Windows device names aside, whole names only', () => {
    for (const [text, slug] of [
      ['CON', 'con-deck'],
      ['prn', 'prn-deck'],
      ['Aux', 'aux-deck'],
      ['nul', 'nul-deck'],
      ['COM1', 'com1-deck'],
      ['lpt9', 'lpt9-deck'],
    ])
      expect(slugify(text!, 'deck'), text).toBe(slug);
    for (const text of ['console', 'xcon', 'coma', 'lpt', 'nul-2']) expect(slugify(text, 'deck'), text).toBe(text);
  });
});
