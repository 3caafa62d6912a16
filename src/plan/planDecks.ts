import type { Conference, Session } from '../model/types.js';
import { allSessions } from './allSessions.js';
import { briefRecap } from './briefRecap.js';
import { checkDeckSize } from './deckSize.js';
import { planContent } from './planContent.js';
import { agendaSlides } from './layouts/agenda.js';
import { daySlides } from './layouts/day.js';
import { followupSlides } from './layouts/followups.js';
import { glanceSlides } from './layouts/glance.js';
import { sectionSlides } from './layouts/section.js';
import { sessionLines, sessionSlides } from './layouts/session.js';
import { titleSlide } from './layouts/title.js';
import { splitProse } from './splitProse.js';
import { budgetShare, type FitBudgets } from './fitBudgets.js';
import { slugify } from './slugify.js';
import { textFrame, type TextFrame } from './textFrame.js';
import type { Deck, DeckKind, DeckMeta, Slide, SlideSize } from './types.js';

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
  slides.push(...glanceSlides(conference));
  return slides;
}

function numbered(index: number, title: string, fallback: string): string {
  return `${String(index + 1).padStart(2, '0')}-${slugify(title, fallback)}`;
}
