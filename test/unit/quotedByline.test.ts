import { describe, expect, it } from 'vitest';
import { QUOTED_BYLINE_LINES } from '../../src/model/speakers/firstBlock.js';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

const person = (name: string, org: string | null = null) => ({ name, org });
function take(markdown: string) {
  const { speakers, byline, rest } = takeSpeakerLines(parseMarkdown(markdown).children, markdown);
  return { speakers, byline, rest: rest.length };
}

describe('a quoted byline right under a talk title', () => {
  it('names the speakers of a quote whose every line reads as names', () => {
    expect(take('> Jane Roe (Example), John Doe (Example)\n\n### Outline\n')).toEqual({
      speakers: [person('Jane Roe'), person('John Doe')],
      byline: ['> Jane Roe (Example), John Doe (Example)'],
      rest: 1,
    });
    expect(take('> Kevin Old (LifeWay)\n\n- notes\n').speakers).toEqual([person('Kevin Old')]);
    expect(take('> Marie Curie et Pierre Curie\n\nNotes.\n').speakers).toEqual([
      person('Marie Curie'),
      person('Pierre Curie'),
    ]);
    expect(take('> — 山田太郎\n\n本文。\n').speakers).toEqual([person('山田太郎')]);
  });

  it('reads a quote of two lines, each one a name, but no longer quote', () => {
    expect(QUOTED_BYLINE_LINES).toBe(2);
    expect(take('> Jane Roe\n> John Doe\n\nNotes.\n').speakers).toEqual([person('Jane Roe'), person('John Doe')]);
    expect(take('> Jane Roe\n> John Doe\n> Ann Lee\n\nNotes.\n').speakers).toEqual([]);
  });

  it('names no one in a quotation, or in a quote of more than one paragraph', () => {
    expect(take('> Move fast and break things\n\nNotes.\n').speakers).toEqual([]);
    expect(take('> Jane Roe\n> said this was hard to ship\n\nNotes.\n').speakers).toEqual([]);
    expect(take('> Jane Roe\n>\n> John Doe\n\nNotes.\n').speakers).toEqual([]);
    // Not first: a quote further down is the notes'.
    expect(take('Notes first.\n\n> Jane Roe\n').speakers).toEqual([]);
  });
});
