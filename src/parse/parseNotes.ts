import type { Root } from 'mdast';
import { RecapError } from '../errors.js';
import { parseFrontMatter, type FrontMatterKind } from './frontMatter.js';
import { parseMarkdown } from './markdown.js';
import { MAX_EMPHASIS_RUNS, tooManyEmphasisMarkers } from './emphasisMarkers.js';
import { MAX_LINES, tooManyLines } from './lineCount.js';
import { MAX_NESTING, tooDeeplyNested } from './nestingDepth.js';
import { normalizeDialects } from './dialects/index.js';
import { inlineHeadingReferences } from './dialects/headingReferenceLinks.js';
import { unindentBullets } from './dialects/indentedBullets.js';
import { repairSource, type SourceRepair } from './repairSource.js';
import { safeSource } from './safeSource.js';
import type { ParseOptions } from './parseOptions.js';

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

/** Pure: notes text → front matter + mdast. `file` names the notes in messages and anchors relative image paths. */
export function parseNotes(text: string, file: string, options: ParseOptions = {}): ParsedNotes {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const pastLines = tooManyLines(normalized);
  if (pastLines)
    throw new RecapError(
      'input',
      `Cannot read notes of more than ${MAX_LINES} lines, expected at most ${MAX_LINES}: split them into several files`,
      { file, line: pastLines },
    );
  const { kind, data, body } = parseFrontMatter(normalized, file);
  // Note tools' markup (Obsidian, HackMD, MDX, ...) becomes plain CommonMark first: src/parse/dialects/.
  const dialects = normalizeDialects(body);
  const repaired = repairSource(dialects.text);
  const deep = tooDeeplyNested(repaired.text);
  if (deep)
    throw new RecapError(
      'input',
      `Cannot read lists or quotes nested ${deep.depth} deep, expected at most ${MAX_NESTING}`,
      { file, line: deep.line },
    );
  const marked = tooManyEmphasisMarkers(repaired.text);
  if (marked)
    throw new RecapError(
      'input',
      `Cannot read a paragraph with ${marked.runs} emphasis markers, expected at most ${MAX_EMPHASIS_RUNS}`,
      { file, line: marked.line },
    );
  // Notes are untrusted: what could run or read files in a deck is taken out before the model sees it.
  const parse = (text: string) => parseOrRefuse(text, file);
  // Rewrites that need the document's structure: lists indented like code, reference links in headings.
  const listed = unindentBullets(repaired.text, parse(repaired.text), parse);
  const linked = inlineHeadingReferences(listed.text, listed.tree, parse);
  const safe = safeSource(linked.text, linked.tree, parse, { file, ...options });
  const repairs = [...dialects.repairs, ...repaired.repairs, ...safe.repairs].sort((a, b) => a.line - b.line);
  const frontMatter = safeValues(
    data,
    (value) =>
      safeSource(value, parseOrRefuse(value, file), (text) => parseOrRefuse(text, file), {
        file,
        ...options,
        allowRemote: true,
      }).text,
  ) as Record<string, unknown>;
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
    if (error instanceof RangeError)
      throw new RecapError(
        'input',
        'Cannot read notes nested this deeply, expected lists and quotes a person could read',
        { file },
        { cause: error },
      );
    throw error;
  }
}
