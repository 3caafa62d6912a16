import type { Root } from 'mdast';
import { parseFrontMatter, type FrontMatterKind } from './frontMatter.js';
import { parseMarkdown } from './markdown.js';
import { repairSource, type SourceRepair } from './repairSource.js';
import { safeSource } from './safeSource.js';

/** One notes file after parsing: what the model stage reads. */
export interface ParsedNotes {
  file: string;
  /** The full text (front matter blanked out) the mdast positions point into. */
  source: string;
  frontMatterKind: FrontMatterKind;
  frontMatter: Record<string, unknown>;
  tree: Root;
  /** What was changed before parsing (`##Day` headings, shortcodes, unsafe links): the model reports these as warnings. */
  repairs: SourceRepair[];
}

export interface ParseOptions {
  /** Keep images outside the notes file's folder (see safeSource). */
  allowLocalFiles?: boolean;
}

/** Pure: notes text → front matter + mdast. `file` names the notes in messages and anchors relative image paths. */
export function parseNotes(text: string, file: string, options: ParseOptions = {}): ParsedNotes {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { kind, data, body } = parseFrontMatter(normalized, file);
  const repaired = repairSource(body);
  // Notes are untrusted: what could run or read files in a deck is taken out before the model sees it.
  const safe = safeSource(repaired.text, parseMarkdown(repaired.text), parseMarkdown, { file, allowLocalFiles: options.allowLocalFiles });
  const repairs = [...repaired.repairs, ...safe.repairs].sort((a, b) => a.line - b.line);
  return { file, source: safe.text, frontMatterKind: kind, frontMatter: data, tree: safe.tree, repairs };
}
