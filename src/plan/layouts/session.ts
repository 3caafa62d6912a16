import type { Session } from '../../model/types.js';
import { asWritten } from '../asWritten.js';
import { planContent, type ContentOptions } from '../planContent.js';
import { slide } from '../slide.js';
import type { Slide } from '../types.js';

/** The session's title slide, then its content; `context` is the small header line. */
export function sessionSlides(
  session: Session,
  content: Pick<ContentOptions, 'header' | 'frame' | 'followups'>,
  conferenceTitle?: string,
): Slide[] {
  const { speakers, context, notedBy } = sessionByline(session, conferenceTitle);
  const opening = slide('session', session.title, { subtitle: [...speakers, ...context, ...notedBy] });
  // What the display title left out ("Talk 3:", "{#anchor}") and the speaker lines stay with the presenter.
  opening.notes.push(
    ...asWritten(session.heading, [session.title, ...speakers, ...context].join(' ')),
    ...session.byline,
  );
  return [opening, ...planContent(session.blocks, { ...content, title: session.title, host: opening })];
}

/** The byline of a session deck, for its PDF's keywords. */
export function sessionLines(session: Session, conferenceTitle: string): string[] {
  const { speakers, context, notedBy } = sessionByline(session, conferenceTitle);
  return [...speakers, ...context, ...notedBy];
}

/** What a session's title slide says under its title: its speakers, its track and conference, and (in a team recap) who noted it, the people to ask about it. */
function sessionByline(
  session: Session,
  conferenceTitle?: string,
): { speakers: string[]; context: string[]; notedBy: string[] } {
  const speakers = session.speakers.map((speaker) => (speaker.org ? `${speaker.name} · ${speaker.org}` : speaker.name));
  const context = [session.group, conferenceTitle].filter((line): line is string => Boolean(line));
  const notedBy = session.notedBy?.length ? [`notes: ${session.notedBy.join(', ')}`] : [];
  return { speakers, context, notedBy };
}
