import { describe, expect, it } from 'vitest';
import { sameWords } from '../../src/model/sameWords.js';

describe('sameWords: two titles that say the same thing', () => {
  it('holds for the same words in another case and with other punctuation', () => {
    expect(sameWords('KubeCon EU 2021', 'kubecon — eu, 2021!')).toBe(true);
    expect(sameWords('Day 1', 'Day 1')).toBe(true);
  });

  it('fails for other words, words in another order, or words split elsewhere', () => {
    expect(sameWords('KubeCon EU 2021', 'KubeCon EU 2022')).toBe(false);
    expect(sameWords('EU KubeCon', 'KubeCon EU')).toBe(false);
    // Joined without a space these would read "abc" both.
    expect(sameWords('ab c', 'a bc')).toBe(false);
  });

  it('fails for a missing title', () => {
    expect(sameWords('KubeCon', null)).toBe(false);
  });
});
