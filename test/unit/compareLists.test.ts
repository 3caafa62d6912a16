import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/types.js';
import { compareLists } from '../../src/plan/compareLists.js';

type ListBlock = Extract<Block, { kind: 'list' }>;

const list = (caption: string | null): ListBlock => ({
  kind: 'list',
  line: 1,
  ordered: false,
  caption,
  items: [{ markdown: 'a point', children: [], blocks: [] }],
});

/** Whether a list captioned `pros` followed by one captioned `cons` is read as a comparison. */
const compares = (pros: string | null, cons: string | null) => compareLists(list(pros), list(cons)) !== null;

describe('compareLists', () => {
  it('pairs a list of advantages with the list of drawbacks right after it, in that order', () => {
    const pros = list('Pros');
    const cons = list('Cons');
    expect(compareLists(pros, cons)).toEqual([pros, cons]);
    expect(compareLists(pros, cons)![0]).toBe(pros);
    expect(compareLists(pros, cons)![1]).toBe(cons);
  });

  it('knows every caption of a good side', () => {
    const captions = ['Pros', 'Advantage', 'Advantages', 'Benefits', 'Strengths', 'Upside', 'Upsides', 'Good'];
    captions.push('The good', 'Like', 'Likes', 'Plus', 'Pluses', 'PROS:', '  pros  ');
    for (const caption of captions) expect(compares(caption, 'Cons'), caption).toBe(true);
  });

  it('knows every caption of a bad side', () => {
    const captions = ['Cons', 'Disadvantage', 'Disadvantages', 'Drawbacks', 'Weaknesses', 'Downside', 'Downsides'];
    captions.push('Bad', 'The bad', 'Dislike', 'Dislikes', 'Minus', 'Minuses', 'Concerns', 'CONS:', '  cons  ');
    for (const caption of captions) expect(compares('Pros', caption), caption).toBe(true);
  });

  it('reads only a caption that starts with the whole word', () => {
    for (const caption of ['Prosody', 'Goodbye', 'Plushies', 'Not the pros', 'Some benefits', 'Plu', 'Advantageous'])
      expect(compares(caption, 'Cons'), caption).toBe(false);
    for (const caption of ['Consent', 'Badges', 'Minus5', 'Our concerns', 'Concern', 'Disadvantageous'])
      expect(compares('Pros', caption), caption).toBe(false);
  });

  it('needs both captions, in the order good then bad, on two lists', () => {
    expect(compares(null, 'Cons')).toBe(false);
    expect(compares('Pros', null)).toBe(false);
    expect(compares('', 'Cons')).toBe(false);
    expect(compares('Pros', '')).toBe(false);
    expect(compares('Cons', 'Pros')).toBe(false);
    expect(compares('Pros', 'Pros')).toBe(false);
    expect(compareLists(list('Pros'), undefined)).toBeNull();
    expect(compareLists(list('Pros'), { kind: 'paragraph', line: 2, role: 'prose', markdown: 'Cons' })).toBeNull();
  });
});
