/** An hour with its minutes or an "h": "10h", "10h50", "10:30", "9.30". A bare "12" is not a time. */
const TIME = String.raw`(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d|h)`;
/** "a.m.", "pm", "A.M." after a time; no word goes on after it ("9 amazing talks"). */
const MERIDIEM = String.raw`[ap]\.?\s?m\.?(?![a-z])`;
/** A time as a 12-hour clock writes it too: "9:15 a.m.", "2:50pm", and then an hour alone will do ("10 am"). */
const CLOCK = String.raw`(?:${TIME}(?:\s*${MERIDIEM})?|(?:1[0-2]|0?[1-9])\s*${MERIDIEM})`;
/** How long the slot runs, after its time: "(50m)", "(40 min)", "(1h)". */
const DURATION = String.raw`(?:\s*\(\s*\d{1,3}\s*(?:m|mins?|minutes?|h|hrs?|hours?)\s*\))?`;
/** "About" before a time, as a meetup's own notes write the times things really began: `~ 15:15`, `ca. 15:15`, `≈15:15`. */
const ABOUT = String.raw`(?:(?:[~〜～≈]|ca\.|approx\.)\s*)?`;
/**
 * A time slot before a talk's title: "14:30 - 15:00 :", "10h - 10h50 :", "9:00 Keynote", "0945 - Title", and as Japanese
 * notes write them, "13:50〜15:00 Title" or open-ended "11:00〜 Title" (a wave dash).
 * Four digits ("0945") count only before a dash, so "2019 was great" keeps its year.
 */
export const TIME_SLOT = new RegExp(
  String.raw`^${ABOUT}(?:(?:${CLOCK}\s*(?:[-–—~〜～]|to)\s*${CLOCK}|${CLOCK})${DURATION}\s*(?:[:|\-–—~〜～]\s+|\s+)|${TIME}\s*[〜～]\s*|[0-2]\d[0-5]\d\s*[-–—]\s+)(?=\S)`,
  'iu',
);

/** The text without its leading time slot. */
export function withoutTimeSlot(text: string): string {
  return text.replace(TIME_SLOT, '').trim();
}
