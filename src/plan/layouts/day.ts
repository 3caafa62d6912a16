import type { Day } from '../../model/types.js';
import { asWritten } from '../asWritten.js';
import { planContent } from '../planContent.js';
import { splitProse } from '../splitProse.js';
import type { TextFrame } from '../textFrame.js';
import type { Slide } from '../types.js';
import { dividerSlide } from './divider.js';
import { sessionSlides } from './session.js';

/** A divider (when the recap has several days), the day's own notes, then its sessions. */
export function daySlides(day: Day, frame: TextFrame, withDivider: boolean, followups: boolean): Slide[] {
  const intro = splitProse(day.intro);
  const slides: Slide[] = withDivider || day.sessions.length === 0 ? [dividerSlide(day)] : [];
  slides.push(...planContent(intro.rest, { title: day.title, header: null, host: slides[0], frame }));
  for (const session of day.sessions)
    slides.push(...sessionSlides(session, { header: session.title, frame, followups }));
  // The day's opening prose is told, not shown: it goes to the notes of the day's first slide.
  slides[0]?.notes.unshift(...(day.heading === null ? [] : asWritten(day.heading, day.title)), ...intro.prose);
  return slides;
}
