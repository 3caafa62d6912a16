import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { ROOT } from './cli.js';

const MARP = join(ROOT, 'node_modules/@marp-team/marp-cli/marp-cli.js');

/** marp-cli (a devDependency), run as a user runs it in the conference folder. */
export function marp(args: string[], cwd: string, browser: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [MARP, ...args],
      { cwd, env: { ...process.env, CHROME_PATH: browser }, timeout: 100_000 },
      (error, _stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stderr }),
    );
  });
}

/** A full Chromium or Chrome on PATH: marp-cli does not drive the headless shell that recapdeck prefers. */
export async function fullBrowser(): Promise<string | null> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
      if (
        await access(join(dir, name)).then(
          () => true,
          () => false,
        )
      )
        return join(dir, name);
    }
  }
  return null;
}
