import { relative } from 'node:path';
import type { InspectResult } from '../build/inspect.js';
import { exitCodes, RecapError } from '../errors.js';
import { packageVersion } from '../packageFiles.js';
import { parseCommand, type Command } from './args.js';
import { errorLine } from './errorLine.js';
import { HELP } from './help.js';
import { warningLine } from './warningLine.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr is a terminal: progress is drawn as a bar rather than printed as lines. */
  stderrIsTTY?: boolean;
}

const processIo: Io = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text), stderrIsTTY: process.stderr.isTTY };

/** The whole CLI: argv → exit code. Errors are caught here, once, and printed as one line. */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return await execute(parseCommand(argv), io);
  } catch (error) {
    if (error instanceof RecapError) {
      io.stderr(`${errorLine(error)}\n`);
      if (process.env.DEBUG && error.cause) io.stderr(`${String((error.cause as Error).stack ?? error.cause)}\n`);
      return error.exitCode;
    }
    io.stderr(`${errorLine(error)}\n`);
    if (process.env.DEBUG) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return exitCodes.export;
  }
}

async function execute(command: Command, io: Io): Promise<number> {
  switch (command.name) {
    case 'help':
      io.stdout(HELP);
      return exitCodes.ok;
    case 'version':
      io.stdout(`${packageVersion()}\n`);
      return exitCodes.ok;
    case 'themes': {
      // Heavy modules load only for the commands that need them: --version stays fast.
      const { loadThemes, describeTheme } = await import('../themes.js');
      for (const theme of await loadThemes(command.themesDirs)) io.stdout(`${describeTheme(theme)}\n`);
      return exitCodes.ok;
    }
    case 'inspect': {
      const { inspect } = await import('../build/inspect.js');
      const configured = await configure(command);
      const result = await inspect(configured.files, { displayNames: configured.displayNames, allowLocalFiles: configured.allowLocalFiles, structure: configured.structure });
      io.stdout(command.json ? `${JSON.stringify(result, null, 2)}\n` : summarize(result));
      return exitCodes.ok;
    }
    case 'build':
      return (await import('./runBuild.js')).runBuild(await configure(command), io);
    case 'serve':
      return (await import('./runServe.js')).runServe(await configure(command), io);
  }
}

/** The config file's values where no flag was given (loaded lazily: --version and --help stay fast). */
async function configure<C extends Extract<Command, { name: 'build' | 'serve' | 'inspect' }>>(command: C): Promise<C> {
  return (await import('../config/withConfig.js')).withConfig(command);
}

function summarize(result: InspectResult): string {
  const lines = [`${result.title}${result.date ? ` (${result.date})` : ''}`];
  for (const day of result.days) {
    lines.push(`  ${day.title}`);
    for (const session of day.sessions) {
      const speakers = session.speakers.map((speaker) => speaker.name + (speaker.org ? `, ${speaker.org}` : '')).join(' & ');
      lines.push(`    ${session.title}${speakers ? ` — ${speakers}` : ''}  (${relative(process.cwd(), session.file)}:${session.line})`);
    }
  }
  const structure = result.structure;
  if (structure) {
    const read = `days: ${structure.days ?? 'none'}, talks: ${structure.talks}`;
    const runnerUp = structure.runnerUp ? `; runner-up days: ${structure.runnerUp.days ?? 'none'}, talks: ${structure.runnerUp.talks}` : '';
    lines.push(structure.source === 'inferred' ? `Read as { ${read} } (confidence ${structure.confidence}${runnerUp})` : `Read as { ${read} } (from ${structure.source})`);
  }
  for (const warning of result.warnings) lines.push(warningLine(warning));
  return `${lines.join('\n')}\n`;
}
