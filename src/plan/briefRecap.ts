import type { Conference, Session } from '../model/types.js';
import { fullMarkdown, keyPoints, notedWords, type KeyPoint } from './keyPoints.js';
import { balancedPages, bodyLines } from './paginate.js';
import {
  agendaSlides,
  allSessions,
  asWritten,
  followupSlides,
  glanceSlide,
  sectionSlides,
  titleSlide,
} from './recapParts.js';
import { continuedTitle, slide } from './slide.js';
import { textFrame, type TextFrame } from './textFrame.js';
import { talkSlides } from './recapBudget.js';
import type { RecapPlan, Slide, SlideItem } from './types.js';

export interface BriefOptions {
  frame?: TextFrame;
  /** Minutes the recap may take, at about one slide a minute; null plans one slide a talk (two for a long one). */
  minutes?: number | null;
  /** Where each talk's session deck is, relative to the recap ("sessions/01-keynote.html"). */
  deckOf?: (session: Session) => string | undefined;
}

/** The speakers line and the link to the session deck take about a line each under the title. */
const TALK_EXTRA_LINES = 2;

/**
 * The brief recap: title, agenda, a divider per day, one slide per talk (its title, speakers and key
 * points; more when the minutes allow), closing sections, follow-ups, at a glance. Whatever a talk's
 * slide does not show goes to its speaker notes; the session decks hold every detail.
 */
export function briefRecap(conference: Conference, options: BriefOptions = {}): { slides: Slide[]; plan: RecapPlan } {
  const frame = options.frame ?? textFrame();
  const sessions = allSessions(conference);
  const points = sessions.map(keyPoints);
  const pages = sessions.map((session, index) => pointPages(session, points[index]!.points, frame));
  const weights = sessions.map((session, index) => ({ words: notedWords(session), need: pages[index]!.length }));

  const title = titleSlide(conference);
  const extras = conference.extras.filter((extra) => extra.kind === 'notes');
  // What the author wrote before the talks (intro, travel, overview) is told, not shown.
  title.notes.push(...conference.intro.map(fullMarkdown));
  for (const extra of extras.filter((section) => section.placement === 'opening'))
    title.notes.push(extra.heading, ...extra.blocks.map(fullMarkdown));
  const closing = [
    ...extras.filter((extra) => extra.placement === 'closing').flatMap((extra) => sectionSlides(extra, frame)),
    ...followupSlides(conference, frame),
    ...conference.extras.filter((extra) => extra.kind === 'research').flatMap((extra) => sectionSlides(extra, frame)),
    glanceSlide(conference),
  ];
  const named = conference.days.map((day) => conference.days.length > 1 || day.heading !== null);
  const fixed = 1 + agendaSlides(conference, frame).length + closing.length;
  const minutes = options.minutes ?? null;
  // Short of minutes, the days go in the talks' header line instead of on dividers (the agenda shows them too).
  const withDividers = minutes === null || fixed + named.filter(Boolean).length + sessions.length <= minutes;
  const dividers = conference.days.map((day, index) => (withDividers && named[index]!) || day.sessions.length === 0);
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
    if (dividers[index]) {
      const count = day.sessions.length;
      opening.push(
        slide('divider', day.title, { subtitle: count > 0 ? [`${count} session${count === 1 ? '' : 's'}`] : [] }),
      );
    }
    for (const session of day.sessions) firstSlide.set(session, talkSlidesOf.get(session)![0]!);
    if (!dividers[index] && named[index])
      for (const made of day.sessions.flatMap((session) => talkSlidesOf.get(session)!)) made.header = day.title;
    const daySlides = [...opening, ...day.sessions.flatMap((session) => talkSlidesOf.get(session)!)];
    // The day's own notes go to the notes of its first slide.
    daySlides[0]?.notes.unshift(
      ...(day.heading === null ? [] : asWritten(day.heading, day.title)),
      ...day.intro.map(fullMarkdown),
    );
    if (daySlides.length === 0 && day.intro.length > 0) title.notes.push(...day.intro.map(fullMarkdown));
    body.push(...daySlides);
  });

  // The agenda's entries jump to the talks' slides: numbered once the agenda's own length is known.
  const before = 1 + agendaSlides(conference, frame).length;
  const number = (session: Session) => before + body.indexOf(firstSlide.get(session)!) + 1;
  const slides = [title, ...agendaSlides(conference, frame, number), ...body, ...closing];
  const plan: RecapPlan = {
    minutes,
    budget: minutes,
    total: slides.length,
    talks: sessions.map((session) => ({ title: session.title, slides: talkSlidesOf.get(session)!.length })),
  };
  return { slides, plan };
}

/** The slide body a talk slide holds: the title's lines, less the speakers line and the link. */
function talkFrame(title: string, frame: TextFrame): TextFrame {
  return { ...frame, lines: Math.max(3, bodyLines(title, frame) - TALK_EXTRA_LINES) };
}

/** The talk's points over as many slides as they fill (at least one). */
function pointPages(session: Session, points: KeyPoint[], frame: TextFrame): SlideItem[][] {
  const talk = talkFrame(session.title, frame);
  const pages = balancedPages(
    points.map((point) => point.item),
    talk.lines,
    talk,
  );
  return pages.length > 0 ? pages : [[]];
}

/**
 * The most points, from the first, that fit on `count` slides. More points never need fewer slides,
 * so this bisects: trying every prefix from the longest cost time with the square of the points
 * (a talk of 2,000 points took minutes).
 */
function shownPages(session: Session, points: KeyPoint[], count: number, frame: TextFrame): SlideItem[][] {
  const fitting = (shown: number) => {
    const pages = pointPages(session, points.slice(0, shown), frame);
    return pages.length <= count ? pages : null;
  };
  const all = fitting(points.length);
  if (all) return all;
  let best: SlideItem[][] = [[]];
  let low = 1;
  let high = points.length - 1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const pages = fitting(middle);
    if (pages) {
      best = pages;
      low = middle + 1;
    } else high = middle - 1;
  }
  return best;
}

function talkSlidesFor(
  session: Session,
  points: KeyPoint[],
  rest: string[],
  count: number,
  frame: TextFrame,
  deck: string | undefined,
): Slide[] {
  const pages = shownPages(session, points, count, frame);
  const shown = pages.reduce((sum, page) => sum + page.length, 0);
  const subtitle = [
    speakersLine(session),
    ...(session.notedBy?.length ? [`notes: ${session.notedBy.join(', ')}`] : []),
  ].filter((line) => line !== '');
  const link = deck ? { href: deck, text: 'All the notes of this talk →' } : undefined;
  const slides = pages.map((page, index) =>
    slide('talk', continuedTitle(session.title, index), { subtitle, items: page, ...(link ? { link } : {}) }),
  );
  // The presenter has what the slides leave out: the heading as written, speaker lines, sub-points, the rest of the talk.
  slides[0]!.notes.push(
    ...asWritten(session.heading, [session.title, ...subtitle].join(' ')),
    ...session.byline,
    ...points.slice(0, shown).flatMap((point) => (point.untold ? [point.untold] : [])),
    ...hiddenPoints(points.slice(shown)),
    ...rest,
  );
  return slides;
}

/** Points the slides leave out, as one list for the notes (paragraphs stay paragraphs). */
function hiddenPoints(points: KeyPoint[]): string[] {
  if (points.length === 0) return [];
  const bullets = points.every((point) => point.full.startsWith('- '));
  return [points.map((point) => point.full).join(bullets ? '\n' : '\n\n')];
}

/** "Jane Doe & Max Roe · Acme; Kim Li": speakers grouped by organisation, in the order given. */
export function speakersLine(session: Session): string {
  const groups: { org: string | null; names: string[] }[] = [];
  for (const speaker of session.speakers) {
    const last = groups.at(-1);
    if (last && last.org === speaker.org) last.names.push(speaker.name);
    else groups.push({ org: speaker.org, names: [speaker.name] });
  }
  return groups.map((group) => `${group.names.join(' & ')}${group.org ? ` · ${group.org}` : ''}`).join('; ');
}
