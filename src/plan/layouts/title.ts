import type { Conference } from '../../model/types.js';
import { plural } from '../../plural.js';
import { allSessions } from '../allSessions.js';
import { formatDate } from '../formatDate.js';
import { slide } from '../slide.js';
import type { Slide } from '../types.js';

/** The recap's title slide: the conference, its date, who took the notes, how many sessions. */
export function titleSlide(conference: Conference): Slide {
  const subtitle = [
    conference.date ? formatDate(conference.date) : null,
    conference.authors.length > 0 ? `Notes by ${conference.authors.join(', ')}` : null,
    `${plural(allSessions(conference).length, 'session')} · team recap`,
  ].filter((line): line is string => line !== null);
  return slide('title', conference.title, { subtitle });
}
