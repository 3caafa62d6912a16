import { describe, expect, it } from 'vitest';
import { RecapError } from '../../src/errors.js';
import { structureOption } from '../../src/model/reading/structureOption.js';

/** The error structureOption throws for `value`; fails the test when it throws none. */
function refusal(value: unknown): RecapError {
  try {
    structureOption(value, 'notes.md');
  } catch (error) {
    if (error instanceof RecapError) return error;
    throw error;
  }
  throw new Error(`structureOption accepted ${JSON.stringify(value)}`);
}

describe('structureOption: the structure front matter asks for', () => {
  it('is null when the front matter gives none', () => {
    expect(structureOption(undefined, 'notes.md')).toBeNull();
    expect(structureOption(null, 'notes.md')).toBeNull();
  });

  it('reads heading ranks, list and prose in any case, with spaces around them', () => {
    expect(structureOption({ days: ' H2 ', talks: ' H3 ' }, 'notes.md')).toEqual({ days: 'h2', talks: 'h3' });
    expect(structureOption({ days: 'None', talks: 'LIST' }, 'notes.md')).toEqual({ days: null, talks: 'list' });
    expect(structureOption({ days: null, talks: 'prose' }, 'notes.md')).toEqual({ days: null, talks: 'prose' });
    expect(structureOption({ talks: 'h1' }, 'notes.md')).toEqual({ days: null, talks: 'h1' });
    expect(structureOption({ days: 'h6', talks: 'h6' }, 'notes.md')).toEqual({ days: 'h6', talks: 'h6' });
  });

  it('refuses other ranks and words, for talks and for days', () => {
    for (const talks of ['h0', 'h7', 'xh3', 'h3x', 'h', 'lists', ''])
      expect(refusal({ talks }).message).toContain('Cannot read the front matter `structure`');
    for (const days of ['h7', 'xh2', 'h2x', 'nonesuch', 2])
      expect(refusal({ days, talks: 'h3' })).toBeInstanceOf(RecapError);
    expect(refusal({ days: 'h2' })).toBeInstanceOf(RecapError);
    expect(refusal({ days: 'h2', talks: 3 })).toBeInstanceOf(RecapError);
  });

  it('refuses fields it does not know, and a value that is not a table', () => {
    expect(refusal({ days: 'h2', talks: 'h3', sessions: 'h4' })).toBeInstanceOf(RecapError);
    expect(refusal({ talks: 'h3', topics: 'h4' })).toBeInstanceOf(RecapError);
    expect(refusal('h3').message).toContain('got "h3"');
    expect(refusal(['h2', 'h3'])).toBeInstanceOf(RecapError);
  });

  it('says so as an input error at the first line of the file', () => {
    const error = refusal({ talks: 'h9' });
    expect([error.kind, error.file, error.line]).toEqual(['input', 'notes.md', 1]);
    expect(error.message).toBe(
      'Cannot read the front matter `structure`: expected { days: h1..h6 or none, talks: h1..h6, list or prose }, got {"talks":"h9"}',
    );
  });
});
