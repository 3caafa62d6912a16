import { describe, expect, it } from 'vitest';
import { fencedLines, normalizeDialects } from '../../../src/parse/dialects/index.js';

describe('fencedLines', () => {
  it('marks the lines of fenced code, fences included', () => {
    expect(fencedLines(['text', '```js', 'code', '```', 'after'])).toEqual([false, true, true, true, false]);
  });

  it('closes a fence only with the same character, at least as long', () => {
    expect(fencedLines(['````', '```', '~~~~', '````', 'out'])).toEqual([true, true, true, true, false]);
    expect(fencedLines(['~~~', '```', '~~~~', 'out'])).toEqual([true, true, true, false]);
  });

  it('reads a fence after a list marker and several spaces, and no fence of one or two tildes', () => {
    expect(fencedLines(['-   ```', 'x', '```', 'out'])).toEqual([true, true, true, false]);
    expect(fencedLines(['~~ strike', '~ x', 'out'])).toEqual([false, false, false]);
  });

  it('reads fences in list items and quotes, not a marker after text or two backticks', () => {
    expect(fencedLines(['- ```', 'x', '  ```', '> ~~~', '> y', '> ~~~', '12) ```', '```'])).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(fencedLines(['text ```', '``', '-```', '1234567890. ```'])).toEqual([false, false, false, false]);
  });
});

describe('normalizeDialects', () => {
  it('runs every dialect and keeps every line where it was', () => {
    const body = [
      '# Talk <!-- draft -->',
      '> [!note] Title',
      'See [[Other Page]]',
      '- [x] done',
      '```',
      '[[kept]]',
      '```',
    ].join('\n');
    const { text, repairs } = normalizeDialects(body);
    expect(text.split('\n')).toHaveLength(7);
    expect(text.split('\n')[2]).toBe('See Other Page');
    // Inside fenced code nothing changes.
    expect(text.split('\n')[5]).toBe('[[kept]]');
    expect(repairs.length).toBeGreaterThan(0);
  });

  it('returns text without dialect markup unchanged, with no repairs', () => {
    expect(normalizeDialects('# Day 1\n\n## Talk\n\n- a point')).toEqual({
      text: '# Day 1\n\n## Talk\n\n- a point',
      repairs: [],
    });
  });
});
