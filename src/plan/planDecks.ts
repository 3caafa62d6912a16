import type { Block, Conference, Day, Session } from '../model/types.js';
import { blockMarkdown } from './blockMarkdown.js';
import { formatDate } from './formatDate.js';
import { planContent } from './planContent.js';
import { bulletSlides, slide } from './slide.js';
import { slugify } from './slugify.js';
import type { Deck, DeckKind, DeckMeta, Slide, SlideItem } from './types.js';

/** The agenda is set smaller than bullets (see the themes' `section.agenda`), so it holds more lines. */
const AGENDA_LINES = 14;

export interface PlanOptions {
  decks: DeckKind[];
}

/** Pure: the conference → the decks asked for (recap first, then sessions, then days). */
export function planDecks(conference: Conference, options: PlanOptions): Deck[] {
  const meta: DeckMeta = { conference: conference.title, date: conference.date, authors: conference.authors };
  const decks: Deck[] = [];
  if (options.decks.includes('recap')) {
    decks.push({ kind: 'recap', title: conference.title, name: 'recap', meta, slides: planRecap(conference) });
  }
  if (options.decks.includes('session')) {
    allSessions(conference).forEach((session, index) => {
      decks.push({ kind: 'session', title: session.title, name: numbered(index, session.title, 'session'), meta, slides: sessionSlides(session, null, conference.title) });
    });
  }
  if (options.decks.includes('day')) {
    conference.days.forEach((day, index) => {
      decks.push({ kind: 'day', title: day.title, name: numbered(index, day.title, 'day'), meta, slides: daySlides(day) });
    });
  }
  return decks;
}

export function allSessions(conference: Conference): Session[] {
  return conference.days.flatMap((day) => day.sessions);
}

function planRecap(conference: Conference): Slide[] {
  const intro = splitProse(conference.intro);
  const title = titleSlide(conference);
  title.notes.push(...intro.prose);
  const slides: Slide[] = [title, ...planContent(intro.rest, { title: 'Overview', header: null })];
  slides.push(...agendaSlides(conference));
  for (const day of conference.days) slides.push(...daySlides(day, conference.days.length > 1));
  for (const extra of conference.extras) slides.push(...planContent(extra.blocks, { title: extra.title, header: null, layout: 'closing' }));
  return slides;
}

function titleSlide(conference: Conference): Slide {
  const sessions = allSessions(conference).length;
  const subtitle = [
    conference.date ? formatDate(conference.date) : null,
    conference.authors.length > 0 ? `Notes by ${conference.authors.join(', ')}` : null,
    `${sessions} session${sessions === 1 ? '' : 's'} · team recap`,
  ].filter((line): line is string => line !== null);
  return slide('title', conference.title, { subtitle });
}

function agendaSlides(conference: Conference): Slide[] {
  const items: SlideItem[] = conference.days.map((day) => ({
    markdown: day.title,
    children: day.sessions.map((session) => ({ markdown: session.title, children: [], blocks: [] })),
    blocks: [],
  }));
  if (conference.days.length === 1) items.splice(0, 1, ...items[0]!.children);
  return bulletSlides('agenda', 'Agenda', items, { budget: AGENDA_LINES });
}

/** A divider (when the recap has several days), the day's own notes, then its sessions. */
function daySlides(day: Day, withDivider = true): Slide[] {
  const intro = splitProse(day.intro);
  const count = day.sessions.length;
  const slides: Slide[] = withDivider ? [slide('divider', day.title, { subtitle: [`${count} session${count === 1 ? '' : 's'}`] })] : [];
  slides.push(...planContent(intro.rest, { title: day.title, header: null }));
  for (const session of day.sessions) slides.push(...sessionSlides(session, session.title));
  // The day's opening prose is told, not shown: it goes to the notes of the day's first slide.
  slides[0]?.notes.unshift(...intro.prose);
  return slides;
}

/** The session's title slide, then its content; `context` is the small header line. */
function sessionSlides(session: Session, header: string | null, conferenceTitle?: string): Slide[] {
  const speakers = session.speakers.map((speaker) => (speaker.org ? `${speaker.name} · ${speaker.org}` : speaker.name));
  // In a team recap, who noted the talk: the people to ask about it.
  const notedBy = session.notedBy?.length ? [`notes: ${session.notedBy.join(', ')}`] : [];
  const subtitle = conferenceTitle ? [...speakers, conferenceTitle, ...notedBy] : [...speakers, ...notedBy];
  const opening = slide('session', session.title, { subtitle });
  const content = planContent(session.blocks, { title: session.title, header });
  return [opening, ...content];
}

/** Opening prose of a recap or day (for the speaker notes) apart from what goes on slides. */
function splitProse(blocks: Block[]): { prose: string[]; rest: Block[] } {
  const isProse = (block: Block) => block.kind === 'paragraph' && block.role === 'prose';
  return { prose: blocks.filter(isProse).map(blockMarkdown), rest: blocks.filter((block) => !isProse(block)) };
}

function numbered(index: number, title: string, fallback: string): string {
  return `${String(index + 1).padStart(2, '0')}-${slugify(title, fallback)}`;
}
