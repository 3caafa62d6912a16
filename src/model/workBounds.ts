import { RecapError } from '../errors.js';
import type { Block, Conference, ListItem } from './types.js';

/**
 * Bounds no real notes reach, so that every input up to the size limit makes its decks in bounded
 * time and memory: the talk with the most points in the notes we have seen has about 60, and the
 * benchmark's largest recap has 1,000 talks.
 */
export const MAX_TALK_POINTS = 2_000;
export const MAX_TALKS = 1_000;

/** Throws at the first talk (or opening, closing or day section) with more than MAX_TALK_POINTS bullets and paragraphs. */
export function checkTalkPoints(conference: Conference): void {
  const file = conference.files[0];
  const parts = [
    conference.intro,
    ...conference.extras.map((extra) => extra.blocks),
    ...conference.days.flatMap((day) => [day.intro, ...day.sessions.map((session) => session.blocks)]),
  ];
  for (const blocks of parts) {
    const over = pointPastBound(blocks);
    if (over)
      throw new RecapError(
        'input',
        `Cannot make slides of a talk with more than ${MAX_TALK_POINTS} bullets and paragraphs, expected at most ${MAX_TALK_POINTS}: split it into several talks`,
        { file, line: over.line },
      );
  }
}

/**
 * Throws at the first talk past MAX_TALKS in these notes, counted before they are merged: merging
 * compares talks pairwise, and only makes fewer.
 */
export function checkTalkCount(conferences: Conference[]): void {
  const sessions = conferences.flatMap((conference) => conference.days.flatMap((day) => day.sessions));
  const over = sessions[MAX_TALKS];
  if (over)
    throw new RecapError(
      'input',
      `Cannot make a recap of ${sessions.length} talks, expected at most ${MAX_TALKS}: make several recaps`,
      { file: over.file, line: over.line },
    );
}

/** The block that holds point number MAX_TALK_POINTS + 1 (list items at any depth count one each), or null. */
function pointPastBound(blocks: Block[]): Block | null {
  let points = 0;
  const countItems = (items: ListItem[]): void => {
    for (const item of items) {
      points += 1 + item.blocks.length;
      countItems(item.children);
    }
  };
  for (const block of blocks) {
    if (block.kind === 'list') countItems(block.items);
    else points++;
    if (points > MAX_TALK_POINTS) return block;
  }
  return null;
}
