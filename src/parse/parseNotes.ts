import type { Root } from 'mdast';
import { parseFrontMatter, type FrontMatterKind } from './frontMatter.js';
import { parseMarkdown } from './markdown.js';
import { repairSource, type SourceRepair } from './repairSource.js';

/** One notes file after parsing: what the model stage reads. */
export interface ParsedNotes {
  file: string;
  /** The full text (front matter blanked out) the mdast positions point into. */
  source: string;
  frontMatterKind: FrontMatterKind;
  frontMatter: Record<string, unknown>;
  tree: Root;
  /** What was changed before parsing (`##Day` headings, shortcodes): the model reports these as warnings. */
  repairs: SourceRepair[];
}

/** Pure: notes text → front matter + mdast. `file` is only used in messages and the model. */
export function parseNotes(text: string, file: string): ParsedNotes {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { kind, data, body } = parseFrontMatter(normalized, file);
  const { text: source, repairs } = repairSource(body);
  return { file, source, frontMatterKind: kind, frontMatter: data, tree: parseMarkdown(source), repairs };
}
