import type { Gallery, GalleryDeck } from '../export/html/indexPage.js';
import type { Manifest } from '../export/manifest.js';
import type { Conference, Session } from '../model/types.js';
import { formatDate } from '../plan/formatDate.js';
import { allSessions } from '../plan/allSessions.js';
import type { Deck } from '../plan/types.js';

/**
 * What index.html shows: the manifest's decks (in the same order as `decks`) grouped as the
 * conference is, session decks under their day, with speakers and the first slide's picture.
 * `thumbnails` gives a deck's picture by its place in the manifest.
 */
export function galleryOf(
  conference: Conference,
  manifest: Manifest,
  decks: Deck[],
  thumbnails: Map<number, string>,
): Gallery {
  const sessions = allSessions(conference);
  const dayOf = new Map<Session, number>();
  conference.days.forEach((day, index) => day.sessions.forEach((session) => dayOf.set(session, index)));
  const gallery: Gallery = {
    title: manifest.title,
    subtitle: [
      conference.date ? formatDate(conference.date) : null,
      conference.authors.length > 0 ? `Notes by ${conference.authors.join(', ')}` : null,
    ].filter((line): line is string => line !== null),
    recap: null,
    days: conference.days.map((day) => ({ title: day.title, decks: [] })),
    others: [],
  };
  let sessionIndex = 0;
  manifest.decks.forEach((entry, index) => {
    const kind = decks[index]?.kind ?? entry.kind;
    const session = kind === 'session' ? sessions[sessionIndex++] : undefined;
    const speakers =
      session?.speakers.map((speaker) => (speaker.org ? `${speaker.name} (${speaker.org})` : speaker.name)) ?? [];
    const deck: GalleryDeck = { ...entry, thumbnail: thumbnails.get(index) ?? null, speakers };
    if (kind === 'recap') gallery.recap = deck;
    else if (session) gallery.days[dayOf.get(session) ?? 0]?.decks.push(deck);
    else gallery.others.push(deck);
  });
  return gallery;
}
