import { parseArgs } from 'node:util';
import type { Format } from '../export/manifest.js';
import { RecapError } from '../errors.js';
import type { DeckKind } from '../plan/types.js';

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'themes'; themesDirs: string[] }
  | ({ name: 'inspect'; files: string[]; json: boolean; allowLocalFiles: boolean } & ConfigFlags)
  | ({ name: 'build'; files: string[]; out: string; theme: string | undefined; themesDirs: string[]; formats: Format[]; decks: DeckKind[]; size: '16:9' | '4:3'; browserPath: string | undefined; pdfNotes: boolean; json: boolean; quiet: boolean; watch: boolean } & TrustFlags & ConfigFlags)
  | ({ name: 'serve'; files: string[]; theme: string | undefined; themesDirs: string[]; decks: DeckKind[]; size: '16:9' | '4:3'; browserPath: string | undefined; port: number; host: string; open: boolean; quiet: boolean } & ConfigFlags);

/** What the config file (see src/config) needs: where it is, which flags were given (they win), and what it adds. */
export interface ConfigFlags {
  config: string | undefined;
  given: string[];
  displayNames: Record<string, string>;
  /** The config file's `structure`: how to read notes whose structure is inferred wrongly. */
  structure?: { days: string | null; talks: string };
}

/** What the user lets a build do beyond the safe defaults (see README "Security model"). */
export interface TrustFlags {
  allowLocalFiles: boolean;
  allowRemote: boolean;
  /** Milliseconds one deck may take to load and print; undefined for the default. */
  timeout: number | undefined;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  theme: { type: 'string' },
  themes: { type: 'string', multiple: true },
  format: { type: 'string' },
  decks: { type: 'string' },
  size: { type: 'string' },
  'browser-path': { type: 'string' },
  'pdf-notes': { type: 'boolean' },
  'allow-local-files': { type: 'boolean' },
  'allow-remote': { type: 'boolean' },
  timeout: { type: 'string' },
  watch: { type: 'boolean', short: 'w' },
  config: { type: 'string', short: 'c' },
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  open: { type: 'boolean' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const DECK_NAMES: Record<string, DeckKind> = { recap: 'recap', sessions: 'session', session: 'session', days: 'day', day: 'day' };

/** argv (without node and script) → the command to run; a usage error for anything else. */
export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usage((error as Error).message.split('\n')[0]!.replace(/\. To specify.*$/, ''));
  }
  const { values, positionals } = parsed;
  const [name, ...files] = positionals;
  const configFlags: ConfigFlags = { config: values.config, given: Object.keys(values), displayNames: {} };
  if (values.version) return { name: 'version' };
  if (values.help || name === undefined || name === 'help') return { name: 'help' };
  switch (name) {
    case 'themes':
      return { name: 'themes', themesDirs: values.themes ?? [] };
    case 'inspect':
      requireFiles(files, 'inspect');
      return { name: 'inspect', files, json: values.json ?? false, allowLocalFiles: values['allow-local-files'] ?? false, ...configFlags };
    case 'build':
      requireFiles(files, 'build');
      return {
        name: 'build',
        files,
        out: values.out ?? 'output',
        theme: values.theme,
        themesDirs: values.themes ?? [],
        formats: listOption(values.format ?? 'md,html,pdf', '--format', { md: 'md', html: 'html', pdf: 'pdf' }),
        decks: listOption(values.decks ?? 'recap,sessions', '--decks', DECK_NAMES),
        size: sizeOption(values.size),
        browserPath: values['browser-path'],
        pdfNotes: values['pdf-notes'] ?? false,
        json: values.json ?? false,
        quiet: values.quiet ?? false,
        watch: values.watch ?? false,
        allowLocalFiles: values['allow-local-files'] ?? false,
        allowRemote: values['allow-remote'] ?? false,
        timeout: timeoutOption(values.timeout),
        ...configFlags,
      };
    case 'serve':
      requireFiles(files, 'serve');
      return {
        name: 'serve',
        files,
        theme: values.theme,
        themesDirs: values.themes ?? [],
        decks: listOption(values.decks ?? 'recap,sessions', '--decks', DECK_NAMES),
        size: sizeOption(values.size),
        browserPath: values['browser-path'],
        port: portOption(values.port),
        host: values.host ?? DEFAULT_HOST,
        open: values.open ?? false,
        quiet: values.quiet ?? false,
        ...configFlags,
      };
    default:
      throw usage(`Unknown command \`${name}\`, expected build, serve, inspect or themes`);
  }
}

function requireFiles(files: string[], command: string): void {
  if (files.length === 0) throw usage(`Missing notes files: recapdeck ${command} <notes.md>...`);
}

function listOption<T extends string>(value: string, flag: string, allowed: Record<string, T>): T[] {
  const chosen = value.split(',').map((part) => part.trim()).filter(Boolean);
  const result: T[] = [];
  for (const part of chosen) {
    const known = allowed[part];
    if (!known) throw usage(`Cannot use \`${part}\` in ${flag}, expected ${[...new Set(Object.keys(allowed))].join(', ')}`);
    if (!result.includes(known)) result.push(known);
  }
  if (result.length === 0) throw usage(`${flag} needs at least one value`);
  return result;
}

function sizeOption(value: string | undefined): '16:9' | '4:3' {
  if (value === undefined || value === '16:9' || value === '4:3') return value ?? '16:9';
  throw usage(`Cannot use size \`${value}\`, expected 16:9 or 4:3`);
}

function timeoutOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d{1,9}$/.test(value) && Number(value) >= 100) return Number(value);
  throw usage(`Cannot use timeout \`${value}\`, expected milliseconds, at least 100`);
}

function portOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  if (/^\d{1,5}$/.test(value) && Number(value) <= 65535) return Number(value);
  throw usage(`Cannot use port \`${value}\`, expected a number from 0 (any free port) to 65535`);
}

function usage(message: string): RecapError {
  return new RecapError('usage', `${message} (see recapdeck --help)`);
}
