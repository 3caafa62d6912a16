import { describe, expect, it } from 'vitest';
import { chooseReading, forcedReading, rankOf, type Reading } from '../../src/model/reading/chooseReading.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** The rule-based reading, as buildConference hands it over: talks at h2, no days, `evidence`. */
function rules(evidence: number, shape: Reading['shape'] = { days: null, talks: 'h2' }): Reading {
  return { shape, intro: [], days: [], asides: [], evidence };
}

const scheduleList = (dayHeading = '## Day 1') =>
  parseNotes(`# Conf\n\n${dayHeading}\n\n- 10:00 Alpha\n- 11:00 Beta\n- 12:00 Gamma\n`, 'notes.md');

const proseLinks = () =>
  parseNotes(
    '# Conf\n\n## Day 2\n\nI saw [Lazy images](https://x.org/schedule/event/lazy/) by Jane Roe and ' +
      '[Fast code](https://x.org/schedule/event/fast/).\n\nThen [Big data](https://x.org/schedule/event/big/).\n',
    'notes.md',
  );

/** The chosen reading's shape, evidence, confidence and runner-up. */
function choose(evidence: number, text: ReturnType<typeof parseNotes>, shape?: Reading['shape']) {
  const {
    shape: chosen,
    evidence: weight,
    confidence,
    runnerUp,
  } = chooseReading(rules(evidence, shape), text.tree.children, text.source);
  return { shape: chosen, evidence: weight, confidence, runnerUp };
}

describe('chooseReading: the candidate reading with the most evidence', () => {
  it('keeps a list of talks over weaker headings, its days at the rank of their heading', () => {
    expect(choose(1, scheduleList())).toEqual({
      shape: { days: 'h2', talks: 'list' },
      evidence: 3,
      confidence: 0.5,
      runnerUp: { days: null, talks: 'h2', evidence: 1.5 },
    });
    expect(choose(1, scheduleList('### Day 1')).shape).toEqual({ days: 'h3', talks: 'list' });
    expect(choose(1, scheduleList('')).shape).toEqual({ days: null, talks: 'list' });
    const chosen = chooseReading(rules(1), scheduleList().tree.children, scheduleList().source);
    expect(chosen.days.map((day) => [day.text, day.talks.map((talk) => talk.text)])).toEqual([
      ['Day 1', ['10:00 Alpha', '11:00 Beta', '12:00 Gamma']],
    ]);
  });

  it('keeps talks named by links in sentences over weaker headings', () => {
    expect(choose(1.5, proseLinks())).toEqual({
      shape: { days: 'h2', talks: 'prose' },
      evidence: 3,
      confidence: 0.33,
      runnerUp: { days: null, talks: 'h2', evidence: 2 },
    });
  });

  it('ranks the days by a day heading, though talks come before the first', () => {
    const notes = parseNotes(
      '# Conf\n\n- 10:00 A\n- 11:00 B\n- 12:00 C\n\n## Day 1\n\n- 13:00 D\n- 14:00 E\n- 15:00 F\n',
      'notes.md',
    );
    expect(chooseReading(rules(1), notes.tree.children, notes.source).shape).toEqual({ days: 'h2', talks: 'list' });
  });

  it('takes a runner-up with the same days and other talks', () => {
    expect(choose(1, scheduleList(), { days: 'h2', talks: 'h3' })).toMatchObject({
      confidence: 0.5,
      runnerUp: { days: 'h2', talks: 'h3', evidence: 1.5 },
    });
  });

  it('gives the heading reading half a point more, so that it wins a tie', () => {
    expect(choose(2.5, scheduleList())).toEqual({
      shape: { days: null, talks: 'h2' },
      evidence: 3,
      confidence: 0,
      runnerUp: { days: 'h2', talks: 'list', evidence: 3 },
    });
    expect(choose(2.6, scheduleList())).toMatchObject({ shape: { days: null, talks: 'h2' }, confidence: 0.03 });
    expect(choose(2.4, scheduleList())).toMatchObject({ shape: { days: 'h2', talks: 'list' }, confidence: 0.03 });
    expect(choose(10, scheduleList()).confidence).toBe(0.71);
  });

  it('is sure (1) when the runner-up has no evidence, or a shape no different', () => {
    expect(choose(-0.5, scheduleList()).confidence).toBe(1);
    expect(choose(-1, scheduleList())).toMatchObject({ confidence: 1, runnerUp: { evidence: -0.5 } });
    expect(choose(1, scheduleList(), { days: 'h2', talks: 'list' })).toMatchObject({
      shape: { days: 'h2', talks: 'list' },
      confidence: 1,
      runnerUp: null,
    });
    expect(choose(1, scheduleList(), { days: null, talks: 'list' }).runnerUp).toEqual({
      days: null,
      talks: 'list',
      evidence: 1.5,
    });
  });

  it('is the heading reading alone when nothing else reads as talks, unsure when its evidence is none', () => {
    const plain = parseNotes('# Conf\n\n## Talk A\n\ntext\n', 'notes.md');
    expect(choose(1, plain)).toEqual({
      shape: { days: null, talks: 'h2' },
      evidence: 1.5,
      confidence: 1,
      runnerUp: null,
    });
    expect(choose(-0.4, plain).confidence).toBe(1);
    expect(choose(-0.5, plain)).toEqual({
      shape: { days: null, talks: 'h2' },
      evidence: 0,
      confidence: 0,
      runnerUp: null,
    });
    expect(choose(-1, plain).confidence).toBe(0);
  });
});

describe('forcedReading: the reading asked for, unweighed', () => {
  it('reads talks as list items or as links in sentences, null when there are none', () => {
    const list = forcedReading({ days: null, talks: 'list' }, rules(1), scheduleList().tree.children, '');
    expect(list).toMatchObject({ shape: { days: null, talks: 'list' }, evidence: 3, asides: [] });
    expect(list!.days.map((day) => day.talks.length)).toEqual([3]);
    const prose = proseLinks();
    const found = forcedReading({ days: 'h2', talks: 'prose' }, rules(1), prose.tree.children, prose.source);
    expect(found).toMatchObject({ shape: { days: 'h2', talks: 'prose' }, evidence: 3 });
    expect(found!.days[0]!.talks.map((talk) => talk.text)).toEqual(['Lazy images', 'Fast code', 'Big data']);
    expect(forcedReading({ days: null, talks: 'list' }, rules(1), prose.tree.children, prose.source)).toBeNull();
    expect(forcedReading({ days: 'h2', talks: 'prose' }, rules(1), scheduleList().tree.children, '')).toBeNull();
  });

  it('reads talks and days at the ranks asked for, weighing the evidence of that reading', () => {
    const notes = parseNotes('# Conf\n\n## Day 1\n\n### Talk A\n\ntext\n\n### Talk B\n', 'notes.md');
    const read = (shape: Reading['shape']) => {
      const reading = forcedReading(shape, rules(1), notes.tree.children, notes.source);
      return reading && [reading.evidence, reading.days.map((day) => [day.text, day.talks.map((talk) => talk.text)])];
    };
    expect(read({ days: 'h2', talks: 'h3' })).toEqual([1.2, [['Day 1', ['Talk A', 'Talk B']]]]);
    expect(read({ days: 'H2', talks: ' h3 ' })).toEqual([1.2, [['Day 1', ['Talk A', 'Talk B']]]]);
    expect(read({ days: null, talks: 'h2' })).toEqual([-0.5, [[null, ['Day 1']]]]);
    // A day rank that is no rank reads no days.
    expect(read({ days: 'x', talks: 'h2' })).toEqual([-0.5, [[null, ['Day 1']]]]);
    expect(read({ days: null, talks: 'x' })).toBeNull();
    expect(forcedReading({ days: 'h2', talks: 'h3' }, rules(9), notes.tree.children, notes.source)!.asides).toEqual([]);
  });
});

describe('rankOf: a heading rank written "h1" to "h6"', () => {
  it('reads the rank in any case, with spaces around it', () => {
    expect(['h1', 'H6', ' h3 '].map(rankOf)).toEqual([1, 6, 3]);
  });

  it('is null for other ranks and words', () => {
    expect(['h0', 'h7', 'xh2', 'h2x', 'h', 'list', ''].map(rankOf)).toEqual([null, null, null, null, null, null, null]);
  });
});
