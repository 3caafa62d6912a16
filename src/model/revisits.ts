import { wordsOf } from '../words.js';
import { isSlotTitle } from './headingKinds.js';
import type { Session } from './types.js';

/** Words that mark a return to a session already noted: "(continued)", "cont'd", ", again", "part 2", "revisited". */
const RETURN_MARK =
  /(?:\s*[-–—,:]\s*|\s+)(?:\((?:continued|cont(?:'d|\.)?|again|revisited|back|part\s*(?:\d+|ii|iii)|\d)\)|continued|cont(?:'d|\.)|again|revisited|part\s*(?:\d+|ii|iii))\s*$/iu;
/** "Workshop:" and the like name the kind of session, not which one. */
const KIND_PREFIX = /^\s*(?:workshop|tutorial|hands[- ]on|lab|session|talk)\s*[:\-–—]\s*/iu;
/** A shorter key than this ("Q&A", "Notes") is too common to tie two sessions together. */
const MIN_KEY_WORDS = 3;

/** The words that name a session, without its kind and without a mark of return. */
export function revisitKey(title: string): string | null {
  let text = title.replace(KIND_PREFIX, '');
  while (RETURN_MARK.test(text)) text = text.replace(RETURN_MARK, '');
  const words = wordsOf(text);
  return words.length >= MIN_KEY_WORDS ? words.join(' ') : null;
}

/**
 * Pure: one session noted several times in a day (the author hopped rooms and came back to a workshop)
 * is one session: the later notes follow the first under their own heading, speakers joined.
 * Returns the sessions and, for each joined one, the line it was joined to.
 */
export function joinRevisits(sessions: Session[]): {
  sessions: Session[];
  joined: { line: number; to: number; title: string }[];
} {
  const byKey = new Map<string, Session>();
  const kept: Session[] = [];
  const joined: { line: number; to: number; title: string }[] = [];
  for (const session of sessions) {
    // The heading as written, not the display title: "Talk 1 - Ann Lee" and "Talk 2 - Ann Lee" are two talks of one speaker.
    // A slot heading ("### 14:00 ~ 14:40" in two tracks) names a time, not the session: its title does.
    const key = revisitKey(isSlotTitle(session.heading) ? session.title : session.heading);
    // Stryker disable next-line ConditionalExpression: no session is kept under a null key (below)
    const first = key === null ? undefined : byKey.get(key);
    if (!first) {
      const copy = {
        ...session,
        speakers: [...session.speakers],
        byline: [...session.byline],
        blocks: [...session.blocks],
      };
      // Stryker disable next-line ConditionalExpression: a null key is never looked up (above)
      if (key !== null) byKey.set(key, copy);
      kept.push(copy);
      continue;
    }
    first.blocks.push({ kind: 'heading', line: session.line, markdown: session.heading }, ...session.blocks);
    for (const speaker of session.speakers)
      if (!first.speakers.some((known) => known.name === speaker.name)) first.speakers.push(speaker);
    first.byline.push(...session.byline);
    joined.push({ line: session.line, to: first.line, title: first.title });
  }
  return { sessions: kept, joined };
}
