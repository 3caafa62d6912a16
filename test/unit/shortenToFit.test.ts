import { describe, expect, it } from 'vitest';
import { shortenToFit } from '../../src/shortenToFit.js';

describe('shortenToFit', () => {
  const within = (chars: number) => (shown: string) => shown.length <= chars;

  it('keeps a text that fits, and cuts one that does not to the longest start that fits with its ellipsis', () => {
    expect(shortenToFit('Keynote', within(7))).toBe('Keynote');
    expect(shortenToFit('Keynote: the year ahead', within(10))).toBe('Keynote:…');
    expect(shortenToFit('Keynote: the year ahead', within(10)).length).toBeLessThanOrEqual(10);
    // Spaces before the ellipsis go: "Keynote: …" would read as a word cut off.
    expect(shortenToFit('Keynote  the year ahead', within(10))).toBe('Keynote…');
  });

  it('keeps at least one character, even when nothing fits', () => {
    expect(shortenToFit('Keynote', () => false)).toBe('K…');
    expect(shortenToFit('K', () => false)).toBe('K…');
  });

  it('tries a long text a few times, not once a character', () => {
    let tries = 0;
    const fits = (shown: string) => {
      tries++;
      return shown.length <= 80;
    };
    const shown = shortenToFit('x'.repeat(100_000), fits);
    expect(shown).toBe(`${'x'.repeat(79)}…`);
    expect(tries).toBeLessThanOrEqual(20);
  });
});
