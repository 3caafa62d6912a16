import { describe, expect, it } from 'vitest';
import { logseqProperties } from '../../../src/parse/dialects/logseqProperties.js';
import { normalize } from './normalize.js';

describe('Logseq properties', () => {
  it("reads key:: value as key: value and drops the tool's own properties", () => {
    expect(
      normalize(logseqProperties, '- speaker:: Jane Roe\n  id:: 6412ab-cd\n  collapsed:: true\ntags:: conf, notes')
        .text,
    ).toBe('- speaker: Jane Roe\n\n\ntags: conf, notes');
  });

  it('leaves prose with double colons and code alone', () => {
    const text = 'Use std::vector here\n```\nkey:: value\n```';
    expect(normalize(logseqProperties, text).text).toBe(text);
  });

  it('reads a property with no value, spaced out, or with digits in its key', () => {
    expect(normalize(logseqProperties, '- topic::').text).toBe('- topic:');
    expect(normalize(logseqProperties, '-  speaker::  Jane Roe').text).toBe('-  speaker: Jane Roe');
    expect(normalize(logseqProperties, 'slide2:: 14').text).toBe('slide2: 14');
  });

  it('reads a property only as a whole line from its start', () => {
    const text = 'Mind the gap:: literally\nstd::vector';
    expect(normalize(logseqProperties, text).text).toBe(text);
  });

  it('drops every property Logseq writes for itself', () => {
    const own = [
      'heading:: true',
      'background-color:: yellow',
      'card-last-interval:: 4',
      'card-repeats:: 2',
      'card-ease-factor:: 2.5',
      'card-next-schedule:: 2024-05-01',
      'card-last-reviewed:: 2024-04-27',
      'card-last-score:: 5',
    ];
    expect(normalize(logseqProperties, own.join('\n')).text).toBe(own.map(() => '').join('\n'));
  });
});
