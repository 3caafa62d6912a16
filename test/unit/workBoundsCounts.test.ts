import { describe, expect, it } from 'vitest';
import { RecapError } from '../../src/errors.js';
import type { Block, Conference, ListItem, Session } from '../../src/model/types.js';
import { checkTalkCount, checkTalkPoints, MAX_TALK_POINTS, MAX_TALKS } from '../../src/model/workBounds.js';

/** How workBounds counts, on models built by hand (workBounds.test.ts checks the same bounds on whole notes). */

/** The RecapError `run` throws, or null; a refusal is always the input's fault (its exit code says so). */
function refusal(run: () => unknown): { message: string; file: string | undefined; line: number | undefined } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof RecapError)) throw error;
    expect(error.kind).toBe('input');
    return { message: error.message, file: error.file, line: error.line };
  }
}

const paragraph = (line: number): Block => ({ kind: 'paragraph', line, role: 'prose', markdown: 'p' });
const item = (children: ListItem[] = [], blocks: Block[] = []): ListItem => ({ markdown: 'a', children, blocks });
const list = (line: number, items: ListItem[]): Block => ({ kind: 'list', line, ordered: false, caption: null, items });
const paragraphs = (count: number, line = 1): Block[] => Array.from({ length: count }, () => paragraph(line));

function session(blocks: Block[], file = 'notes.md', line = 1): Session {
  return { title: 'Talk', heading: 'Talk', speakers: [], file, line, group: null, byline: [], blocks };
}

function conference(parts: Partial<Pick<Conference, 'intro' | 'extras' | 'days'>>, files = ['notes.md']): Conference {
  return { title: 'Conf', date: null, authors: [], files, intro: [], days: [], extras: [], warnings: [], ...parts };
}

const day = (intro: Block[], sessions: Session[]) => ({ title: 'Day', heading: null, line: null, intro, sessions });

const POINTS_MESSAGE = `Cannot make slides of a talk with more than ${MAX_TALK_POINTS} bullets and paragraphs, expected at most ${MAX_TALK_POINTS}: split it into several talks`;

describe('checkTalkPoints', () => {
  it(`allows ${MAX_TALK_POINTS} paragraphs in a talk and refuses the block holding one more, in the notes' first file`, () => {
    const talk = (count: number) =>
      conference({ days: [day([], [session([...paragraphs(count), paragraph(99)])])] }, ['first.md', 'second.md']);
    expect(refusal(() => checkTalkPoints(talk(MAX_TALK_POINTS - 1)))).toBeNull();
    expect(refusal(() => checkTalkPoints(talk(MAX_TALK_POINTS)))).toEqual({
      message: POINTS_MESSAGE,
      file: 'first.md',
      line: 99,
    });
  });

  it('counts a list item at any depth as one point, and each block it holds as one more', () => {
    // 2 items, one holding a nested item with 2 blocks: 1 + 1 + (1 + 2) = 5 points.
    const nestedList = list(7, [item(), item([item([], paragraphs(2))])]);
    const talk = (extra: number) => conference({ days: [day([], [session([...paragraphs(extra), nestedList])])] });
    expect(refusal(() => checkTalkPoints(talk(MAX_TALK_POINTS - 5)))).toBeNull();
    expect(refusal(() => checkTalkPoints(talk(MAX_TALK_POINTS - 4)))?.line).toBe(7);
    // Blocks of an item count beside its children.
    const withBlocks = list(8, [item([], paragraphs(3))]);
    const blockTalk = (extra: number) => conference({ days: [day([], [session([...paragraphs(extra), withBlocks])])] });
    expect(refusal(() => checkTalkPoints(blockTalk(MAX_TALK_POINTS - 4)))).toBeNull();
    expect(refusal(() => checkTalkPoints(blockTalk(MAX_TALK_POINTS - 3)))?.line).toBe(8);
  });

  it('counts each part alone: the intro, each extra, each day’s intro and each talk', () => {
    const half = () => paragraphs(MAX_TALK_POINTS / 2 + 1, 5);
    const extra = (blocks: Block[]) => ({
      title: 'Links',
      heading: 'Links',
      line: 1,
      kind: 'notes' as const,
      placement: 'closing' as const,
      blocks,
    });
    expect(
      refusal(() =>
        checkTalkPoints(
          conference({
            intro: half(),
            extras: [extra(half()), extra(half())],
            days: [day(half(), [session(half()), session(half())])],
          }),
        ),
      ),
    ).toBeNull();
    const over = () => paragraphs(MAX_TALK_POINTS + 1, 6);
    expect(refusal(() => checkTalkPoints(conference({ intro: over() })))?.line).toBe(6);
    expect(refusal(() => checkTalkPoints(conference({ extras: [extra(half()), extra(over())] })))?.line).toBe(6);
    expect(refusal(() => checkTalkPoints(conference({ days: [day(over(), [])] })))?.line).toBe(6);
    expect(
      refusal(() => checkTalkPoints(conference({ days: [day([], []), day([], [session(half()), session(over())])] })))
        ?.line,
    ).toBe(6);
  });
});

describe('checkTalkCount', () => {
  it(`allows ${MAX_TALKS} talks over several notes and refuses at the next, in its file and line`, () => {
    const talks = (count: number, file: string) =>
      Array.from({ length: count }, (_, index) => session([], file, index + 1));
    const first = conference({ days: [day([], talks(600, 'a.md'))] });
    const second = (count: number) =>
      conference({ days: [day([], talks(count - 600 - 100, 'b.md')), day([], talks(100, 'b2.md'))] });
    expect(refusal(() => checkTalkCount([first, second(MAX_TALKS)]))).toBeNull();
    expect(refusal(() => checkTalkCount([first, second(MAX_TALKS + 1)]))).toEqual({
      message: `Cannot make a recap of ${MAX_TALKS + 1} talks, expected at most ${MAX_TALKS}: make several recaps`,
      file: 'b2.md',
      line: 100,
    });
  });
});
