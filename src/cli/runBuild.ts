import { relative } from 'node:path';
import { build, type ProgressEvent } from '../build/build.js';
import { exitCodes } from '../errors.js';
import type { Command } from './args.js';
import type { Io } from './run.js';
import { warningLine } from './warningLine.js';

type BuildCommand = Extract<Command, { name: 'build' }>;

export async function runBuild(command: BuildCommand, io: Io): Promise<number> {
  if (command.watch) return (await import('./runWatch.js')).runWatch(command, io, () => buildOnce(command, io));
  return buildOnce(command, io);
}

async function buildOnce(command: BuildCommand, io: Io): Promise<number> {
  const report = (event: ProgressEvent) => {
    if (command.quiet || command.json || event.phase === 'done' || event.phase === 'model') return;
    if (event.phase !== 'pdf' || event.done === event.total) io.stderr(`${event.phase}: ${event.done}/${event.total} decks\n`);
  };
  const result = await build({
    files: command.files,
    out: command.out,
    theme: command.theme,
    themesDirs: command.themesDirs,
    formats: command.formats,
    decks: command.decks,
    size: command.size,
    browserPath: command.browserPath,
    displayNames: command.displayNames,
    allowLocalFiles: command.allowLocalFiles,
    allowRemote: command.allowRemote,
    timeout: command.timeout,
    onProgress: report,
  });
  const where = relative(process.cwd(), result.dir) || '.';
  if (command.json) {
    io.stdout(`${JSON.stringify({ dir: result.dir, manifest: result.manifest, warnings: result.conference.warnings, timings: result.timings }, null, 2)}\n`);
  } else if (!command.quiet) {
    for (const warning of result.conference.warnings) io.stderr(`${warningLine(warning)}\n`);
    io.stderr(`Wrote ${result.manifest.decks.length} decks (${command.formats.join(', ')}) to ${where}/ in ${result.timings.total.toFixed(1)} s — open ${where}/index.html\n`);
  }
  return exitCodes.ok;
}
