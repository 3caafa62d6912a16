import type { Root } from 'mdast';
import { RecapError } from '../errors.js';
import { parseFrontMatter, type FrontMatterKind } from './frontMatter.js';
import { parseMarkdown } from './markdown.js';
import { MAX_EMPHASIS_RUNS, tooManyEmphasisMarkers } from './emphasisMarkers.js';
import { MAX_LINES, tooManyLines } from './lineCount.js';
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
  /** Remote images will be loaded (no warning that they are not). */
  allowRemote?: boolean;
}

/** Pure: notes text → front matter + mdast. `file` names the notes in messages and anchors relative image paths. */
export function parseNotes(text: string, file: string, options: ParseOptions = {}): ParsedNotes {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const pastLines = tooManyLines(normalized);
  if (pastLines) throw new RecapError('input', `Cannot read notes of more than ${MAX_LINES} lines, expected at most ${MAX_LINES}: split them into several files`, { file, line: pastLines });
  const { kind, data, body } = parseFrontMatter(normalized, file);
  const repaired = repairSource(body);
  const deep = tooDeeplyNested(repaired.text);
  if (deep) throw new RecapError('input', `Cannot read lists or quotes nested ${deep.depth} deep, expected at most ${MAX_NESTING}`, { file, line: deep.line });
  const marked = tooManyEmphasisMarkers(repaired.text);
  if (marked) throw new RecapError('input', `Cannot read a paragraph with ${marked.runs} emphasis markers, expected at most ${MAX_EMPHASIS_RUNS}`, { file, line: marked.line });
  // Notes are untrusted: what could run or read files in a deck is taken out before the model sees it.
  const safe = safeSource(repaired.text, parseOrRefuse(repaired.text, file), (text) => parseOrRefuse(text, file), { file, ...options });
  const repairs = [...repaired.repairs, ...safe.repairs].sort((a, b) => a.line - b.line);
  const frontMatter = safeValues(data, (value) => safeSource(value, parseOrRefuse(value, file), (text) => parseOrRefuse(text, file), { file, ...options, allowRemote: true }).text) as Record<string, unknown>;
  return { file, source: safe.text, frontMatterKind: kind, frontMatter, tree: safe.tree, repairs };
}

/**
 * Front matter strings (title, authors) end up on slides as one line of Markdown: they get the
 * same treatment as the notes, read as the one line they become (a code fence there is no fence).
 */
function safeValues(value: unknown, safe: (text: string) => string, depth = 0): unknown {
  if (typeof value === 'string') return /[<\]]/.test(value) ? safe(value.replace(/\s*\n\s*/g, ' ')) : value;
  if (depth > 3 || value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((entry) => safeValues(entry, safe, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, safeValues(entry, safe, depth + 1)]));
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
