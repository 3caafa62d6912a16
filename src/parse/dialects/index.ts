import type { SourceRepair } from '../repairSource.js';
import { admonitions } from './admonitions.js';
import { callouts } from './callouts.js';
import { containers } from './containers.js';
import { doccLinks } from './doccLinks.js';
import { footnotes } from './footnotes.js';
import { hackmdTags } from './hackmdTags.js';
import { htmlComments } from './htmlComments.js';
import { htmlHeadings } from './htmlHeadings.js';
import { latexText } from './latexText.js';
import { logseqProperties } from './logseqProperties.js';
import { mdx } from './mdx.js';
import { orderedItemChildren } from './orderedItemChildren.js';
import { paragraphIndents } from './paragraphIndents.js';
import { scriptBlocks } from './scriptBlocks.js';
import { separatorLines } from './separatorLines.js';
import { taskLists } from './taskLists.js';
import type { Dialect } from './types.js';
import { videoEmbeds } from './videoEmbeds.js';
import { wikilinks } from './wikilinks.js';

/** In order: comments first (they may hide any other markup), then page code, block markup, inline markup, list nesting. */
const DIALECTS: Dialect[] = [
  htmlComments,
  scriptBlocks,
  htmlHeadings,
  paragraphIndents,
  mdx,
  containers,
  admonitions,
  callouts,
  hackmdTags,
  logseqProperties,
  separatorLines,
  wikilinks,
  doccLinks,
  footnotes,
  videoEmbeds,
  latexText,
  taskLists,
  orderedItemChildren,
];

/** A fence opening or closing, in a list item or quote too. */
const FENCE = /^[\s>]*(?:(?:[-*+]|\d{1,9}[.)])\s+)?(`{3,}|~{3,})/;

/**
 * Pure: the notes with each note tool's markup dialect rewritten into plain CommonMark, before the
 * model reads them; every line stays where it was, so warnings and positions stay true to the file.
 * (Lists indented like code need the parsed tree: see indentedBullets.ts.)
 */
export function normalizeDialects(body: string): { text: string; repairs: SourceRepair[] } {
  const repairs: SourceRepair[] = [];
  let lines = body.split('\n');
  for (const dialect of DIALECTS) {
    const normalized = dialect.normalize(lines, { code: fencedLines(lines), repairs });
    // Stryker disable next-line ConditionalExpression,StringLiteral: a guard against a broken dialect; every dialect keeps its lines (their tests check it)
    if (normalized.length !== lines.length) throw new Error(`The ${dialect.name} dialect changed the number of lines`);
    lines = normalized;
  }
  return { text: lines.join('\n'), repairs };
}

/** Which lines are inside fenced code (fences included). */
export function fencedLines(lines: readonly string[]): boolean[] {
  let fence: string | null = null;
  return lines.map((line) => {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== null) {
      // Stryker disable next-line MethodExpression,ConditionalExpression: a marker is one character repeated, so starting and ending with the fence agree, and a marker of the other character never starts with it
      if (marker?.startsWith(fence) && marker[0] === fence[0]) fence = null;
      return true;
    }
    if (marker) fence = marker;
    return marker !== undefined;
  });
}
