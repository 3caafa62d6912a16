import type { Command } from '../cli/args.js';
import { loadConfig } from './loadConfig.js';

type Configurable = Extract<Command, { name: 'build' | 'serve' | 'inspect' }>;

/** Config key → the flag that overrides it. */
const FLAGS = { theme: 'theme', themes: 'themes', format: 'format', decks: 'decks', out: 'out', size: 'size', browserPath: 'browser-path', pdfNotes: 'pdf-notes', checkFit: 'check-fit', allowLocalFiles: 'allow-local-files', allowRemote: 'allow-remote', timeout: 'timeout', port: 'port', host: 'host', recap: 'recap', minutes: 'minutes' } as const;

/**
 * The command with the configuration file's values filled in wherever the command line did
 * not give the flag: flags override the file, the file overrides the defaults.
 */
export async function withConfig<C extends Configurable>(command: C): Promise<C> {
  const loaded = await loadConfig(process.cwd(), command.config);
  if (!loaded) return command;
  const { config } = loaded;
  const unset = (key: keyof typeof FLAGS) => config[key] !== undefined && !command.given.includes(FLAGS[key]);
  const next: Configurable = { ...command, displayNames: config.authors ?? {}, ...(config.structure ? { structure: config.structure } : {}) };
  if (unset('allowLocalFiles') && next.name !== 'serve') next.allowLocalFiles = config.allowLocalFiles!;
  if (unset('recap')) next.recap = config.recap!;
  if (unset('minutes')) next.minutes = config.minutes!;
  if (next.name === 'inspect') return next as C;
  if (unset('theme')) next.theme = config.theme;
  if (unset('themes')) next.themesDirs = config.themes!;
  if (unset('decks')) next.decks = config.decks!;
  if (unset('size')) next.size = config.size!;
  if (unset('browserPath')) next.browserPath = config.browserPath;
  if (next.name === 'build') {
    if (unset('format')) next.formats = config.format!;
    if (unset('out')) next.out = config.out!;
    if (unset('allowRemote')) next.allowRemote = config.allowRemote!;
    if (unset('timeout')) next.timeout = config.timeout;
    if (unset('pdfNotes')) next.pdfNotes = config.pdfNotes!;
    if (unset('checkFit')) next.checkFit = config.checkFit!;
  } else {
    if (unset('port')) next.port = config.port!;
    if (unset('host')) next.host = config.host!;
  }
  return next as C;
}
