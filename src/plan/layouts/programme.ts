import type { Session } from '../../model/types.js';
import { plural } from '../../plural.js';
import { asWritten } from '../asWritten.js';
import { balancedPages, bodyLines } from '../paginate.js';
import { continuedTitle, slide } from '../slide.js';
import { speakersLine } from '../speakersLine.js';
import { SMALL_TEXT_PX, textFrame, type TextFrame } from '../textFrame.js';
import type { Slide, SlideItem } from '../types.js';

export const PROGRAMME_TITLE = 'Also on the programme';
/** The title when none of the day's talks has a slide of its own: there is nothing "also" about them. */
export const PROGRAMME_ALONE_TITLE = 'Programme';

/** The count under the title takes about a line. */
const PROGRAMME_EXTRA_LINES = 1;

/**
 * Talks the notes name but say nothing about (a programme copied in, talks listed without notes): one
 * line each, title and speakers, together on as few slides as hold them, instead of a slide per talk
 * that would show its title alone. What the notes do hold of them (a link line) goes to the speaker notes.
 * `slideOf` gives the slide each talk is listed on, for its agenda entry.
 */
export function programmeSlides(
  sessions: Session[],
  restOf: (session: Session) => string[],
  frame: TextFrame,
  afterNotedTalks = true,
): { slides: Slide[]; slideOf: Map<Session, Slide> } {
  const slideOf = new Map<Session, Slide>();
  if (sessions.length === 0) return { slides: [], slideOf };
  const items: SlideItem[] = sessions.map((session) => {
    const speakers = speakersLine(session);
    return { markdown: speakers ? `${session.title} — ${speakers}` : session.title, children: [], blocks: [] };
  });
  const heading = afterNotedTalks ? PROGRAMME_TITLE : PROGRAMME_ALONE_TITLE;
  // One line a talk, read as a list to look up: the agenda's smaller text (the themes' `section.programme`).
  const small = textFrame(frame.size, SMALL_TEXT_PX, frame.share);
  const lines = Math.max(3, bodyLines(heading, small) - PROGRAMME_EXTRA_LINES);
  const pages = balancedPages(items, lines, small);
  const subtitle = [`${plural(sessions.length, 'talk')} without notes`];
  const slides = pages.map((page, index) =>
    slide('programme', continuedTitle(heading, index), { subtitle, items: page }),
  );
  let listedBefore = 0;
  for (const made of slides) {
    for (const session of sessions.slice(listedBefore, listedBefore + made.items.length)) slideOf.set(session, made);
    listedBefore += made.items.length;
  }
  // The presenter has each talk's heading as written, its speaker lines and whatever else its notes hold.
  slides[0]!.notes.push(
    ...sessions.flatMap((session) => [
      ...asWritten(session.heading, `${session.title} ${speakersLine(session)}`),
      ...session.byline,
      ...restOf(session),
    ]),
  );
  return { slides, slideOf };
}
