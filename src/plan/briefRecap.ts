import type { Conference, Session } from '../model/types.js';
import { allSessions } from './allSessions.js';
import { asWritten } from './asWritten.js';
import { fullMarkdown, keyPoints, notedWords } from './keyPoints.js';
import { agendaSlides } from './layouts/agenda.js';
import { dividerSlide } from './layouts/divider.js';
import { followupSlides } from './layouts/followups.js';
import { glanceSlides } from './layouts/glance.js';
import { briefSectionSlides, sectionSlides } from './layouts/section.js';
import { programmeSlides } from './layouts/programme.js';
import { hasShownNotes, pointPages, talkSlidesFor } from './layouts/talk.js';
import { titleSlide } from './layouts/title.js';
import { textFrame, type TextFrame } from './textFrame.js';
import { talkSlides } from './recapBudget.js';
import type { RecapPlan, Slide } from './types.js';

export interface BriefOptions {
  frame?: TextFrame;
  /** Minutes the recap may take, at about one slide a minute; null plans one slide a talk (two for a long one). */
  minutes?: number | null;
  /** Where each talk's session deck is, relative to the recap ("sessions/01-keynote.html"). */
  deckOf?: (session: Session) => string | undefined;
}

/**
 * The brief recap: title, agenda (when some talk has a slide), a divider per day, one slide per talk (its title, speakers and key
 * points; more when the minutes allow), closing sections, follow-ups, at a glance. Whatever a talk's
 * slide does not show goes to its speaker notes; the session decks hold every detail. Talks noted
 * without a word are listed together after their day's talks ("Also on the programme"), not given a
 * slide that would show their title alone.
 */
export function briefRecap(conference: Conference, options: BriefOptions = {}): { slides: Slide[]; plan: RecapPlan } {
  const frame = options.frame ?? textFrame();
  const every = allSessions(conference);
  const pointsOf = new Map(every.map((session) => [session, keyPoints(session)]));
  const noted = (session: Session) => hasShownNotes(pointsOf.get(session)!.points, session);
  // Talks with a slide of their own, and per day the list of the others.
  const sessions = every.filter(noted);
  const programmes = conference.days.map((day) =>
    programmeSlides(
      day.sessions.filter((session) => !noted(session)),
      (session) => pointsOf.get(session)!.rest,
      frame,
      day.sessions.some(noted),
    ),
  );
  // With no talk on a slide of its own, the agenda would list the programme slides' talks again, over as many slides.
  const agendaOf = (number?: (session: Session) => number) =>
    sessions.length > 0 ? agendaSlides(conference, frame, number) : [];
  const points = sessions.map((session) => pointsOf.get(session)!);
  const pages = sessions.map((session, index) => pointPages(session, points[index]!.points, frame));
  const weights = sessions.map((session, index) => ({ words: notedWords(session), need: pages[index]!.length }));

  const title = titleSlide(conference);
  const extras = conference.extras.filter((extra) => extra.kind === 'notes');
  // What the author wrote before the talks (intro, travel, overview) is told, not shown.
  title.notes.push(...conference.intro.map(fullMarkdown));
  for (const extra of extras.filter((section) => section.placement === 'opening'))
    title.notes.push(extra.heading, ...extra.blocks.map(fullMarkdown));
  const closing = [
    ...extras.filter((extra) => extra.placement === 'closing').flatMap((extra) => briefSectionSlides(extra, frame)),
    ...followupSlides(conference, frame),
    ...conference.extras.filter((extra) => extra.kind === 'research').flatMap((extra) => sectionSlides(extra, frame)),
    ...glanceSlides(conference),
  ];
  const named = conference.days.map((day) => conference.days.length > 1 || day.heading !== null);
  const listed = programmes.reduce((sum, programme) => sum + programme.slides.length, 0);
  const fixed = 1 + agendaOf().length + closing.length + listed;
  const minutes = options.minutes ?? null;
  // Short of minutes, the days go in the talks' header line instead of on dividers (the agenda shows them too).
  const withDividers = minutes === null || fixed + named.filter(Boolean).length + sessions.length <= minutes;
  // A day without sessions gets no divider: it would be an empty slide (its words go to the notes).
  const dividers = conference.days.map((day, index) => withDividers && named[index]! && day.sessions.length > 0);
  const budget = minutes === null ? null : Math.max(sessions.length, minutes - fixed - dividers.filter(Boolean).length);
  const counts = talkSlides(weights, budget);

  const talkSlidesOf = new Map<Session, Slide[]>();
  sessions.forEach((session, index) =>
    talkSlidesOf.set(
      session,
      talkSlidesFor(
        session,
        points[index]!.points,
        points[index]!.rest,
        counts[index]!,
        frame,
        options.deckOf?.(session),
      ),
    ),
  );
  const body: Slide[] = [];
  const firstSlide = new Map<Session, Slide>();
  conference.days.forEach((day, index) => {
    const opening: Slide[] = [];
    if (dividers[index]) opening.push(dividerSlide(day));
    const header = !dividers[index] && named[index] ? day.title : null;
    const talks = day.sessions.filter(noted);
    const { slides: programme, slideOf } = programmes[index]!;
    for (const session of talks) firstSlide.set(session, talkSlidesOf.get(session)![0]!);
    // A listed talk's agenda entry jumps to the slide that lists it.
    for (const [session, listing] of slideOf) firstSlide.set(session, listing);
    const talksAndListing = [...talks.flatMap((session) => talkSlidesOf.get(session)!), ...programme];
    if (header !== null) for (const made of talksAndListing) made.header = header;
    const daySlides = [...opening, ...talksAndListing];
    const intro = day.intro.map(fullMarkdown);
    // The day's own notes go to the notes of its first slide; a day without slides, its name too, after the slide before.
    if (daySlides.length > 0)
      daySlides[0]!.notes.unshift(...(day.heading === null ? [] : asWritten(day.heading, day.title)), ...intro);
    else (body.at(-1) ?? title).notes.push(day.heading ?? day.title, ...intro);
    body.push(...daySlides);
  });

  // The agenda's entries jump to the talks' slides: numbered once the agenda's own length is known.
  const before = 1 + agendaOf().length;
  const number = (session: Session) => before + body.indexOf(firstSlide.get(session)!) + 1;
  const slides = [title, ...agendaOf(number), ...body, ...closing];
  const plan: RecapPlan = {
    minutes,
    budget: minutes,
    total: slides.length,
    talks: every.map((session) => ({ title: session.title, slides: talkSlidesOf.get(session)?.length ?? 0 })),
  };
  return { slides, plan };
}
