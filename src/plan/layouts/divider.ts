import type { Day } from '../../model/types.js';
import { plural } from '../../plural.js';
import { slide } from '../slide.js';
import type { Slide } from '../types.js';

/** A day's divider: its title and how many sessions it holds. */
export function dividerSlide(day: Day): Slide {
  const count = day.sessions.length;
  return slide('divider', day.title, { subtitle: count > 0 ? [plural(count, 'session')] : [] });
}
