import type { Section } from '../../model/types.js';
import { asWritten } from '../asWritten.js';
import { fullMarkdown, keyPoints } from '../keyPoints.js';
import { planContent } from '../planContent.js';
import { slide } from '../slide.js';
import type { TextFrame } from '../textFrame.js';
import type { Slide } from '../types.js';
import { pointPages } from './talk.js';

/** Slides a closing section may fill in the brief recap; a longer one is summed up on one slide. */
export const BRIEF_SECTION_SLIDES = 2;

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

/**
 * A closing section in the brief recap: as in the full deck when it fits on a slide or two, else summed
 * up like a talk (the key points that fit one slide). No session deck holds a section, so its speaker
 * notes keep the whole section as written, code and tables too.
 */
export function briefSectionSlides(section: Section, frame: TextFrame): Slide[] {
  const full = sectionSlides(section, frame);
  if (full.length <= BRIEF_SECTION_SLIDES) return full;
  const [shown] = pointPages(section, keyPoints(section).points, frame);
  // A section with no point to show (code or a table alone) keeps its first slide.
  const summary = shown!.length > 0 ? slide('closing', section.title, { items: shown! }) : full[0]!;
  summary.notes = [...asWritten(section.heading, section.title), ...section.blocks.map(fullMarkdown)];
  return [summary];
}
