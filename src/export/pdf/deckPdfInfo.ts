import { displayText } from '../../plan/displayText.js';
import { continuedTitle } from '../../plan/slide.js';
import type { Deck, Slide } from '../../plan/types.js';
import type { PdfInfo } from './finishPdf.js';
import type { OutlineEntry } from './pdfOutline.js';

/** The metadata, bookmarks and (with `notes`) presenter notes a deck's PDF carries. */
export function deckPdfInfo(deck: Deck, options: { notes: boolean }): PdfInfo {
  const { conference, date, authors } = deck.meta;
  const when = date ? ` (${date})` : '';
  return {
    title: deck.title,
    author: authors,
    subject: deck.kind === 'recap' ? `Recap of ${conference}${when}` : `${deck.title} — ${conference}${when}`,
    keywords: [...new Set([conference, deck.kind, ...(deck.keywords ?? [])].map(displayText).filter(Boolean))],
    outline: deck.kind === 'session' ? [] : outlineOf(deck),
    notes: options.notes ? deck.slides.map((slide) => slide.notes.join('\n\n')) : null,
  };
}

/** Slides a reader jumps to that are neither a day nor a session: bookmarked at the top, once per run of continued slides. */
const SECTION_LAYOUTS = new Set<Slide['layout']>(['agenda', 'followups', 'glance']);

/** Day dividers, the agenda, follow-ups and "At a glance" at the top, each session's opening slide (or first talk slide) under its day. */
function outlineOf(deck: Deck): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  let day: OutlineEntry | null = null;
  deck.slides.forEach((slide, page) => {
    const previous = deck.slides[page - 1];
    const opensTalk =
      slide.layout === 'session' ||
      (slide.layout === 'talk' && !(previous?.layout === 'talk' && slide.title === continuedTitle(previous.title, 1)));
    const entry: OutlineEntry = { title: displayText(slide.title), page, children: [] };
    if (SECTION_LAYOUTS.has(slide.layout)) {
      if (deck.slides[page - 1]?.layout !== slide.layout) entries.push(entry);
    } else if (slide.layout === 'divider') {
      day = entry;
      entries.push(entry);
    } else if (opensTalk) {
      (day?.children ?? entries).push(entry);
    }
  });
  return entries;
}
