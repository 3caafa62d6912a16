import { relative } from 'node:path';
import { build } from '../build/build.js';
import { KeptExporters, type ExporterSource } from '../build/exporters.js';
import { exitCodes } from '../errors.js';
import type { Command } from './args.js';
import { progressReporter } from './progressReporter.js';
import type { Io } from './run.js';
import { warningLine } from './warningLine.js';

type BuildCommand = Extract<Command, { name: 'build' }>;

export async function runBuild(command: BuildCommand, io: Io): Promise<number> {
  if (!command.watch) return buildOnce(command, io);
  // Chromium and the renderer stay up between the watch's builds: a rebuild after one edit takes a fraction of the first.
  const kept = new KeptExporters(command.browserPath);
  try {
    return await (await import('./runWatch.js')).runWatch(command, io, () => buildOnce(command, io, kept.source));
  } finally {
    await kept.close();
  }
}

async function buildOnce(command: BuildCommand, io: Io, exporters?: ExporterSource): Promise<number> {
  const progress = progressReporter(io.stderr, command.quiet || command.json ? 'none' : io.stderrIsTTY ? 'bar' : 'lines');
  const result = await build({
    files: command.files,
    out: command.out,
    theme: command.theme,
    themesDirs: command.themesDirs,
    formats: command.formats,
    decks: command.decks,
    size: command.size,
    browserPath: command.browserPath,
    pdfNotes: command.pdfNotes,
    displayNames: command.displayNames,
    structure: command.structure,
    allowLocalFiles: command.allowLocalFiles,
    allowRemote: command.allowRemote,
    timeout: command.timeout,
    onProgress: progress.report,
    exporters,
  }).finally(progress.finish);
  const where = relative(process.cwd(), result.dir) || '.';
  if (command.json) {
    const { dir, manifest, decks, files, pages, timings } = result;
    io.stdout(`${JSON.stringify({ dir, manifest, warnings: result.conference.warnings, decks, files, pages, timings }, null, 2)}\n`);
  } else if (!command.quiet) {
    for (const warning of result.conference.warnings) io.stderr(`${warningLine(warning)}\n`);
    const unchanged = result.decks.unchanged > 0 ? `, ${result.decks.unchanged} unchanged,` : '';
    io.stderr(`Wrote ${result.decks.made} decks (${command.formats.join(', ')})${unchanged} to ${where}/ in ${result.timings.total.toFixed(1)} s — open ${where}/index.html\n`);
  }
  return exitCodes.ok;
}
