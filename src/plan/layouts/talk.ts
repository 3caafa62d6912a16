import type { Session } from '../../model/types.js';
import { asWritten } from '../asWritten.js';
import { blockMarkdown } from '../blockMarkdown.js';
import type { KeyPoint } from '../keyPoints.js';
import { balancedPages, bodyLines } from '../paginate.js';
import { continuedTitle, slide } from '../slide.js';
import { speakersLine } from '../speakersLine.js';
import { sliceCode } from '../sliceCode.js';
import { codeLinesIn, type TextFrame } from '../textFrame.js';
import type { Slide, SlideItem } from '../types.js';

/** The speakers line and the link to the session deck take about a line each under the title. */
const TALK_EXTRA_LINES = 2;

/**
 * A talk's slides in the brief recap: its title, speakers and as many key points as `count` slides
 * hold; what they leave out goes to the notes of the first. `deck` is the talk's session deck.
 */
export function talkSlidesFor(
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
  // Notes written as code alone (corpus 113) have no point to show: the first code block is the talk's slide.
  if (points.length === 0) slides[0]!.body = shownCode(session, frame);
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

/** The talk's points over as many slides as they fill (at least one). */
export function pointPages(session: Pick<Session, 'title'>, points: KeyPoint[], frame: TextFrame): SlideItem[][] {
  const talk = talkFrame(session.title, frame);
  const pages = balancedPages(
    points.map((point) => point.item),
    talk.lines,
    talk,
  );
  return pages.length > 0 ? pages : [[]];
}

/** A talk with points shown or code to show has a slide of its own; one with neither would show its title alone. */
export function hasShownNotes(points: KeyPoint[], session: Session): boolean {
  return points.length > 0 || session.blocks.some((block) => block.kind === 'code');
}

/** The talk's first code block, as much of it as a talk slide holds (the session deck has it whole), or null. */
function shownCode(session: Session, frame: TextFrame): string | null {
  const code = session.blocks.find((block) => block.kind === 'code');
  if (!code) return null;
  const talk = talkFrame(session.title, frame);
  const [first] = sliceCode(code.code, codeLinesIn(talk.lines), frame.codeChars);
  return blockMarkdown({ ...code, code: first! });
}

/** The slide body a talk slide holds: the title's lines, less the speakers line and the link. */
function talkFrame(title: string, frame: TextFrame): TextFrame {
  return { ...frame, lines: Math.max(3, bodyLines(title, frame) - TALK_EXTRA_LINES) };
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

/** Points the slides leave out, as one list for the notes (paragraphs stay paragraphs). */
function hiddenPoints(points: KeyPoint[]): string[] {
  if (points.length === 0) return [];
  const bullets = points.every((point) => point.full.startsWith('- '));
  return [points.map((point) => point.full).join(bullets ? '\n' : '\n\n')];
}
