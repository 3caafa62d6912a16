import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * A talk's line that ends in links to what the talk left behind: `Title: [Video](…)`,
 * `Title - [Slides][ref] & [Video][ref]`, `Title (slides, video)`, `标题：[视频](…)`. People list the talks they saw so
 * in a recap: the words before the links are the title, the links are its notes.
 */

/** Link texts that name a talk's recording, slides or write-up, in the corpus languages and a few more. */
const RESOURCE_LABEL =
  /^(?:videos?|vídeos?|vidéos?|recording|recorded talk|youtube|slides?|slide deck|deck|diapositivas|diapos|folien|transcript|interview|entrevista|entretien|audio|podcast|pdf|ppt|视频|視頻|录像|錄影|幻灯片|投影片|讲稿|動画|ビデオ|スライド|資料|영상|동영상|발표\s?자료|슬라이드)$/iu;
/** What may stand between two links of the run: `&`, `,`, `/`, `|`, `·`, `+`, `and` in a few languages. */
const JOINER = /^[\s&,/|·+、，]*(?:(?:and|y|et|und|e|和|及|と|및)[\s&,/|·+、，]*)?$/iu;
/** Before the links: a colon, a dash set apart by spaces, a bar, or an opening parenthesis (`Title (slides)`). */
const BEFORE_LINKS = /^(.*?\S)\s*(?:[:：|–—]|\s-|\()\s*$/su;
/** A title shorter than this is a label (`A:`), not a talk. */
const MIN_TITLE = 3;
/** A title longer than this is a sentence with links at its end. */
const MAX_TITLE = 160;

/** Pure: the title of a line of `paragraph` that ends in links, at least one of them a recording or slides; else null. */
export function resourceLinksTitle(paragraph: Paragraph): string | null {
  const children = paragraph.children;
  let start = children.length;
  // "(slides, video)": the closing parenthesis after the run.
  if (children.at(-1)?.type === 'text' && /^\s*\)\s*$/.test(toString(children.at(-1)!))) start -= 1;
  const end = start;
  while (start > 0 && isRunPart(children[start - 1]!)) start -= 1;
  const run = children.slice(start, end);
  const links = run.filter(isLink);
  if (!links.some((link) => RESOURCE_LABEL.test(toString(link).trim()))) return null;
  // The run opens on a link: a joiner before it belongs to the title's text.
  const firstLink = run.findIndex(isLink);
  const lead = [...children.slice(0, start), ...run.slice(0, firstLink)].map((child) => toString(child)).join('');
  const title = BEFORE_LINKS.exec(lead.replace(/\s+/g, ' '))?.[1]?.trim();
  if (!title || title.length < MIN_TITLE || title.length > MAX_TITLE) return null;
  // "Notes (see [slides](…))": the words before the links run on as a sentence.
  return /[.。!?！？]$/u.test(title) ? null : title;
}

function isLink(node: PhrasingContent): boolean {
  return node.type === 'link' || node.type === 'linkReference';
}

function isRunPart(node: PhrasingContent): boolean {
  return isLink(node) || (node.type === 'text' && JOINER.test(node.value));
}
