import { isSlotTitle } from './headingKinds.js';
import { BY_WORD, parseSpeakerHeading } from './speakers/names.js';

/** "Keynote by Jane Roe": a slot, then its speaker. */
const BYLINE = new RegExp(String.raw`^(.+?)\s+${BY_WORD}\s+(\p{Lu}.+)$`, 'u');
import { withoutTimeSlot } from './speakers/timeSlot.js';
import type { Speaker } from './types.js';

/**
 * Pure: a heading that names a talk's place rather than the talk ("## Talk 1", "## Keynote - Jane Roe (Example)",
 * "## 9:00–10:00 – Keynote by Dr. Jane Roe (Example University)"), with the speakers it names; null for a heading
 * that is a title. The talk's title is then looked for in a label line below it ("__Topic__: …", see takeSpeakerLines).
 */
export function slotHeading(text: string): { speakers: Speaker[] } | null {
  if (isSlotTitle(text)) return { speakers: [] };
  const untimed = withoutTimeSlot(text);
  const match = /^(.+?)\s*[:\-–—]\s+(.+)$/.exec(untimed) ?? BYLINE.exec(untimed);
  if (!match || !isSlotTitle(match[1]!)) return null;
  const speakers = parseSpeakerHeading(match[2]!);
  return speakers ? { speakers } : null;
}
