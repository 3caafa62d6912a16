import { isSlotTitle } from './headingKinds.js';
import { parseSpeakerHeading } from './speakers/speakerLists.js';
import { BY_WORD } from './speakers/speakerMarks.js';

/** Slots whose name is followed by their subject: "Workshop 1: Rambo Python", "Panel: Open Source Futures". */
const TITLED_SLOT = /^(?:workshop|panel|tutorial|taller|atelier)\b/iu;
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
  // "Workshop 1: Rambo Python": a workshop or a panel is called by its subject after a colon, not by who leads it.
  const separated = /^(.+?)\s*[:\-–—]\s+(.+)$/.exec(untimed);
  const match = (separated && TITLED_SLOT.test(separated[1]!) ? null : separated) ?? BYLINE.exec(untimed);
  if (!match || !isSlotTitle(match[1]!)) return null;
  const speakers = parseSpeakerHeading(match[2]!);
  return speakers ? { speakers } : null;
}
