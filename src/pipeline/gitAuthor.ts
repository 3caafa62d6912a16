import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';

/** Long enough for a large repository's history, short enough not to hold a build up. */
const GIT_TIMEOUT_MS = 5000;

/**
 * The name of the last git author of a notes file, or null when git is missing, the file is not
 * in a repository, not committed, or git takes too long: a team recap's "Notes by" for notes
 * whose front matter names no author. git runs without a shell, in the file's folder.
 */
export function gitAuthor(file: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['log', '-1', '--format=%an', '--', basename(file)],
      { cwd: dirname(file), timeout: GIT_TIMEOUT_MS, windowsHide: true },
      (error, stdout) => {
        const name = error ? '' : stdout.trim();
        resolve(name === '' ? null : name);
      },
    );
  });
}
