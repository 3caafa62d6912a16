/** An hour with its minutes or an "h": "10h", "10h50", "10:30", "9.30". A bare "12" is not a time. */
const TIME = String.raw`(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d|h)`;
/** "About" before a time, as a meetup's own notes write the times things really began: `~ 15:15`, `ca. 15:15`, `≈15:15`. */
const ABOUT = String.raw`(?:(?:[~〜～≈]|ca\.|approx\.)\s*)?`;
/**
 * A time slot before a talk's title: "14:30 - 15:00 :", "10h - 10h50 :", "9:00 Keynote", "0945 - Title", and as Japanese
 * notes write them, "13:50〜15:00 Title" or open-ended "11:00〜 Title" (a wave dash).
 * Four digits ("0945") count only before a dash, so "2019 was great" keeps its year.
 */
export const TIME_SLOT = new RegExp(
  String.raw`^${ABOUT}(?:(?:${TIME}\s*(?:[-–—~〜～]|to)\s*${TIME}|${TIME})\s*(?:[:|\-–—~〜～]\s+|\s+)|${TIME}\s*[〜～]\s*|[0-2]\d[0-5]\d\s*[-–—]\s+)(?=\S)`,
  'iu',
);

/** The text without its leading time slot. */
export function withoutTimeSlot(text: string): string {
  return text.replace(TIME_SLOT, '').trim();
}
