import { describe, expect, it } from 'vitest';
import { RecapError } from '../../src/errors.js';
import { buildConference } from '../../src/model/buildConference.js';
import { checkTalkCount, MAX_TALK_POINTS, MAX_TALKS } from '../../src/model/workBounds.js';
import { MAX_LINES } from '../../src/parse/lineCount.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { checkDeckSize, MAX_DECK_SLIDES } from '../../src/plan/deckSize.js';
import { slide } from '../../src/plan/slide.js';
import type { Deck } from '../../src/plan/types.js';

const FILE = 'notes.md';

/** The RecapError `run` throws, or null: its message and line are what the user sees. */
function refusal(run: () => unknown): { message: string; line: number | undefined } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof RecapError)) throw error;
    return { message: error.message, line: error.line };
  }
}

const model = (text: string) => buildConference(parseNotes(text, FILE));

describe('bounds on the work one notes file makes', () => {
  it(`reads notes of ${MAX_LINES} lines, refuses one more at that line`, () => {
    const notes = (lines: number) => `# Conf\n${'\n'.repeat(lines - 2)}- a\n`;
    expect(notes(MAX_LINES).split('\n')).toHaveLength(MAX_LINES + 1);
    expect(refusal(() => parseNotes(notes(MAX_LINES), FILE))).toBeNull();
    expect(refusal(() => parseNotes(notes(MAX_LINES + 1), FILE))).toEqual({
      line: MAX_LINES + 1,
      message: `Cannot read notes of more than ${MAX_LINES} lines, expected at most ${MAX_LINES}: split them into several files`,
    });
  });

  it(`makes slides of a talk with ${MAX_TALK_POINTS} bullets and paragraphs, refuses one more`, () => {
    // Half of the points in a nested list, the rest as paragraphs after it.
    const talk = (points: number) =>
      `# Conf\n\n## Day\n\n### Talk\n\n${'- a\n  - b\n'.repeat(MAX_TALK_POINTS / 4)}\n${'p\n\n'.repeat(points - MAX_TALK_POINTS / 2)}`;
    expect(refusal(() => model(talk(MAX_TALK_POINTS)))).toBeNull();
    const over = refusal(() => model(talk(MAX_TALK_POINTS + 1)));
    expect(over?.message).toBe(
      `Cannot make slides of a talk with more than ${MAX_TALK_POINTS} bullets and paragraphs, expected at most ${MAX_TALK_POINTS}: split it into several talks`,
    );
    // The paragraph that is one too many.
    expect(over?.line).toBe(7 + MAX_TALK_POINTS / 2 + 1 + 2 * (MAX_TALK_POINTS / 2));
    // The intro before the first talk counts as one part too.
    expect(
      refusal(() => model(`# Conf\n\n${'- a\n'.repeat(MAX_TALK_POINTS + 1)}\n## Day\n\n### Talk\n\n- a\n`))?.line,
    ).toBe(3);
  });

  it(`makes a recap of ${MAX_TALKS} talks, refuses one more at its heading, also when they come from several files`, () => {
    // Eight talks a day, as a conference has them (day headings on talks 0, 8, 16, ...); talks of
    // another file have another speaker, or they would be read as the same talks.
    const talks = (count: number, from = 0, speaker = 'Ann Lee, Org') =>
      `# Conf\n\n${Array.from({ length: count }, (_, index) => `${index % 8 === 0 ? `## Day ${index / 8 + 1}\n\n` : ''}### Talk ${from + index} - ${speaker}\n\n- a point\n\n`).join('')}`;
    const line = (talk: number) => 3 + 2 * Math.floor(talk / 8 + 1) + 4 * talk;
    expect(refusal(() => model(talks(MAX_TALKS)))).toBeNull();
    expect(refusal(() => model(talks(MAX_TALKS + 1)))).toEqual({
      line: line(MAX_TALKS),
      message: `Cannot make a recap of ${MAX_TALKS + 1} talks, expected at most ${MAX_TALKS}: make several recaps`,
    });
    const half = MAX_TALKS / 2;
    // Several files are counted together, before merging (which compares every pair of talks).
    const files = (second: number) => [
      model(talks(half)),
      buildConference(parseNotes(talks(second, half, 'Bo Chen, Elsewhere'), 'other.md')),
    ];
    expect(refusal(() => checkTalkCount(files(half)))).toBeNull();
    expect(refusal(() => checkTalkCount(files(half + 1)))).toEqual({
      line: line(half),
      message: `Cannot make a recap of ${MAX_TALKS + 1} talks, expected at most ${MAX_TALKS}: make several recaps`,
    });
  });

  it(`makes a deck of ${MAX_DECK_SLIDES} slides, refuses one more`, () => {
    const deck = (slides: number): Deck => ({
      kind: 'day',
      title: 'Day 1',
      name: '01-day-1',
      meta: { conference: 'Conf', date: null, authors: [] },
      slides: Array.from({ length: slides }, () => slide('bullets', 'Points')),
    });
    expect(refusal(() => checkDeckSize(deck(MAX_DECK_SLIDES), FILE))).toBeNull();
    expect(refusal(() => checkDeckSize(deck(MAX_DECK_SLIDES + 1), FILE))).toEqual({
      line: undefined,
      message: `Cannot make the day deck \`Day 1\` of ${MAX_DECK_SLIDES + 1} slides, expected at most ${MAX_DECK_SLIDES}: split the notes into several talks or recaps`,
    });
  });
});
