import { describe, expect, it } from 'vitest';
import type { DaySource, TalkSource } from '../../src/model/inferStructure.js';
import type { OutlineSection } from '../../src/model/outline.js';
import { shapeOf } from '../../src/model/readingShape.js';

/** A heading at `line` of `rank` (`writtenRank`: the rank it was written at, when read at another). */
function section(line: number, rank: number, children: OutlineSection[] = [], writtenRank?: number): OutlineSection {
  return {
    heading: `H${line}`,
    text: `H${line}`,
    line,
    rank,
    content: [],
    body: [],
    children,
    ...(writtenRank === undefined ? {} : { writtenRank }),
  };
}

function talk(line: number): TalkSource {
  return { heading: `T${line}`, text: `T${line}`, line, body: [], group: null };
}

function day(line: number | null, talkLines: number[]): DaySource {
  return { heading: null, text: null, line, intro: [], talks: talkLines.map(talk) };
}

describe('shapeOf: the heading ranks days and talks were read at', () => {
  it('names the rank of the day headings and of the talk headings under them', () => {
    const sections = [section(1, 2, [section(2, 3), section(3, 3)]), section(4, 2, [section(5, 3)])];
    expect(shapeOf([day(1, [2, 3]), day(4, [5])], sections)).toEqual({ days: 'h2', talks: 'h3' });
  });

  it('reads a heading at the rank it was written at, not the one it was read at', () => {
    const sections = [section(1, 3, [section(2, 4)], 2)];
    expect(shapeOf([day(1, [2])], sections)).toEqual({ days: 'h2', talks: 'h4' });
  });

  it('calls talks on lines no heading holds list items, and ranks past six bold lines', () => {
    expect(shapeOf([day(null, [7, 8])], [])).toEqual({ days: null, talks: 'list' });
    expect(shapeOf([day(null, [1])], [section(1, 7)])).toEqual({ days: null, talks: 'bold' });
    expect(shapeOf([day(null, [1])], [section(1, 6)])).toEqual({ days: null, talks: 'h6' });
  });

  it('takes the most common rank, the first seen on a tie', () => {
    const sections = [section(2, 3), section(3, 3), section(5, 4)];
    expect(shapeOf([day(null, [9, 2, 3])], sections).talks).toBe('h3');
    expect(shapeOf([day(null, [5, 2, 3])], sections).talks).toBe('h3');
    expect(shapeOf([day(null, [2, 5])], sections).talks).toBe('h3');
    expect(shapeOf([day(null, [5, 2])], sections).talks).toBe('h4');
  });

  it('has no day rank when no day has a heading, and no talks when there are none', () => {
    expect(shapeOf([day(null, [1]), day(null, [1])], [section(1, 2)])).toEqual({ days: null, talks: 'h2' });
    expect(shapeOf([], [])).toEqual({ days: null, talks: 'none' });
    expect(shapeOf([day(1, [])], [section(1, 2)])).toEqual({ days: 'h2', talks: 'none' });
  });
});
