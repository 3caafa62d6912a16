import { describe, expect, it } from 'vitest';
import {
  matchOneToOne,
  matchScore,
  normalizeText,
  rates,
  scoreReading,
  similarity,
  type Truth,
} from '../../src/eval/score.js';

describe('tolerant title matching', () => {
  it('folds case, quotes, punctuation and whitespace', () => {
    expect(normalizeText('  Don’t  STOP — Believin’! ')).toBe('don t stop believin');
    expect(normalizeText("Don't stop believin'")).toBe('don t stop believin');
    expect(matchScore('“Cold War”', 'cold war')).toBe(1);
  });

  it('matches at a similarity of exactly 0.8 and not just under it', () => {
    // 10 letters, 2 edits: 1 - 2/10 = 0.8
    expect(similarity('abcdefghij', 'abcdefghxy')).toBeCloseTo(0.8, 10);
    expect(matchScore('abcdefghij', 'abcdefghxy')).toBeCloseTo(0.8, 10);
    // 9 letters, 2 edits: 1 - 2/9 ≈ 0.778
    expect(matchScore('abcdefghi', 'abcdefgxy')).toBeNull();
  });

  it('matches when one folded title contains the other, however short the overlap', () => {
    expect(matchScore('Keynote: Opening Remarks', 'Opening Remarks')).toBe(0.8);
    expect(matchScore('Keynote', 'Keynote day 1')).toBe(0.8);
    expect(matchScore('Opening', 'Closing Remarks')).toBeNull();
    expect(matchScore('', 'Anything')).toBeNull();
  });
});

describe('one-to-one pairing', () => {
  it('lets each true talk be claimed once', () => {
    expect(matchOneToOne(['Cold War', 'Cold War'], ['Cold War'])).toEqual([{ found: 0, truth: 0 }]);
    expect(matchOneToOne(['Opening Remarks'], ['Opening Remarks', 'Opening Remarks'])).toEqual([
      { found: 0, truth: 0 },
    ]);
  });

  it('pairs the best matches first', () => {
    // "Linkerd" is contained in both found titles; the exact one wins and the other stays unpaired.
    expect(matchOneToOne(['Deep Dive: Linkerd', 'Linkerd'], ['Linkerd'])).toEqual([{ found: 1, truth: 0 }]);
    expect(matchOneToOne(['Deep Dive: Linkerd', 'Linkerd'], ['Linkerd', 'Deep Dive Linkerd'])).toEqual([
      { found: 1, truth: 0 },
      { found: 0, truth: 1 },
    ]);
  });
});

describe('precision, recall and F1', () => {
  it('computes the usual rates', () => {
    const { precision, recall, f1 } = rates({ matched: 2, found: 4, truth: 5 });
    expect(precision).toBe(0.5);
    expect(recall).toBe(0.4);
    expect(f1).toBeCloseTo(4 / 9, 10);
  });

  it('is perfect on nothing expected and nothing found, zero when either side is empty alone', () => {
    expect(rates({ matched: 0, found: 0, truth: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(rates({ matched: 0, found: 0, truth: 3 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(rates({ matched: 0, found: 2, truth: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('scoring one reading against its truth', () => {
  const truth: Truth = {
    title: 'PyCon US 2019',
    days: ['Day 1', 'Day 2'],
    talks: [
      { title: 'Scaling Prometheus with Thanos', speakers: ['Jane Roe', 'John Doe'], day: 'Day 1' },
      { title: 'Floats are Friends', speakers: ['Ann Smith'], day: 'Day 2' },
    ],
  };

  it('counts speakers only on paired talks, names matched tolerantly', () => {
    const score = scoreReading(
      {
        title: 'PyCon 2019',
        days: ['Day 1'],
        talks: [
          { title: 'Scaling Prometheus With Thanos!', speakers: ['jane roe', 'ACME Corp'], day: 'Day 1' },
          { title: 'Lunch', speakers: ['Chef'], day: 'Day 1' },
        ],
      },
      truth,
    );
    expect(score.talks).toEqual({ matched: 1, found: 2, truth: 2 });
    expect(score.speakers).toEqual({ matched: 1, found: 2, truth: 2 });
    expect(score.days).toEqual({ matched: 1, found: 1, truth: 2 });
    expect(score.dayCountRight).toBe(false);
    // "pycon 2019" vs "pycon us 2019": 1 - 3/13 ≈ 0.77, not contained.
    expect(score.titleRight).toBe(false);
  });

  it('takes a title that contains the conference name as right', () => {
    expect(scoreReading({ title: 'PyCon US 2019: my notes', days: [], talks: [] }, truth).titleRight).toBe(true);
  });
});
