import { findClockTime } from './findClockTime.js';
import { normalizeText } from './normalizeText.js';

/** "Session:", "Talk 3:", "Keynote –", "Sponsored Keynote:" and the like: labels people put before a talk's title. */
const LABEL =
  /^\s*(?:session|talk|(?:sponsored\s+|opening\s+|closing\s+)?keynote|workshop|tutorial|panel|lightning talk|breakout|presentation)(?:\s+\d+)?\s*(?::|\s[-–—])\s*/i;
/** Short forms people write in a hurry, by the word they stand for ("scaling prom w/ thanos"). */
const SHORT_FORMS: Record<string, string> = {
  k8s: 'kubernetes',
  kube: 'kubernetes',
  prom: 'prometheus',
  w: 'with',
  wo: 'without',
  '&': 'and',
  '+': 'and',
};

/** A talk title reduced to the words that identify it, for matching notes on the same talk: no label, no time slot, no short forms. */
export function titleKey(title: string): string {
  const time = findClockTime(title);
  const untimed = time
    ? `${title.slice(0, time.index)} ${title.slice(time.index + time.length).replace(/^[\s*_\])]*[-–—:|]?\s*/, '')}`
    : title;
  // "w/o" would read as "w o", and "&" is dropped by normalizeText: spelled out first ("w/" reads as "w").
  const spelled = untimed
    .replace(/(?<![\p{L}\p{N}])w\/o(?![\p{L}\p{N}])/giu, ' wo ')
    .replace(/\s[&+]\s/g, (sign) => ` ${SHORT_FORMS[sign.trim()]} `);
  const words = normalizeText(spelled.replace(/^[\s*_[(]+/, '').replace(LABEL, '')).split(' ');
  return words.map((word) => SHORT_FORMS[word] ?? word).join(' ');
}
