import type { Conference, Day, Session } from '../model/types.js';
import { briefRecap } from './briefRecap.js';
import { checkDeckSize } from './deckSize.js';
import { planContent, type ContentOptions } from './planContent.js';
import {
  agendaSlides,
  allSessions,
  asWritten,
  followupSlides,
  glanceSlide,
  sectionSlides,
  splitProse,
  titleSlide,
} from './recapParts.js';
import { budgetShare, type FitBudgets } from './fitBudgets.js';
import { slide } from './slide.js';
import { slugify } from './slugify.js';
import { textFrame, type TextFrame } from './textFrame.js';
import type { Deck, DeckKind, DeckMeta, Slide, SlideSize } from './types.js';

export { allSessions } from './recapParts.js';

export interface PlanOptions {
  decks: DeckKind[];
  /** Slide size the decks are planned for (a 4:3 slide holds shorter lines); 16:9 by default. */
  size?: SlideSize;
  /** 'brief' (default): a slide or two per talk; 'full': every talk's notes slide for slide. */
  recap?: RecapKind;
  /** Minutes the brief recap may take, at about one slide a minute. */
  minutes?: number | null;
  /** Smaller budgets for slides a measured fit found overflowing (see fitBudgets.ts). */
  fit?: FitBudgets;
}

export type RecapKind = 'brief' | 'full';

/** Pure: the conference → the decks asked for (recap first, then sessions, then days). */
export function planDecks(conference: Conference, options: PlanOptions): Deck[] {
  const meta: DeckMeta = { conference: conference.title, date: conference.date, authors: conference.authors };
  const frameOf = (deck: string) => textFrame(options.size, undefined, budgetShare(options.fit, deck));
  const sessions = allSessions(conference);
  const names = new Map(sessions.map((session, index) => [session, numbered(index, session.title, 'session')]));
  const withSessions = options.decks.includes('session');
  const withRecap = options.decks.includes('recap');
  // Recap and session decks link to each other when both are made: from the recap's folder, sessions/NN-….html.
  const deckOf = (session: Session) => (withSessions ? `sessions/${names.get(session)}.html` : undefined);
  const decks: Deck[] = [];
  if (withRecap) {
    if ((options.recap ?? 'brief') === 'brief') {
      const { slides, plan } = briefRecap(conference, {
        frame: frameOf('recap'),
        minutes: options.minutes ?? null,
        deckOf,
      });
      decks.push({ kind: 'recap', title: conference.title, name: 'recap', meta, slides, recapPlan: plan });
    } else {
      decks.push({
        kind: 'recap',
        title: conference.title,
        name: 'recap',
        meta,
        slides: planFullRecap(conference, frameOf('recap')),
      });
    }
  }
  if (withSessions) {
    for (const session of sessions) {
      const slides = sessionSlides(
        session,
        { header: null, frame: frameOf(names.get(session)!), followups: true },
        conference.title,
      );
      if (withRecap) slides[0]!.link = { href: '../recap.html', text: '← Team recap' };
      decks.push({
        kind: 'session',
        title: session.title,
        name: names.get(session)!,
        meta,
        slides,
        keywords: sessionLines(session, conference.title),
      });
    }
  }
  if (options.decks.includes('day')) {
    conference.days.forEach((day, index) => {
      const name = numbered(index, day.title, 'day');
      decks.push({ kind: 'day', title: day.title, name, meta, slides: daySlides(day, frameOf(name), true, true) });
    });
  }
  return decks.map((deck) => checkDeckSize(deck, conference.files[0]));
}

/**
 * The full recap: title, agenda, opening asides, each day with its sessions, closing asides; then
 * what the team takes home: every follow-up with its session, the lists of things to look into, and
 * the recap at a glance.
 */
function planFullRecap(conference: Conference, frame: TextFrame): Slide[] {
  const intro = splitProse(conference.intro);
  const title = titleSlide(conference);
  title.notes.push(...intro.prose);
  const slides: Slide[] = [title, ...planContent(intro.rest, { title: 'Overview', header: null, host: title, frame })];
  slides.push(...agendaSlides(conference, frame));
  const notes = conference.extras.filter((extra) => extra.kind === 'notes');
  slides.push(
    ...notes.filter((extra) => extra.placement === 'opening').flatMap((extra) => sectionSlides(extra, frame)),
  );
  // A lone day gets a divider only when the notes name it ("Monday 24th April").
  for (const day of conference.days)
    slides.push(...daySlides(day, frame, conference.days.length > 1 || day.heading !== null, false));
  slides.push(
    ...notes.filter((extra) => extra.placement === 'closing').flatMap((extra) => sectionSlides(extra, frame)),
  );
  slides.push(...followupSlides(conference, frame));
  slides.push(
    ...conference.extras.filter((extra) => extra.kind === 'research').flatMap((extra) => sectionSlides(extra, frame)),
  );
  slides.push(glanceSlide(conference));
  return slides;
}

/** A divider (when the recap has several days), the day's own notes, then its sessions. */
function daySlides(day: Day, frame: TextFrame, withDivider: boolean, followups: boolean): Slide[] {
  const intro = splitProse(day.intro);
  const count = day.sessions.length;
  const subtitle = count > 0 ? [`${count} session${count === 1 ? '' : 's'}`] : [];
  const slides: Slide[] = withDivider || count === 0 ? [slide('divider', day.title, { subtitle })] : [];
  slides.push(...planContent(intro.rest, { title: day.title, header: null, host: slides[0], frame }));
  for (const session of day.sessions)
    slides.push(...sessionSlides(session, { header: session.title, frame, followups }));
  // The day's opening prose is told, not shown: it goes to the notes of the day's first slide.
  slides[0]?.notes.unshift(...(day.heading === null ? [] : asWritten(day.heading, day.title)), ...intro.prose);
  return slides;
}

/** The session's title slide, then its content; `context` is the small header line. */
function sessionSlides(
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

/** The byline of a session deck, for its PDF's keywords. */
function sessionLines(session: Session, conferenceTitle: string): string[] {
  const { speakers, context, notedBy } = sessionByline(session, conferenceTitle);
  return [...speakers, ...context, ...notedBy];
}

function numbered(index: number, title: string, fallback: string): string {
  return `${String(index + 1).padStart(2, '0')}-${slugify(title, fallback)}`;
}
