import { parseArgs } from 'node:util';
import { didYouMean } from '../didYouMean.js';
import { RecapError } from '../errors.js';
import type { DeckKind } from '../plan/types.js';
import type { RecapKind } from '../plan/planDecks.js';
import type { Settings } from '../settings.js';

export const COMMANDS = ['build', 'serve', 'inspect', 'themes'] as const;
export type CommandName = (typeof COMMANDS)[number];

export type Command =
  | { name: 'help'; topic?: CommandName }
  | { name: 'version' }
  | { name: 'themes'; themesDirs: string[]; json: boolean }
  | ({ name: 'inspect'; json: boolean } & Configurable)
  | ({ name: 'build'; json: boolean; quiet: boolean; watch: boolean } & Configurable)
  | ({ name: 'serve'; open: boolean; quiet: boolean } & Configurable);

/**
 * A command that reads notes: the files, the settings its flags give (only those given: the config
 * file and the defaults fill in the rest, see src/settings.ts) and where the config file is.
 */
export interface Configurable {
  files: string[];
  /** The notes of the file `-`, read from stdin once the command line is parsed (see run.ts). */
  stdin?: Uint8Array | undefined;
  /** `--config`: the config file to read instead of looking for one. */
  config: string | undefined;
  flags: Partial<Settings>;
}

/** A command with its settings made: flags over the config file over the defaults. */
export type Configured<C extends Configurable> = C & { settings: Settings };

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  theme: { type: 'string' },
  themes: { type: 'string', multiple: true },
  format: { type: 'string' },
  decks: { type: 'string' },
  size: { type: 'string' },
  'browser-path': { type: 'string' },
  'pdf-notes': { type: 'boolean' },
  'check-fit': { type: 'boolean' },
  'allow-local-files': { type: 'boolean' },
  'allow-remote': { type: 'boolean' },
  timeout: { type: 'string' },
  recap: { type: 'string' },
  minutes: { type: 'string' },
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

const DECK_NAMES: Record<string, DeckKind> = {
  recap: 'recap',
  sessions: 'session',
  session: 'session',
  days: 'day',
  day: 'day',
};

/** argv (without node and script) → the command to run; a usage error for anything else. */
export function parseCommand(argv: string[]): Command {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>
  >;
  try {
    parsed = parseArgs({
      args: argv.flatMap(splitShortEquals),
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usage(parseErrorMessage(error as Error & { code?: string }));
  }
  const { values, positionals } = parsed;
  const [name, ...files] = positionals;
  const recapFlags = (): Partial<Settings> => ({
    recap: recapOption(values.recap),
    minutes: minutesOption(values.minutes),
  });
  const flags = (): Partial<Settings> => ({
    ...recapFlags(),
    theme: values.theme,
    themesDirs: values.themes,
    decks: values.decks === undefined ? undefined : listOption(values.decks, '--decks', DECK_NAMES),
    size: sizeOption(values.size),
    browserPath: values['browser-path'],
  });
  if (values.version) return { name: 'version' };
  if (values.help || name === undefined || name === 'help') {
    // `build --help` and `help build` show build's own help.
    const topic = name === 'help' ? files[0] : name;
    return topic === undefined ? { name: 'help' } : { name: 'help', topic: commandName(topic) };
  }
  switch (name) {
    case 'themes':
      return { name: 'themes', themesDirs: values.themes ?? [], json: values.json ?? false };
    case 'inspect':
      requireFiles(files, 'inspect');
      return {
        name: 'inspect',
        files,
        json: values.json ?? false,
        config: values.config,
        flags: { ...recapFlags(), allowLocalFiles: values['allow-local-files'] },
      };
    case 'build':
      requireFiles(files, 'build');
      if (values.watch && files.includes('-'))
        throw usage('Cannot watch notes read from stdin (-), expected notes files');
      return {
        name: 'build',
        files,
        json: values.json ?? false,
        quiet: values.quiet ?? false,
        watch: values.watch ?? false,
        config: values.config,
        flags: {
          ...flags(),
          out: values.out,
          formats:
            values.format === undefined
              ? undefined
              : listOption(values.format, '--format', { md: 'md', html: 'html', pdf: 'pdf', pptx: 'pptx' }),
          pdfNotes: values['pdf-notes'],
          allowLocalFiles: values['allow-local-files'],
          checkFit: values['check-fit'],
          allowRemote: values['allow-remote'],
          timeout: timeoutOption(values.timeout),
        },
      };
    case 'serve':
      requireFiles(files, 'serve');
      if (files.includes('-'))
        throw usage('Cannot serve notes read from stdin (-), expected notes files: serve rebuilds when they are saved');
      return {
        name: 'serve',
        files,
        open: values.open ?? false,
        quiet: values.quiet ?? false,
        config: values.config,
        flags: { ...flags(), port: portOption(values.port), host: values.host },
      };
    default:
      throw unknownCommand(name);
  }
}

/** A command's name, or a usage error that names the nearest command. */
function commandName(name: string): CommandName {
  const known = COMMANDS.find((command) => command === name);
  if (known) return known;
  throw unknownCommand(name);
}

function unknownCommand(name: string): RecapError {
  return usage(`Unknown command \`${name}\`${didYouMean(name, COMMANDS)}, expected build, serve, inspect or themes`);
}

/** Short options with a value written `-o=DIR`, as many tools accept: `-o DIR` (parseArgs would take `=DIR`). */
function splitShortEquals(arg: string): string[] {
  const match = /^-([a-zA-Z])=(.*)$/s.exec(arg);
  const takesValue =
    match &&
    Object.values(OPTIONS).some((option) => 'short' in option && option.short === match[1] && option.type === 'string');
  return takesValue ? [`-${match[1]}`, match[2]!] : [arg];
}

/** parseArgs' message in one line, without its hint about `--`, with the nearest flag for an unknown one. */
function parseErrorMessage(error: Error & { code?: string }): string {
  const message = error.message.split('\n')[0]!.replace(/\. To specify.*$/, '');
  const unknown = /^Unknown option '(--[^']+)'/.exec(message);
  if (error.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || !unknown) return message;
  return `Unknown option \`${unknown[1]}\`${didYouMean(
    unknown[1]!,
    Object.keys(OPTIONS).map((flag) => `--${flag}`),
  )}`;
}

function requireFiles(files: string[], command: string): void {
  if (files.length === 0) throw usage(`Missing notes files: recapdeck ${command} <notes.md>...`);
}

function listOption<T extends string>(value: string, flag: string, allowed: Record<string, T>): T[] {
  const chosen = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const result: T[] = [];
  for (const part of chosen) {
    const known = allowed[part];
    if (!known)
      throw usage(
        `Cannot use \`${part}\` in ${flag}${didYouMean(part, Object.keys(allowed))}, expected ${[...new Set(Object.keys(allowed))].join(', ')}`,
      );
    if (!result.includes(known)) result.push(known);
  }
  if (result.length === 0) throw usage(`${flag} needs at least one value`);
  return result;
}

function sizeOption(value: string | undefined): '16:9' | '4:3' | undefined {
  if (value === undefined || value === '16:9' || value === '4:3') return value;
  throw usage(`Cannot use size \`${value}\`, expected 16:9 or 4:3`);
}

function recapOption(value: string | undefined): RecapKind | undefined {
  if (value === undefined || value === 'brief' || value === 'full') return value;
  throw usage(`Cannot use recap \`${value}\`, expected brief or full`);
}

function minutesOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d{1,4}$/.test(value) && Number(value) >= 1) return Number(value);
  throw usage(`Cannot use minutes \`${value}\`, expected a whole number of minutes, at least 1`);
}

function timeoutOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d{1,9}$/.test(value) && Number(value) >= 100) return Number(value);
  throw usage(`Cannot use timeout \`${value}\`, expected milliseconds, at least 100`);
}

function portOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d{1,5}$/.test(value) && Number(value) <= 65535) return Number(value);
  throw usage(`Cannot use port \`${value}\`, expected a number from 0 (any free port) to 65535`);
}

function usage(message: string): RecapError {
  return new RecapError('usage', `${message} (see recapdeck --help)`);
}
