import { relative } from 'node:path';
import { exitCodes } from '../errors.js';
import { plural } from '../plural.js';
import { inputPaths } from '../watch/inputPaths.js';
import { waitForStop } from './waitForStop.js';
import { watchFiles } from '../watch/watchFiles.js';
import type { Command, Configured } from './args.js';
import { errorLine } from './errorLine.js';
import type { Io } from './io.js';

type BuildCommand = Configured<Extract<Command, { name: 'build' }>>;

/**
 * `recapdeck build --watch`: builds, then builds again each time a notes or theme file is
 * saved, until Ctrl-C. A failed build is reported and the watch goes on. `stop` aborts a build
 * that is running when the watch stops.
 */
export async function runWatch(
  command: BuildCommand,
  io: Io,
  buildOnce: () => Promise<number>,
  stop: () => void,
): Promise<number> {
  let stopping = false;
  // A build still running stops at once (nothing of it reaches the output folder), not when it is done.
  const stopped = waitForStop().then(() => {
    stopping = true;
    stop();
  });
  const attempt = async () => {
    try {
      await buildOnce();
    } catch (error) {
      // A build the stop aborted is not a failure to report.
      if (!stopping) io.stderr(`${errorLine(error)}\n`);
    }
  };
  await attempt();
  if (!stopping) {
    const { paths, accept } = inputPaths({ files: command.files, ...command.settings });
    const watcher = await watchFiles(paths, accept, async (changed) => {
      if (!command.quiet) io.stderr(`Changed: ${changed.map((file) => relative(process.cwd(), file)).join(', ')}\n`);
      await attempt();
    });
    if (!command.quiet) io.stderr(`Watching ${plural(paths.length, 'path')} for changes; Ctrl-C to stop.\n`);
    await stopped;
    await watcher.close();
  }
  if (!command.quiet) io.stderr('Stopped.\n');
  return exitCodes.ok;
}
