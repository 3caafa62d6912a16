import type { Session } from '../model/types.js';
import { findClockTime } from './findClockTime.js';

/** Minutes after midnight of a talk's slot, from its heading ("11:00 Keynote") or a first "Time: 11:00" line; else null. */
export function sessionTime(session: Session): number | null {
  const inHeading = findClockTime(session.heading);
  if (inHeading) return inHeading.minutes;
  const first = session.blocks[0];
  if (first?.kind === 'paragraph' && /^[*_]*(?:time|when|slot)\b[*_]*\s*:/i.test(first.markdown))
    return findClockTime(first.markdown)?.minutes ?? null;
  return null;
}
