import { describe, expect, it } from 'vitest';
import { joinRevisits, revisitKey } from '../../src/model/revisits.js';
import type { Session } from '../../src/model/types.js';

function session(heading: string, line: number, fields: Partial<Session> = {}): Session {
  return {
    title: heading,
    heading,
    speakers: [],
    file: 'notes.md',
    line,
    group: null,
    byline: [],
    blocks: [{ kind: 'paragraph', line: line + 2, markdown: `Notes of line ${line}` }],
    ...fields,
  };
}

describe('revisitKey: the words that name a session', () => {
  it('drops marks of a return, one after another, in any case', () => {
    expect(revisitKey('Building Operators in Go (continued)')).toBe('building operators in go');
    expect(revisitKey("Building Operators in Go - cont'd")).toBe('building operators in go');
    expect(revisitKey('Building Operators in Go cont.')).toBe('building operators in go');
    expect(revisitKey('Building Operators in Go, again')).toBe('building operators in go');
    expect(revisitKey('Building Operators in Go: Part 2')).toBe('building operators in go');
    expect(revisitKey('Building Operators in Go part III')).toBe('building operators in go');
    expect(revisitKey('Building Operators in Go (2)')).toBe('building operators in go');
    expect(revisitKey('Building Operators in Go — REVISITED (back)')).toBe('building operators in go');
    expect(revisitKey('Building Operators in Go continued (part 2)')).toBe('building operators in go');
  });

  it('drops marks written close up, with numbers of several digits, or with spaces after them', () => {
    expect(revisitKey('Building Operators in Go:again')).toBe('building operators in go');
    expect(revisitKey('Building Operators in Go (cont)')).toBe('building operators in go');
    expect(revisitKey('Building Operators in Go (part2)')).toBe('building operators in go');
    expect(revisitKey('Building Operators in Go (part 12)')).toBe('building operators in go');
    expect(revisitKey('Building Operators in Go part2')).toBe('building operators in go');
    expect(revisitKey('Building Operators in Go part 12')).toBe('building operators in go');
    expect(revisitKey('Building Operators in Go (continued)  ')).toBe('building operators in go');
  });

  it('keeps words that only look like a mark inside a title', () => {
    expect(revisitKey('Again and Again We Deploy')).toBe('again and again we deploy');
    expect(revisitKey('Continued Delivery Pipelines')).toBe('continued delivery pipelines');
    expect(revisitKey('Building Operators in Go 2')).toBe('building operators in go 2');
    expect(revisitKey('Building Operators: Partial Failures')).toBe('building operators partial failures');
  });

  it('drops the kind of session before the title', () => {
    expect(revisitKey('Workshop: Building Operators in Go')).toBe('building operators in go');
    expect(revisitKey('  hands-on - Building Operators in Go')).toBe('building operators in go');
    expect(revisitKey('Talk — Building Operators Today')).toBe('building operators today');
    expect(revisitKey('Talking Heads On Stage')).toBe('talking heads on stage');
    expect(revisitKey('Workshop:Building Operators Fast')).toBe('building operators fast');
    expect(revisitKey('Building a Lab: Step by Step')).toBe('building a lab step by step');
  });

  it('is null for fewer than three words', () => {
    expect(revisitKey('Q&A')).toBeNull();
    expect(revisitKey('Operators in (continued)')).toBeNull();
    expect(revisitKey('Operators in Go')).toBe('operators in go');
  });
});

describe('joinRevisits: a session noted twice in a day is one', () => {
  it('joins the later notes to the first under their own heading, with new speakers and bylines', () => {
    const first = session('Building Operators in Go', 3, {
      speakers: [{ name: 'Ann Lee', org: null }],
      byline: ['- speaker: Ann Lee'],
    });
    const other = session('Service Mesh Patterns Today', 10);
    const again = session('Building Operators in Go (continued)', 20, {
      title: 'Building Operators in Go',
      speakers: [
        { name: 'Ann Lee', org: 'Example' },
        { name: 'Bob Smith', org: null },
      ],
      byline: ['- speaker: Bob Smith'],
    });
    const { sessions, joined } = joinRevisits([first, other, again]);
    expect(sessions.map((kept) => kept.line)).toEqual([3, 10]);
    expect(sessions[0]!.blocks).toEqual([
      { kind: 'paragraph', line: 5, markdown: 'Notes of line 3' },
      { kind: 'heading', line: 20, markdown: 'Building Operators in Go (continued)' },
      { kind: 'paragraph', line: 22, markdown: 'Notes of line 20' },
    ]);
    expect(sessions[0]!.speakers).toEqual([
      { name: 'Ann Lee', org: null },
      { name: 'Bob Smith', org: null },
    ]);
    expect(sessions[0]!.byline).toEqual(['- speaker: Ann Lee', '- speaker: Bob Smith']);
    expect(joined).toEqual([{ line: 20, to: 3, title: 'Building Operators in Go' }]);
  });

  it('adds a speaker the first notes lack, whoever else they name', () => {
    const first = session('Building Operators in Go', 3, {
      speakers: [
        { name: 'Ann Lee', org: null },
        { name: 'Carl Dunn', org: null },
      ],
    });
    const again = session('Building Operators in Go again', 20, { speakers: [{ name: 'Ann Lee', org: null }] });
    expect(joinRevisits([first, again]).sessions[0]!.speakers.map((speaker) => speaker.name)).toEqual([
      'Ann Lee',
      'Carl Dunn',
    ]);
  });

  it('leaves the sessions it was given as they were', () => {
    const first = session('Building Operators in Go', 3, { byline: ['a'] });
    const again = session('Building Operators in Go again', 20, { speakers: [{ name: 'Bob Smith', org: null }] });
    joinRevisits([first, again]);
    expect(first.blocks).toHaveLength(1);
    expect(first.speakers).toEqual([]);
    expect(first.byline).toEqual(['a']);
  });

  it('keeps sessions apart whose key is too short, or that differ', () => {
    const { sessions, joined } = joinRevisits([
      session('Q&A', 1),
      session('Q&A', 5),
      session('Talk 1 - Ann Lee', 9),
      session('Talk 2 - Ann Lee', 13),
    ]);
    expect(sessions.map((kept) => kept.line)).toEqual([1, 5, 9, 13]);
    expect(joined).toEqual([]);
  });
});
