import type { SlideSize } from './types.js';

/**
 * How much text a slide holds, from the themes' metrics (measured in Chromium, see
 * test/e2e/overflow.test.ts): both sizes are 720 px tall, so they hold the same lines; a 4:3 slide
 * is narrower, so its lines hold fewer characters.
 */
export interface TextFrame {
  size: SlideSize;
  /** Body lines under a one-line title. */
  lines: number;
  /** Characters on one body line at depth 0. */
  chars: number;
  /** Characters on one title line; a longer title wraps and takes body lines. */
  titleChars: number;
  /** Characters on one line of a code block. */
  codeChars: number;
  /** Characters of the small upper-case header line above the title, which must not wrap onto it. */
  headerChars: number;
  /** Share of its body lines a slide of this title may fill: below 1 where a measured fit found it overflowing. */
  share?: (title: string) => number;
}

/** Text size of the agenda, follow-ups and references (see the themes): smaller, so they hold more. */
export const SMALL_TEXT_PX = 26;

/** Slide width minus the themes' side padding (72 px a side at 16:9, 56 px at 4:3). */
const TEXT_WIDTH_PX: Record<SlideSize, number> = { '16:9': 1136, '4:3': 848 };
/** 720 px less padding, title and footer leave 500 px (measured): 12 lines of 30 px text at 1.4, less item margins. */
const BODY_HEIGHT_LINES = 11;
/**
 * Average advance of a character of running text, in em: 0.47 measured for English in DejaVu Sans (the
 * widest of the themes' fonts), rounded up for capitals, digits and punctuation. Bold titles are wider.
 */
const CHAR_EM = 0.49;
const TITLE_CHAR_EM = 0.56;
const TITLE_PX = 40;
const CODE_PX = 20;
/** Monospace advance in em, and the code block's own padding. */
const MONO_EM = 0.61;
const CODE_SIDE_PADDING_PX = 40;
/** A code line is 20 px at 1.35; a code block has 16 px of padding above and below. */
const CODE_LINE_PX = 27;
const CODE_BLOCK_PADDING_PX = 32;
/** A body line is 30 px at 1.4. */
export const BODY_LINE_PX = 42;
/** The header is 17 px upper case with letter spacing: wide letters. */
const HEADER_CHAR_PX = 17 * 0.8;

/** The frame for body text set at `fontPx` (30 px for bullets; smaller layouts hold more), with a measured fit's shares. */
export function textFrame(size: SlideSize = '16:9', fontPx = 30, share?: TextFrame['share']): TextFrame {
  const width = TEXT_WIDTH_PX[size];
  return {
    size,
    lines: Math.floor((BODY_HEIGHT_LINES * 30) / fontPx),
    chars: Math.floor(width / (fontPx * CHAR_EM)),
    titleChars: Math.floor(width / (TITLE_PX * TITLE_CHAR_EM)),
    codeChars: Math.floor((width - CODE_SIDE_PADDING_PX) / (CODE_PX * MONO_EM)),
    headerChars: Math.floor(width / HEADER_CHAR_PX),
    ...(share && { share }),
  };
}

/** Columns a text takes: CJK and other wide characters count as nearly two. */
export function textWidth(text: string): number {
  const wide =
    text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/gu)
      ?.length ?? 0;
  return text.length + wide * 0.8;
}

/** Lines of code a block on a slide of its own holds, where `bodyLines` lines of text would fit. */
export function codeLinesIn(bodyLines: number): number {
  return Math.max(3, Math.floor((bodyLines * BODY_LINE_PX - CODE_BLOCK_PADDING_PX) / CODE_LINE_PX));
}
