import matter from 'gray-matter';
import { parse as parseToml, TomlError } from 'smol-toml';
import { RecapError } from '../errors.js';
import { readDirectiveLines } from './directiveLines.js';
import { isElixirMap, readElixirMap } from './elixirMapFrontMatter.js';
import { readMetadataLines } from './metadataLines.js';

/**
 * `elixir`: an Elixir map, as NimblePublisher blogs write (elixirMapFrontMatter.ts); `metadata`: Pelican or
 * MultiMarkdown `Key: value` lines at the top (metadataLines.ts); `directives`: a talk's `@title …` / `@author …`
 * header (directiveLines.ts).
 */
export type FrontMatterKind = 'toml' | 'yaml' | 'elixir' | 'metadata' | 'directives' | 'none';

export interface FrontMatter {
  kind: FrontMatterKind;
  data: Record<string, unknown>;
  /** The notes with the front matter replaced by blank lines, so Markdown positions stay file positions. */
  body: string;
}

/** Far more than any notes' title, date and authors need; a limit on what YAML aliases may expand to. */
const MAX_FRONT_MATTER_VALUES = 10_000;

const refuseCode = (): never => {
  // gray-matter would `eval` a `---js` block; notes are untrusted, so that engine is disabled.
  throw new Error('executable front matter is not allowed');
};

/** Splits TOML (`+++`) or YAML (`---`) front matter from the Markdown body. */
export function parseFrontMatter(text: string, file: string): FrontMatter {
  const elixir = elixirMapFrontMatter(text);
  if (elixir) return elixir;
  const kind = detectKind(text);
  if (kind === 'none') return metadataOrNone(text);

  const delimiter = kind === 'toml' ? '+++' : '---';
  const closing = findClosingLine(text, delimiter);
  if (closing === -1) {
    throw new RecapError(
      'input',
      `Cannot find the end of the ${kind.toUpperCase()} front matter, expected a closing \`${delimiter}\` line`,
      { file, line: 1 },
    );
  }

  let data: Record<string, unknown>;
  try {
    const parsed = matter(text, {
      delimiters: delimiter,
      language: kind,
      engines: {
        toml: (source: string) => parseToml(source) as object,
        js: refuseCode,
        javascript: refuseCode,
      },
    } as never);
    data = { ...(parsed.data as Record<string, unknown>) };
  } catch (error) {
    throw frontMatterError(error, kind, file);
  }
  if (!withinSize(data, MAX_FRONT_MATTER_VALUES)) {
    // YAML aliases share values: a few lines can stand for billions of them (an "alias bomb").
    const aliasLine = text
      .split('\n')
      // Stryker disable next-line ConditionalExpression,EqualityOperator: the values come from the block, so its first alias is in it (the closing line holds none)
      .findIndex((line, index) => index <= closing && /(?:^|[\s[{,:-])\*[^\s,\]}]+/.test(line));
    throw new RecapError(
      'input',
      `Cannot read the ${kind.toUpperCase()} front matter: it holds more than ${MAX_FRONT_MATTER_VALUES} values once its aliases are expanded`,
      { file, line: aliasLine === -1 ? 1 : aliasLine + 1 },
    );
  }

  const lines = text.split('\n');
  // Stryker disable next-line ConditionalExpression,MethodExpression: TOML writes `key = value`, never `key:`; the block's lines come first, so its key line is the one found
  if (kind === 'yaml') keepWrittenDates(data, lines.slice(1, closing));
  const blanked = lines.map((line, index) => (index <= closing ? '' : line));
  return { kind, data, body: blanked.join('\n') };
}

/** An Elixir map over a `---` line (NimblePublisher), with or without a `---` line above it; null when there is none. */
function elixirMapFrontMatter(text: string): FrontMatter | null {
  const lines = text.split('\n');
  const opening = lines[0]!.trimEnd() === '---' ? 1 : 0;
  if (!(lines[opening] ?? '').trimStart().startsWith('%{')) return null;
  const closing = lines.findIndex((line, index) => index > opening && line.trimEnd() === '---');
  const block = lines.slice(opening, closing).join('\n');
  if (closing === -1 || !isElixirMap(block)) return null;
  const body = lines.map((line, index) => (index <= closing ? '' : line)).join('\n');
  return { kind: 'elixir', data: readElixirMap(block), body };
}

/** Notes that open with Pelican or MultiMarkdown metadata lines, or a talk's `@title` header, have them as front matter; others have none. */
function metadataOrNone(text: string): FrontMatter {
  const lines = text.split('\n');
  const metadata = readMetadataLines(lines);
  const directives = metadata ? null : readDirectiveLines(lines);
  const header = metadata ?? directives;
  if (!header) return { kind: 'none', data: {}, body: text };
  // Stryker disable next-line EqualityOperator: the line after the metadata is blank, or past the end
  const body = lines.map((line, index) => (index < header.count ? '' : line)).join('\n');
  return { kind: metadata ? 'metadata' : 'directives', data: header.data, body };
}

/** A YAML date-time with a zone ("2019-05-23T23:00:00-01:00"): the calendar day as written, before any zone shift. */
const WRITTEN_DATE = /^(["']?)(\d{4}-\d{2}-\d{2}(?:[Tt ][^#]*?)?)\1\s*(?:#.*)?$/;

/**
 * YAML turns a date-time into a Date in UTC, which moves "2019-05-23T23:00-01:00" to the next day.
 * A date is shown as written: top-level date values go back to their written text (TOML keeps its zone itself).
 */
function keepWrittenDates(data: Record<string, unknown>, blockLines: string[]): void {
  for (const [key, value] of Object.entries(data)) {
    if (!(value instanceof Date)) continue;
    const line = blockLines.find((entry) => entry.startsWith(`${key}:`));
    const written = line === undefined ? null : WRITTEN_DATE.exec(line.slice(key.length + 1).trim());
    // Stryker disable next-line MethodExpression: the lazy group leaves trailing spaces to `\s*`
    if (written) data[key] = written[2]!.trim();
  }
}

/** Whether the data, with shared (aliased) values counted each time they appear, holds at most `limit` values. */
function withinSize(data: unknown, limit: number): boolean {
  let count = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (++count > limit) return false;
    if (value !== null && typeof value === 'object' && !(value instanceof Date))
      for (const inner of Object.values(value)) stack.push(inner);
  }
  return true;
}

function detectKind(text: string): FrontMatterKind {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')).trimEnd();
  if (firstLine === '+++') return 'toml';
  if (/^---[a-z]*$/.test(firstLine)) return 'yaml';
  return 'none';
}

/** Index of the line that closes the front matter opened on line 0, or -1. */
function findClosingLine(text: string, delimiter: string): number {
  const lines = text.split('\n');
  for (let index = 1; index < lines.length; index++) {
    if (lines[index]!.trimEnd() === delimiter) return index;
  }
  return -1;
}

function frontMatterError(error: unknown, kind: FrontMatterKind, file: string): RecapError {
  // gray-matter hands the parsers the block with the opening delimiter's newline first, so their lines are file lines.
  let line = 1;
  let reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  if (error instanceof TomlError) {
    line = error.line;
    // Stryker disable next-line Regex: the prefix only ever opens the message
    reason = reason.replace(/^Invalid TOML document: /, '');
  } else if (isYamlError(error)) {
    line = error.mark.line + 1;
    reason = error.reason;
  }
  return new RecapError(
    'input',
    `Cannot read the ${kind.toUpperCase()} front matter: ${reason}`,
    { file, line },
    { cause: error },
  );
}

function isYamlError(error: unknown): error is { mark: { line: number }; reason: string } {
  const candidate = error as { mark?: { line?: unknown }; reason?: unknown } | null;
  // Stryker disable next-line LogicalOperator,ConditionalExpression,OptionalChaining: js-yaml's errors carry both a mark and a reason, the others neither, and none is null
  return typeof candidate?.mark?.line === 'number' && typeof candidate.reason === 'string';
}
