import type { Section } from '../../model/types.js';
import { asWritten } from '../asWritten.js';
import { planContent } from '../planContent.js';
import { slide } from '../slide.js';
import type { TextFrame } from '../textFrame.js';
import type { Slide } from '../types.js';

/** A section without talks (travel, summary, things to look into) as closing-style slides. */
export function sectionSlides(section: Section, frame: TextFrame): Slide[] {
  const layout = section.kind === 'research' ? 'research' : 'closing';
  const heading = slide(layout, section.title);
  const slides = planContent(section.blocks, {
    title: section.title,
    header: section.title,
    layout,
    host: heading,
    frame,
  });
  if (slides.length === 0) slides.push(heading);
  slides[0]!.notes.unshift(...asWritten(section.heading, section.title));
  return slides;
}
