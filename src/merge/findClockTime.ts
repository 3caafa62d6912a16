/**
 * "11:00", "9:30 am", "10.30am", "2pm": a time of day. A colon or am/pm is required, so neither
 * "3 ways" nor "Kubernetes 1.24" reads as a time.
 */
const CLOCK = String.raw`(\d{1,2})(?::(\d{2})(?:\s*([ap])\.?m\b\.?)?|(?:\.(\d{2}))?\s*([ap])\.?m\b\.?)`;
/** A time, optionally the start of a range ("9:30–10:15"), not inside a longer number or version. */
const TIME = new RegExp(
  String.raw`(?<![\d.:])${CLOCK}(?:\s*[-–—]\s*\d{1,2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?)?(?![\d.:]\d)`,
  'i',
);

export interface ClockTime {
  /** Minutes after midnight. */
  minutes: number;
  index: number;
  /** Characters the time (or time range) takes in the text. */
  length: number;
}

/** The first time of day written in a heading or line, as notes give a talk's slot. */
export function findClockTime(text: string): ClockTime | null {
  const match = TIME.exec(text);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? match[4] ?? 0);
  const meridiem = (match[3] ?? match[5] ?? '').toLowerCase();
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59 || (meridiem && Number(match[1]) > 12)) return null;
  return { minutes: hours * 60 + minutes, index: match.index, length: match[0].length };
}
