import type { Conference, Session } from '../../model/types.js';
import { escapeMarkdown, plainText } from '../../parse/markdownText.js';
import { allSessions, daysWithSessions } from '../allSessions.js';
import { paginateItems } from '../paginate.js';
import { continuedTitle, slide } from '../slide.js';
import { SMALL_TEXT_PX, textFrame, type TextFrame } from '../textFrame.js';
import type { Slide, SlideItem } from '../types.js';

/**
 * Days and their sessions (or, for one day, its sessions) in two columns a slide; none for a lone session. The planner fills
 * columns of a column's height; the themes balance the two, which never makes either taller.
 * `slideOf` gives a session's slide number, which its entry links to (`#N`); link targets take no room.
 */
export function agendaSlides(
  conference: Conference,
  frame: TextFrame,
  slideOf?: (session: Session) => number | undefined,
): Slide[] {
  // A lone talk needs no agenda: the title slide and the talk's own slides say it all.
  if (allSessions(conference).length < 2) return [];
  const shared = sharedTitles(conference);
  const entry = (session: Session) => {
    const number = slideOf?.(session);
    const names = shared.has(titleKey(session.title)) ? speakerNames(session) : '';
    // A link's text holds no link (nor an autolink that an image's target becomes once its brackets are text): plain text it is.
    return number === undefined
      ? `${session.title}${names}`
      : `[${escapeMarkdown(plainText(session.title))}${names}](#${number})`;
  };
  const days: SlideItem[] = daysWithSessions(conference).map((day) => ({
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

const titleKey = (title: string) => plainText(title).trim().toLowerCase();

/** Titles two or more sessions share ("Keynote" four times over): their entries name the speakers, to tell them apart. */
function sharedTitles(conference: Conference): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const session of allSessions(conference)) {
    const key = titleKey(session.title);
    if (seen.has(key)) shared.add(key);
    seen.add(key);
  }
  return shared;
}

/** " — Jane Roe & Max Mustermann", or nothing for a session without speakers. */
function speakerNames(session: Session): string {
  const names = session.speakers.map((speaker) => speaker.name).join(' & ');
  return names ? ` — ${escapeMarkdown(names)}` : '';
}
