import type { Block, Conference, Day, Section, Session } from '../model/types.js';
import { blockMarkdown } from './blockMarkdown.js';
import { checkDeckSize } from './deckSize.js';
import { formatDate } from './formatDate.js';
import { planContent, type ContentOptions } from './planContent.js';
import { shortLinks } from './shortLinks.js';
import { paginateItems } from './paginate.js';
import { bulletSlides, continuedTitle, slide } from './slide.js';
import { slugify } from './slugify.js';
import { SMALL_TEXT_PX, textFrame, type TextFrame } from './textFrame.js';
import type { Deck, DeckKind, DeckMeta, Slide, SlideItem, SlideSize } from './types.js';

export interface PlanOptions {
  decks: DeckKind[];
  /** Slide size the decks are planned for (a 4:3 slide holds shorter lines); 16:9 by default. */
  size?: SlideSize;
}

/** Pure: the conference → the decks asked for (recap first, then sessions, then days). */
export function planDecks(conference: Conference, options: PlanOptions): Deck[] {
  const meta: DeckMeta = { conference: conference.title, date: conference.date, authors: conference.authors };
  const frame = textFrame(options.size);
  const decks: Deck[] = [];
  if (options.decks.includes('recap')) {
    decks.push({ kind: 'recap', title: conference.title, name: 'recap', meta, slides: planRecap(conference, frame) });
  }
  if (options.decks.includes('session')) {
    allSessions(conference).forEach((session, index) => {
      const slides = sessionSlides(session, { header: null, frame, followups: true }, conference.title);
      decks.push({ kind: 'session', title: session.title, name: numbered(index, session.title, 'session'), meta, slides });
    });
  }
  if (options.decks.includes('day')) {
    conference.days.forEach((day, index) => {
      decks.push({ kind: 'day', title: day.title, name: numbered(index, day.title, 'day'), meta, slides: daySlides(day, frame, true, true) });
    });
  }
  return decks.map((deck) => checkDeckSize(deck, conference.files[0]));
}

export function allSessions(conference: Conference): Session[] {
  return conference.days.flatMap((day) => day.sessions);
}

/**
 * Title, agenda, opening asides, each day with its sessions, closing asides; then what the team takes
 * home: every follow-up with its session, the lists of things to look into, and the recap at a glance.
 */
function planRecap(conference: Conference, frame: TextFrame): Slide[] {
  const intro = splitProse(conference.intro);
  const title = titleSlide(conference);
  title.notes.push(...intro.prose);
  const slides: Slide[] = [title, ...planContent(intro.rest, { title: 'Overview', header: null, host: title, frame })];
  slides.push(...agendaSlides(conference, frame));
  const notes = conference.extras.filter((extra) => extra.kind === 'notes');
  slides.push(...notes.filter((extra) => extra.placement === 'opening').flatMap((extra) => sectionSlides(extra, frame)));
  // A lone day gets a divider only when the notes name it ("Monday 24th April").
  for (const day of conference.days) slides.push(...daySlides(day, frame, conference.days.length > 1 || day.heading !== null, false));
  slides.push(...notes.filter((extra) => extra.placement === 'closing').flatMap((extra) => sectionSlides(extra, frame)));
  slides.push(...followupSlides(conference, frame));
  slides.push(...conference.extras.filter((extra) => extra.kind === 'research').flatMap((extra) => sectionSlides(extra, frame)));
  slides.push(glanceSlide(conference));
  return slides;
}

/** A section without talks (travel, summary, things to look into) as closing-style slides. */
function sectionSlides(section: Section, frame: TextFrame): Slide[] {
  const layout = section.kind === 'research' ? 'research' : 'closing';
  const heading = slide(layout, section.title);
  const slides = planContent(section.blocks, { title: section.title, header: section.title, layout, host: heading, frame });
  if (slides.length === 0) slides.push(heading);
  slides[0]!.notes.unshift(...asWritten(section.heading, section.title));
  return slides;
}

/** Every TODO and action item of the recap's sessions, under the session it came from. */
function followupSlides(conference: Conference, frame: TextFrame): Slide[] {
  const items = allSessions(conference).flatMap((session) => {
    const todos = session.blocks.filter((block) => block.kind === 'paragraph' && block.role === 'todo');
    // The list says what they are; "TODO" stays in the session's notes, where the presenter sees it.
    const children = todos.map((block) => ({ markdown: shortLinks(withoutTodoMark(blockMarkdown(block))), children: [], blocks: [] }));
    return children.length > 0 ? [{ markdown: session.title, children, blocks: [] }] : [];
  });
  return bulletSlides('followups', 'Follow-ups', items, { frame: textFrame(frame.size, SMALL_TEXT_PX) });
}

/** Sessions per day as a bar chart, with the recap's numbers in words beside it. */
function glanceSlide(conference: Conference): Slide {
  const sessions = allSessions(conference);
  const speakers = new Set(sessions.flatMap((session) => session.speakers.map((speaker) => speaker.name)));
  const subtitle = [
    plural(sessions.length, 'session'),
    ...(conference.days.length > 1 ? [plural(conference.days.length, 'day')] : []),
    ...(speakers.size > 0 ? [plural(speakers.size, 'speaker')] : []),
  ];
  const chart = conference.days.map((day) => ({ label: day.title, value: day.sessions.length }));
  return slide('glance', 'At a glance', { subtitle: [subtitle.join(' · ')], chart });
}

function withoutTodoMark(markdown: string): string {
  const text = markdown.replace(/^(?:TODO|FIXME|action items?)\b\s*:?\s*/i, '');
  return text ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : markdown;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
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

/**
 * Days and their sessions (or, for one day, its sessions) in two columns a slide. The planner fills
 * columns of a column's height; the themes balance the two, which never makes either taller.
 */
function agendaSlides(conference: Conference, frame: TextFrame): Slide[] {
  const days: SlideItem[] = conference.days.map((day) => ({
    markdown: day.title,
    children: day.sessions.map((session) => ({ markdown: session.title, children: [], blocks: [] })),
    blocks: [],
  }));
  const items = days.length === 1 ? days[0]!.children : days;
  const small = textFrame(frame.size, SMALL_TEXT_PX);
  const column = { ...small, chars: Math.floor(small.chars / 2) - 2 };
  const columns = paginateItems(items, column.lines, 0, column);
  const pages: SlideItem[][] = [];
  for (let index = 0; index < columns.length; index += 2) pages.push([...columns[index]!, ...(columns[index + 1] ?? [])]);
  return pages.map((page, index) => slide('agenda', continuedTitle('Agenda', index), { items: page }));
}

/** A divider (when the recap has several days), the day's own notes, then its sessions. */
function daySlides(day: Day, frame: TextFrame, withDivider: boolean, followups: boolean): Slide[] {
  const intro = splitProse(day.intro);
  const count = day.sessions.length;
  const subtitle = count > 0 ? [`${count} session${count === 1 ? '' : 's'}`] : [];
  const slides: Slide[] = withDivider || count === 0 ? [slide('divider', day.title, { subtitle })] : [];
  slides.push(...planContent(intro.rest, { title: day.title, header: null, host: slides[0], frame }));
  for (const session of day.sessions) slides.push(...sessionSlides(session, { header: session.title, frame, followups }));
  // The day's opening prose is told, not shown: it goes to the notes of the day's first slide.
  slides[0]?.notes.unshift(...(day.heading === null ? [] : asWritten(day.heading, day.title)), ...intro.prose);
  return slides;
}

/** The session's title slide, then its content; `context` is the small header line. */
function sessionSlides(session: Session, content: Pick<ContentOptions, 'header' | 'frame' | 'followups'>, conferenceTitle?: string): Slide[] {
  const speakers = session.speakers.map((speaker) => (speaker.org ? `${speaker.name} · ${speaker.org}` : speaker.name));
  const context = [session.group, conferenceTitle].filter((line): line is string => Boolean(line));
  // In a team recap, who noted the talk: the people to ask about it.
  const notedBy = session.notedBy?.length ? [`notes: ${session.notedBy.join(', ')}`] : [];
  const opening = slide('session', session.title, { subtitle: [...speakers, ...context, ...notedBy] });
  // What the display title left out ("Talk 3:", "{#anchor}") and the speaker lines stay with the presenter.
  opening.notes.push(...asWritten(session.heading, [session.title, ...speakers, ...context].join(' ')), ...session.byline);
  return [opening, ...planContent(session.blocks, { ...content, title: session.title, host: opening })];
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
