import { isSlotTitle } from './headingKinds.js';
import { parseSpeakerHeading } from './speakers/names.js';
import type { Speaker } from './types.js';

/**
 * Pure: a heading that names a talk's place rather than the talk ("## Talk 1", "## Keynote - Jane Roe (Example)"),
 * with the speakers it names; null for a heading that is a title. The talk's title is then looked for in a
 * label line below it ("__Topic__: …", see takeSpeakerLines).
 */
export function slotHeading(text: string): { speakers: Speaker[] } | null {
  if (isSlotTitle(text)) return { speakers: [] };
  // Stryker disable next-line Regex,MethodExpression: the lazy slot and the greedy names reach both ends anyway, and both are trimmed where read
  const match = /^(.+?)\s*[:\-–—]\s+(.+)$/.exec(text.trim());
  if (!match || !isSlotTitle(match[1]!)) return null;
  const speakers = parseSpeakerHeading(match[2]!);
  return speakers ? { speakers } : null;
}
