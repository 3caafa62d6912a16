import { relative } from 'node:path';
import { exitCodes } from '../errors.js';
import { plural } from '../plural.js';
import { inputPaths } from '../watch/inputPaths.js';
import { LiveReload } from '../serve/liveReload.js';
import { LiveSite } from '../serve/liveSite.js';
import { startServer } from '../serve/startServer.js';
import { waitForStop } from './waitForStop.js';
import { watchFiles } from '../watch/watchFiles.js';
import type { Command, Configured } from './args.js';
import { errorLine } from './errorLine.js';
import type { Io } from './io.js';
import { warningLine } from './warningLine.js';

type ServeCommand = Configured<Extract<Command, { name: 'serve' }>>;

/**
 * `recapdeck serve`: the decks on a local web server, rebuilt and reloaded in the browser each
 * time a notes or theme file is saved, PDFs made when asked for, until Ctrl-C.
 */
export async function runServe(command: ServeCommand, io: Io): Promise<number> {
  // Listening first: a Ctrl-C while the site is being made still closes everything.
  const stopped = waitForStop();
  const say = (text: string) => command.quiet || io.stderr(text);
  const site = await LiveSite.open(command.files, command.settings);
  const reload = new LiveReload();
  try {
    const first = await site.refresh();
    for (const warning of first.conference.warnings) say(`${warningLine(warning)}\n`);
    const server = await startServer(
      site,
      reload,
      { host: command.settings.host, port: command.settings.port },
      (error) => io.stderr(`${errorLine(error)}\n`),
    );
    try {
      say(
        `Serving ${plural(first.total, 'deck')} of "${first.conference.title}" at ${server.url}\nSave a notes or theme file to rebuild; open pages reload. Ctrl-C to stop.\n`,
      );
      if (command.open) await openBrowser(server.url, io);
      const { paths, accept } = inputPaths({ files: command.files, ...command.settings });
      const watcher = await watchFiles(paths, accept, async (changed) => {
        const started = performance.now();
        try {
          const result = await site.refresh();
          reload.reload(result.changed);
          const files = changed.map((file) => relative(process.cwd(), file)).join(', ');
          say(
            `Rebuilt ${result.rebuilt} of ${plural(result.total, 'deck')} in ${((performance.now() - started) / 1000).toFixed(2)} s (${files})\n`,
          );
        } catch (error) {
          io.stderr(`${errorLine(error)}\n`);
          reload.problem(errorLine(error));
        }
      });
      await stopped;
      await watcher.close();
    } finally {
      await server.close();
    }
  } finally {
    await site.close();
  }
  say('Stopped.\n');
  return exitCodes.ok;
}

/** `--open`: the system's browser (xdg-open, open, start); failing to open one is not fatal. */
async function openBrowser(url: string, io: Io): Promise<void> {
  try {
    const { default: open } = await import('open');
    await open(url);
  } catch (error) {
    io.stderr(
      `warning: cannot open a browser (${error instanceof Error ? error.message : String(error)}); open ${url} yourself\n`,
    );
  }
}
