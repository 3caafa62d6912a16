import type { Block, Conference, Day, Section, Session } from '../model/types.js';
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
  const slides: Slide[] = [title, ...planContent(intro.rest, { title: 'Overview', header: null, host: title })];
  slides.push(...agendaSlides(conference));
  slides.push(...conference.extras.filter((extra) => extra.placement === 'opening').flatMap(sectionSlides));
  // A lone day gets a divider only when the notes name it ("Monday 24th April").
  for (const day of conference.days) slides.push(...daySlides(day, conference.days.length > 1 || day.heading !== null));
  slides.push(...conference.extras.filter((extra) => extra.placement === 'closing').flatMap(sectionSlides));
  return slides;
}

/** A section without talks (travel, summary, things to look into) as closing-style slides. */
function sectionSlides(section: Section): Slide[] {
  const heading = slide('closing', section.title);
  const slides = planContent(section.blocks, { title: section.title, header: section.title, layout: 'closing', host: heading });
  if (slides.length === 0) slides.push(heading);
  slides[0]!.notes.unshift(...asWritten(section.heading, section.title));
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
  const subtitle = count > 0 ? [`${count} session${count === 1 ? '' : 's'}`] : [];
  const slides: Slide[] = withDivider || count === 0 ? [slide('divider', day.title, { subtitle })] : [];
  slides.push(...planContent(intro.rest, { title: day.title, header: null, host: slides[0] }));
  for (const session of day.sessions) slides.push(...sessionSlides(session, session.title));
  // The day's opening prose is told, not shown: it goes to the notes of the day's first slide.
  slides[0]?.notes.unshift(...(day.heading === null ? [] : asWritten(day.heading, day.title)), ...intro.prose);
  return slides;
}

/** The session's title slide, then its content; `context` is the small header line. */
function sessionSlides(session: Session, header: string | null, conferenceTitle?: string): Slide[] {
  const speakers = session.speakers.map((speaker) => (speaker.org ? `${speaker.name} · ${speaker.org}` : speaker.name));
  const context = [session.group, conferenceTitle].filter((line): line is string => Boolean(line));
  // In a team recap, who noted the talk: the people to ask about it.
  const notedBy = session.notedBy?.length ? [`notes: ${session.notedBy.join(', ')}`] : [];
  const opening = slide('session', session.title, { subtitle: [...speakers, ...context, ...notedBy] });
  // What the display title left out ("Talk 3:", "{#anchor}") and the speaker lines stay with the presenter.
  opening.notes.push(...asWritten(session.heading, [session.title, ...speakers, ...context].join(' ')), ...session.byline);
  const content = planContent(session.blocks, { title: session.title, header, host: opening });
  return [opening, ...content];
}

/** The heading as the author wrote it, when some of its words ("Talk 3:", "{#anchor}") are not on the slide. */
function asWritten(heading: string, shown: string): string[] {
  const onSlide = new Set(words(shown));
  return words(heading).every((word) => onSlide.has(word)) ? [] : [heading];
}

function words(text: string): string[] {
  return text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Opening prose of a recap or day (for the speaker notes) apart from what goes on slides. */
function splitProse(blocks: Block[]): { prose: string[]; rest: Block[] } {
  const isProse = (block: Block) => block.kind === 'paragraph' && block.role === 'prose';
  return { prose: blocks.filter(isProse).map(blockMarkdown), rest: blocks.filter((block) => !isProse(block)) };
}

function numbered(index: number, title: string, fallback: string): string {
  return `${String(index + 1).padStart(2, '0')}-${slugify(title, fallback)}`;
}
