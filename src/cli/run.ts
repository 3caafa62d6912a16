import { relative } from 'node:path';
import type { InspectResult } from '../pipeline/inspect.js';
import { exitCodes, RecapError } from '../errors.js';
import { bundledVersion, packageVersion } from '../packageFiles.js';
import { settingsFrom } from '../settings.js';
import { parseCommand, type Command, type Configurable, type Configured } from './args.js';
import { errorJson, errorLine } from './errorLine.js';
import { expandInputs, readStdin, STDIN } from './expandInputs.js';
import { COMMAND_HELP, HELP } from './help.js';
import type { Io } from './io.js';
import { warningLine } from './warningLine.js';

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY,
};

/**
 * The whole CLI: argv → exit code. Errors are caught here, once, and printed as one line on stderr;
 * with --json as one JSON object on stdout instead (`{"error": {"code", "message", "file", "line"}}`),
 * where a program reading the output looks.
 */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return await execute(parseCommand(argv), io);
  } catch (error) {
    // Asked for before the command line is known to parse: a usage error is JSON too.
    if (argv.includes('--json')) io.stdout(`${JSON.stringify(errorJson(error))}\n`);
    else io.stderr(`${errorLine(error)}\n`);
    const detail = error instanceof RecapError ? error.cause : error;
    if (process.env.DEBUG && detail) io.stderr(`${String((detail as Error).stack ?? detail)}\n`);
    return error instanceof RecapError ? error.exitCode : exitCodes.export;
  }
}

async function execute(command: Command, io: Io): Promise<number> {
  switch (command.name) {
    case 'help':
      io.stdout(command.topic ? COMMAND_HELP[command.topic] : HELP);
      return exitCodes.ok;
    case 'version': {
      const marp = bundledVersion('@marp-team/marp-core');
      io.stdout(`recapdeck ${packageVersion()}${marp ? ` (@marp-team/marp-core ${marp})` : ''}\n`);
      return exitCodes.ok;
    }
    case 'themes': {
      // Heavy modules load only for the commands that need them: --version stays fast.
      const { loadThemes, describeTheme } = await import('../themes.js');
      const themes = await loadThemes(command.themesDirs);
      if (command.json)
        io.stdout(
          `${JSON.stringify(
            themes.map(({ name, file }) => ({ name, file })),
            null,
            2,
          )}\n`,
        );
      else for (const theme of themes) io.stdout(`${describeTheme(theme)}\n`);
      return exitCodes.ok;
    }
    case 'inspect': {
      const { inspect } = await import('../pipeline/inspect.js');
      const { files, stdin, settings } = await configure(command);
      const result = await inspect(files, {
        displayNames: settings.displayNames,
        allowLocalFiles: settings.allowLocalFiles,
        stdin,
        recap: settings.recap,
        minutes: settings.minutes,
        structure: settings.structure,
      });
      io.stdout(command.json ? `${JSON.stringify(result, null, 2)}\n` : summarize(result));
      return exitCodes.ok;
    }
    case 'build':
      return (await import('./runBuild.js')).runBuild(await configure(command), io);
    case 'serve':
      return (await import('./runServe.js')).runServe(await configure(command), io);
  }
}

/**
 * The notes files the command names (folders and globs expanded, stdin read for `-`), and its
 * settings: flags over the config file over the defaults (the config loaded lazily: --version and
 * --help stay fast).
 */
async function configure<C extends Extract<Command, Configurable>>(command: C): Promise<Configured<C>> {
  const files = await expandInputs(command.files);
  const stdin = files.includes(STDIN) ? await readStdin() : undefined;
  const fromConfig = await (await import('../config/withConfig.js')).configSettings(command.config);
  return Object.assign({ ...command, files }, stdin ? { stdin } : {}, {
    settings: settingsFrom(fromConfig, command.flags),
  });
}

function summarize(result: InspectResult): string {
  const lines = [`${result.title}${result.date ? ` (${result.date})` : ''}`];
  for (const day of result.days) {
    lines.push(`  ${day.title}`);
    for (const session of day.sessions) {
      const speakers = session.speakers
        .map((speaker) => speaker.name + (speaker.org ? `, ${speaker.org}` : ''))
        .join(' & ');
      lines.push(
        `    ${session.title}${speakers ? ` — ${speakers}` : ''}  (${relative(process.cwd(), session.file)}:${session.line})`,
      );
    }
  }
  const structure = result.structure;
  if (structure) {
    const read = `days: ${structure.days ?? 'none'}, talks: ${structure.talks}`;
    const runnerUp = structure.runnerUp
      ? `; runner-up days: ${structure.runnerUp.days ?? 'none'}, talks: ${structure.runnerUp.talks}`
      : '';
    lines.push(
      structure.source === 'inferred'
        ? `Read as { ${read} } (confidence ${structure.confidence}${runnerUp})`
        : `Read as { ${read} } (from ${structure.source})`,
    );
  }
  for (const warning of result.warnings) lines.push(warningLine(warning));
  return `${lines.join('\n')}\n`;
}
