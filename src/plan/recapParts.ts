import type { Block, Conference, Section, Session } from '../model/types.js';
import { escapeMarkdown, plainText } from '../parse/markdownText.js';
import { blockMarkdown } from './blockMarkdown.js';
import { formatDate } from './formatDate.js';
import { paginateItems } from './paginate.js';
import { planContent } from './planContent.js';
import { shortLinks } from './shortLinks.js';
import { bulletSlides, continuedTitle, slide } from './slide.js';
import { SMALL_TEXT_PX, textFrame, type TextFrame } from './textFrame.js';
import type { Slide, SlideItem } from './types.js';
import { TODO_LEAD } from '../model/blocks.js';
import { showsEveryWord } from '../words.js';

/** A TODO's lead word and the colon after it, dropped from the follow-up list (which says what they are). */
const TODO_WITH_COLON = new RegExp(`${TODO_LEAD.source}\\s*:?\\s*`, 'i');

/** Slides both recaps (brief and full) share: title, agenda, closing sections, follow-ups, at a glance. */

export function allSessions(conference: Conference): Session[] {
  return conference.days.flatMap((day) => day.sessions);
}

export function titleSlide(conference: Conference): Slide {
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
 * `slideOf` gives a session's slide number, which its entry links to (`#N`); link targets take no room.
 */
export function agendaSlides(
  conference: Conference,
  frame: TextFrame,
  slideOf?: (session: Session) => number | undefined,
): Slide[] {
  const entry = (session: Session) => {
    const number = slideOf?.(session);
    // A link's text holds no link (nor an autolink that an image's target becomes once its brackets are text): plain text it is.
    return number === undefined ? session.title : `[${escapeMarkdown(plainText(session.title))}](#${number})`;
  };
  const days: SlideItem[] = conference.days.map((day) => ({
    markdown: day.title,
    children: day.sessions.map((session) => ({ markdown: entry(session), children: [], blocks: [] })),
    blocks: [],
  }));
  const items = days.length === 1 ? days[0]!.children : days;
  const small = textFrame(frame.size, SMALL_TEXT_PX);
  const column = { ...small, chars: Math.floor(small.chars / 2) - 2 };
  // A measured fit that found the agenda overflowing (long CJK entries) gives its columns fewer lines.
  const columns = paginateItems(items, column.lines * (frame.share?.('Agenda') ?? 1), 0, column);
  const pages: SlideItem[][] = [];
  for (let index = 0; index < columns.length; index += 2)
    pages.push([...columns[index]!, ...(columns[index + 1] ?? [])]);
  return pages.map((page, index) => slide('agenda', continuedTitle('Agenda', index), { items: page }));
}

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

/** Every TODO and action item of the recap's sessions, under the session it came from. */
export function followupSlides(conference: Conference, frame: TextFrame): Slide[] {
  const items = allSessions(conference).flatMap((session) => {
    const todos = session.blocks.filter((block) => block.kind === 'paragraph' && block.role === 'todo');
    // The list says what they are; "TODO" stays in the session's notes, where the presenter sees it.
    const children = todos.map((block) => ({
      markdown: shortLinks(withoutTodoMark(blockMarkdown(block))),
      children: [],
      blocks: [],
    }));
    return children.length > 0 ? [{ markdown: session.title, children, blocks: [] }] : [];
  });
  return bulletSlides('followups', 'Follow-ups', items, { frame: textFrame(frame.size, SMALL_TEXT_PX, frame.share) });
}

/** Sessions per day as a bar chart, with the recap's numbers in words beside it. */
export function glanceSlide(conference: Conference): Slide {
  const sessions = allSessions(conference);
  const speakers = new Set(sessions.flatMap((session) => session.speakers.map((speaker) => speaker.name)));
  const subtitle = [
    plural(sessions.length, 'session'),
    ...(conference.days.length > 1 ? [plural(conference.days.length, 'day')] : []),
    ...(speakers.size > 0 ? [plural(speakers.size, 'speaker')] : []),
  ];
  // One bar says no more than "N sessions" above it (a one-day file's bar is often the conference's own name): no chart then.
  const chart =
    conference.days.length > 1 ? conference.days.map((day) => ({ label: day.title, value: day.sessions.length })) : [];
  // The chart is a picture: its numbers in words too, for screen readers (the themes hide this list from sight).
  const items = chart.map((bar) => ({
    markdown: `${bar.label}: ${plural(bar.value, 'session')}`,
    children: [],
    blocks: [],
  }));
  return slide('glance', 'At a glance', { subtitle: [subtitle.join(' · ')], chart, items });
}

/** The heading as the author wrote it, when some of its words ("Talk 3:", "{#anchor}") are not on the slide. */
export function asWritten(heading: string, shown: string): string[] {
  return showsEveryWord(heading, shown) ? [] : [heading];
}

/** Opening prose of a recap or day (for the speaker notes) apart from what goes on slides. */
export function splitProse(blocks: Block[]): { prose: string[]; rest: Block[] } {
  const isProse = (block: Block) => block.kind === 'paragraph' && block.role === 'prose';
  return { prose: blocks.filter(isProse).map(blockMarkdown), rest: blocks.filter((block) => !isProse(block)) };
}

function withoutTodoMark(markdown: string): string {
  const text = markdown.replace(TODO_WITH_COLON, '');
  return text ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : markdown;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
