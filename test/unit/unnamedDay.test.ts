import { describe, expect, it } from 'vitest';
import type { TalkSource } from '../../src/model/inferStructure.js';
import { unnamedDay } from '../../src/model/unnamedDay.js';

describe('unnamedDay', () => {
  it('has no heading, text, line or intro, and no talks unless given', () => {
    expect(unnamedDay()).toEqual({ heading: null, text: null, line: null, intro: [], talks: [] });
  });

  it('holds the talks it is given, the same list', () => {
    const talks = [{ section: { text: 'Calm Systems' } } as unknown as TalkSource];
    expect(unnamedDay(talks).talks).toBe(talks);
  });

  it('is a new day each call: talks pushed to one are not the other’s', () => {
    const first = unnamedDay();
    first.talks.push({ section: { text: 'Calm Systems' } } as unknown as TalkSource);
    expect(unnamedDay().talks).toEqual([]);
  });
});
