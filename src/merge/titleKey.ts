import { findClockTime } from './findClockTime.js';
import { normalizeText } from './normalizeText.js';

/** "Session:", "Talk 3:", "Keynote –" and the like: labels people put before a talk's title. */
const LABEL = /^\s*(?:session|talk|keynote|workshop|tutorial|panel|lightning talk|breakout|presentation)(?:\s+\d+)?\s*(?::|\s[-–—])\s*/i;

/** A talk title reduced to the words that identify it, for matching notes on the same talk: no label, no time slot. */
export function titleKey(title: string): string {
  const time = findClockTime(title);
  const untimed = time ? `${title.slice(0, time.index)} ${title.slice(time.index + time.length).replace(/^[\s*_\])]*[-–—:|]?\s*/, '')}` : title;
  return normalizeText(untimed.replace(/^[\s*_[(]+/, '').replace(LABEL, ''));
}
