import { relative } from 'node:path';
import { build, type BuildResult } from '../pipeline/build.js';
import { KeptExporters, type ExporterSource } from '../pipeline/exporters.js';
import { exitCodes } from '../errors.js';
import type { RecapPlan } from '../plan/types.js';
import { plural } from '../plural.js';
import type { Command, Configured } from './args.js';
import { progressReporter } from './progressReporter.js';
import type { Io } from './io.js';
import { STOP_SIGNALS, stopOnSignal } from './stopOnSignal.js';
import { warningLine } from './warningLine.js';

type BuildCommand = Configured<Extract<Command, { name: 'build' }>>;

export async function runBuild(command: BuildCommand, io: Io): Promise<number> {
  if (!command.watch) return buildOnce(command, io);
  // Chromium and the renderer stay up between the watch's builds: a rebuild after one edit takes a fraction of the first.
  // When the watch stops, a build still running is aborted (and leaves the output as it was).
  const stopping = new AbortController();
  const kept = new KeptExporters(command.settings.browserPath, stopping.signal);
  try {
    return await (await import('./runWatch.js')).runWatch(
      command,
      io,
      () => buildOnce(command, io, { exporters: kept.source, signal: stopping.signal }),
      () => stopping.abort(),
    );
  } finally {
    await kept.close();
  }
}

/** One build; `watched`: one of a watch's builds, with its kept exporters, stopped when the watch stops. */
async function buildOnce(
  command: BuildCommand,
  io: Io,
  watched?: { exporters: ExporterSource; signal: AbortSignal },
): Promise<number> {
  const progress = progressReporter(
    io.stderr,
    command.quiet || command.json ? 'none' : io.stderrIsTTY ? 'bar' : 'lines',
  );
  // A watch stops on Ctrl-C by itself (runWatch); a single build stops on any signal, cleaning up.
  const stop = watched ? null : stopOnSignal();
  const stopped = () => {
    const signal = stop?.received();
    if (!signal) return null;
    io.stderr(`recapdeck: Stopped by ${signal}; the output folder is as the last finished build left it\n`);
    return STOP_SIGNALS[signal];
  };
  let result: BuildResult;
  try {
    result = await buildUntilStopped(command, progress, watched?.exporters, watched?.signal ?? stop?.signal);
  } catch (error) {
    const code = stopped();
    if (code !== null) return code;
    throw error;
  } finally {
    stop?.dispose();
  }
  // A signal while the files moved into place: they are all there, and the run still ends as stopped.
  const code = stopped();
  if (code !== null) return code;
  report(command, io, result);
  return exitCodes.ok;
}

function buildUntilStopped(
  command: BuildCommand,
  progress: ReturnType<typeof progressReporter>,
  exporters: ExporterSource | undefined,
  signal: AbortSignal | undefined,
) {
  return build({
    ...command.settings,
    files: command.files,
    stdin: command.stdin,
    onProgress: progress.report,
    exporters,
    signal,
  }).finally(progress.finish);
}

function report(command: BuildCommand, io: Io, result: BuildResult): void {
  const where = relative(process.cwd(), result.dir) || '.';
  if (command.json) {
    const { dir, manifest, decks, files, pages, timings, recapPlan } = result;
    io.stdout(
      `${JSON.stringify({ dir, manifest, warnings: result.conference.warnings, decks, files, pages, timings, recapPlan }, null, 2)}\n`,
    );
  } else if (!command.quiet) {
    for (const warning of result.conference.warnings) io.stderr(`${warningLine(warning)}\n`);
    const unchanged = result.decks.unchanged > 0 ? `, ${result.decks.unchanged} unchanged,` : '';
    if (result.recapPlan) io.stderr(`${recapPlanLine(result.recapPlan)}\n`);
    io.stderr(
      `Wrote ${plural(result.decks.made, 'deck')} (${command.settings.formats.join(', ')})${unchanged} to ${where}/ in ${result.timings.total.toFixed(1)} s — open ${where}/index.html\n`,
    );
  }
}

/**
 * "Recap: 30 slides for 20 minutes · slides per talk: 14 × 1, 2 × 2 · 3 listed without notes": the plan in
 * one line. Talks noted without a word have no slide of their own: they are listed together.
 */
export function recapPlanLine(plan: RecapPlan): string {
  const perTalk = new Map<number, number>();
  const listed = plan.talks.filter((talk) => talk.slides === 0).length;
  for (const talk of plan.talks.filter((each) => each.slides > 0))
    perTalk.set(talk.slides, (perTalk.get(talk.slides) ?? 0) + 1);
  const shares = [...perTalk]
    .sort(([a], [b]) => a - b)
    .map(([slides, talks]) => `${talks} × ${slides}`)
    .join(', ');
  const budget = plan.minutes === null ? '' : ` for ${plural(plan.minutes, 'minute')}`;
  const without = listed > 0 ? ` · ${listed} listed without notes` : '';
  return `Recap: ${plan.total} slides${budget} · slides per talk: ${shares || (listed > 0 ? 'none' : 'no talks')}${without}`;
}
