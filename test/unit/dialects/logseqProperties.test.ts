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
});
