import { describe, expect, it } from 'vitest';
import { textSimilarity } from '../../src/merge/textSimilarity.js';
import { SAME_TITLE, titleSimilarity } from '../../src/merge/titleSimilarity.js';

describe('textSimilarity', () => {
  it('is one edit less per character of the longer text', () => {
    expect(textSimilarity('abcd', 'abcd')).toBe(1);
    expect(textSimilarity('abcd', 'abce')).toBe(0.75);
    expect(textSimilarity('abcd', 'abcde')).toBe(0.8);
    expect(textSimilarity('abcde', 'abcd')).toBe(0.8);
  });

  it('is nought against an empty text, or when the numbers differ', () => {
    expect(textSimilarity('', 'abc')).toBe(0);
    expect(textSimilarity('abc', '')).toBe(0);
    expect(textSimilarity('day 1 operations', 'day 2 operations')).toBe(0);
    expect(textSimilarity('day 12 operations', 'day 12 operation')).toBe(1 - 1 / 17);
    // Numbers are compared whole: "12" is not "1 2".
    expect(textSimilarity('day 12 operations', 'day 1 2 operations')).toBe(0);
    expect(textSimilarity('', '')).toBe(1);
  });
});

describe('titleSimilarity', () => {
  it('takes a title whose three or more words all come in the other for the same talk', () => {
    expect(SAME_TITLE).toBe(0.85);
    expect(titleSimilarity('trust no one', 'trust no one confidential containers')).toBe(0.9);
    expect(titleSimilarity('trust no one confidential containers', 'trust no one')).toBe(0.9);
    expect(titleSimilarity('the trust no one', 'trust no one confidential containers')).toBe(0.9);
  });

  it('does not with two words, stop words not counted, nor with a word missing', () => {
    // Then only the share of words in common counts (2 × shared / all), below the bar.
    expect(titleSimilarity('scaling ci', 'scaling ci with tekton pipelines')).toBe(4 / 6);
    expect(titleSimilarity('the state of the art', 'the state of the art in tracing')).toBe(4 / 5);
    expect(titleSimilarity('trust no one', 'trust nobody confidential containers')).toBe(
      textSimilarity('trust no one', 'trust nobody confidential containers'),
    );
    for (const [a, b] of [
      ['scaling ci', 'scaling ci with tekton pipelines'],
      ['the state of the art', 'the state of the art in tracing'],
      ['trust no one', 'trust nobody confidential containers'],
    ])
      expect(titleSimilarity(a!, b!)).toBeLessThan(SAME_TITLE);
  });

  it('does not when the other title adds a number: a part 2 is another talk', () => {
    expect(titleSimilarity('securing kubernetes clusters', 'securing kubernetes clusters part 2')).toBe(
      textSimilarity('securing kubernetes clusters', 'securing kubernetes clusters part 2'),
    );
    expect(titleSimilarity('securing kubernetes clusters', 'securing kubernetes clusters part 2')).toBeLessThan(
      SAME_TITLE,
    );
  });

  it('keeps an edit likeness above containment', () => {
    expect(titleSimilarity('kubernetes upgrades', 'kubernetes upgrades')).toBe(1);
    expect(titleSimilarity('', 'kubernetes')).toBe(0);
    expect(titleSimilarity('kubernetes', '')).toBe(0);
    expect(titleSimilarity('kubernetes cluster upgrades', 'kubernetes cluster upgrades x')).toBe(1 - 2 / 29);
    expect(titleSimilarity('kubernetes cluster upgrades using otel', 'kubernetes cluster upgrades')).toBe(0.9);
    expect(titleSimilarity('observability at scale x', 'observability at scale')).toBe(
      textSimilarity('observability at scale x', 'observability at scale'),
    );
  });
});

describe('titleSimilarity, at its edges', () => {
  it('gives 1 for equal keys and 0 for keys whose numbers differ, whatever their words', () => {
    // Keys of stop words only have no words to share: the edit likeness alone answers.
    expect(titleSimilarity('the', 'the')).toBe(1);
    expect(titleSimilarity('kubernetes at scale part 1', 'kubernetes at scale part 2')).toBe(0);
  });

  it('takes no stop word for a word of the title', () => {
    // Two words and a stop word: too few to count as contained, so only the share of words in common (4 / 6).
    for (const word of [
      'a',
      'an',
      'and',
      'at',
      'for',
      'from',
      'in',
      'into',
      'of',
      'on',
      'or',
      'the',
      'to',
      'with',
      'your',
      'our',
    ])
      expect(titleSimilarity(`scaling ${word} ci`, `scaling ${word} ci tekton pipelines`), word).toBe(4 / 6);
  });

  it('refuses containment only for extra words holding a number, not for numbers both titles share', () => {
    expect(titleSimilarity('kubecon 2024 keynote', 'kubecon 2024 keynote recap')).toBe(0.9);
    // The numbers read alike ("2 2"), but "part2" is a word only the longer title has.
    expect(titleSimilarity('scaling ci 2 2', 'scaling ci 2 part2')).toBe(
      textSimilarity('scaling ci 2 2', 'scaling ci 2 part2'),
    );
    expect(titleSimilarity('scaling ci 2 2', 'scaling ci 2 part2 tekton')).toBe(0.56);
  });
});
