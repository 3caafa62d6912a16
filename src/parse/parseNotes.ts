import type { Root } from 'mdast';
import { RecapError } from '../errors.js';
import { parseFrontMatter, type FrontMatterKind } from './frontMatter.js';
import { parseMarkdown } from './markdown.js';
import { MAX_NESTING, tooDeeplyNested } from './nestingDepth.js';
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
  const deep = tooDeeplyNested(repaired.text);
  if (deep) throw new RecapError('input', `Cannot read lists or quotes nested ${deep.depth} deep, expected at most ${MAX_NESTING}`, { file, line: deep.line });
  // Notes are untrusted: what could run or read files in a deck is taken out before the model sees it.
  const safe = safeSource(repaired.text, parseOrRefuse(repaired.text, file), (text) => parseOrRefuse(text, file), { file, allowLocalFiles: options.allowLocalFiles });
  const repairs = [...repaired.repairs, ...safe.repairs].sort((a, b) => a.line - b.line);
  return { file, source: safe.text, frontMatterKind: kind, frontMatter: data, tree: safe.tree, repairs };
}

/** Markdown → mdast; nesting the line check above does not see (deep indentation) can still exhaust the stack: that is bad input too. */
function parseOrRefuse(text: string, file: string): Root {
  try {
    return parseMarkdown(text);
  } catch (error) {
    if (error instanceof RangeError) throw new RecapError('input', 'Cannot read notes nested this deeply, expected lists and quotes a person could read', { file }, { cause: error });
    throw error;
  }
}
