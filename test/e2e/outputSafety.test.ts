import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

/** Notes of one day with two talks, titled `title`; a talk per entry of `talks`. */
function dayNotes(title: string, day: string, talks: string[]): string {
  return `---\ntitle: ${title}\n---\n\n# ${day}\n\n${talks.map((talk) => `## ${talk}\n\n- A point about ${talk}\n- Another point\n`).join('\n')}`;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

describe('a build never removes or overwrites what recapdeck did not write (CLI)', () => {
  it('refuses, with exit 2, an output folder that holds the notes it reads, and leaves them whole', async () => {
    const work = await tempDir('recapdeck-own-notes-');
    const days = join(work, 'kubecon', 'days');
    await mkdir(days, { recursive: true });
    const monday = dayNotes('KubeCon', 'Monday', ['Service Mesh Patterns', 'Testing Configs']);
    const tuesday = dayNotes('KubeCon', 'Tuesday', ['Scaling Prometheus', 'Operators']);
    await writeFile(join(days, '01-monday.md'), monday);
    await writeFile(join(days, '02-tuesday.md'), tuesday);

    // Two files merge into a recap named after their title: ./kubecon/, whose days/ holds the notes.
    const result = await runCli(
      [
        'build',
        'kubecon/days/01-monday.md',
        'kubecon/days/02-tuesday.md',
        '-o',
        '.',
        '--format',
        'md',
        '--decks',
        'recap,sessions,days',
      ],
      { cwd: work },
    );
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr.trim()).toBe(
      'recapdeck: Cannot write into `kubecon`: it holds the notes `kubecon/days/01-monday.md` being read; choose another folder with --out',
    );
    expect(await readFile(join(days, '01-monday.md'), 'utf8')).toBe(monday);
    expect(await readFile(join(days, '02-tuesday.md'), 'utf8')).toBe(tuesday);
    expect(await filesUnder(join(work, 'kubecon'))).toEqual(['days/01-monday.md', 'days/02-tuesday.md']);
  });

  it('refuses an output folder whose sessions/ is a link to the notes folder', async () => {
    const work = await tempDir('recapdeck-linked-notes-');
    await mkdir(join(work, 'notes'));
    await writeFile(join(work, 'notes', '01-talk.md'), dayNotes('Conf', 'Day', ['A Talk']));
    await mkdir(join(work, 'out', '01-talk'), { recursive: true });
    const { symlink } = await import('node:fs/promises');
    await symlink(join(work, 'notes'), join(work, 'out', '01-talk', 'sessions'));
    const result = await runCli(['build', 'notes/01-talk.md', '-o', 'out', '--format', 'md'], { cwd: work });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain('it holds the notes `notes/01-talk.md` being read');
    expect(await readdir(join(work, 'notes'))).toEqual(['01-talk.md']);
  });

  it("keeps a folder's own files, says so, and keeps a file in its way under a new name", async () => {
    const work = await tempDir('recapdeck-foreign-');
    await writeFile(join(work, 'photos.md'), dayNotes('Photos', 'Day', ['One Talk']));
    const folder = join(work, 'out', 'photos');
    await mkdir(join(folder, 'sessions'), { recursive: true });
    // Someone's files, named as recapdeck names its own.
    await writeFile(join(folder, 'sessions', '05-holiday.md'), 'my holiday notes\n');
    await writeFile(join(folder, 'index.html'), '<p>my photo index</p>\n');

    const result = await runCli(['build', 'photos.md', '-o', 'out', '--format', 'md'], { cwd: work });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      'warning: out/photos: Writing into a folder with files that recapdeck did not write',
    );
    const aside =
      /Kept `index\.html`, which recapdeck did not write or which was edited since, as `(index\.edited-\d{8}-\d{6}\.html)`/.exec(
        result.stderr,
      );
    expect(aside, result.stderr).not.toBeNull();
    expect(await readFile(join(folder, aside![1]!), 'utf8')).toBe('<p>my photo index</p>\n');
    expect(await readFile(join(folder, 'sessions', '05-holiday.md'), 'utf8')).toBe('my holiday notes\n');
    expect(await readFile(join(folder, 'index.html'), 'utf8')).toContain('recap.md');

    // A second build has a record of its own files: no warning, and the folder's own files still stay.
    const again = await runCli(['build', 'photos.md', '-o', 'out', '--format', 'md'], { cwd: work });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).not.toContain('warning:');
    expect(await readFile(join(folder, 'sessions', '05-holiday.md'), 'utf8')).toBe('my holiday notes\n');
  });

  it('removes the decks of an earlier build that this one did not make, unless edited since', async () => {
    const work = await tempDir('recapdeck-stale-');
    const notes = join(work, 'conf.md');
    await writeFile(notes, dayNotes('Conf', 'Day', ['First Talk', 'Second Talk', 'Third Talk']));
    expect((await runCli(['build', 'conf.md', '-o', 'out', '--format', 'md'], { cwd: work })).code).toBe(0);
    const sessions = join(work, 'out', 'conf', 'sessions');
    expect(await readdir(sessions)).toEqual(['01-first-talk.md', '02-second-talk.md', '03-third-talk.md']);
    await writeFile(join(sessions, '02-second-talk.md'), 'edited by hand\n');

    await writeFile(notes, dayNotes('Conf', 'Day', ['First Talk']));
    const result = await runCli(['build', 'conf.md', '-o', 'out', '--format', 'md'], { cwd: work });
    expect(result.code, result.stderr).toBe(0);
    expect(await readdir(sessions)).toEqual(['01-first-talk.md', '02-second-talk.md']);
    expect(await readFile(join(sessions, '02-second-talk.md'), 'utf8')).toBe('edited by hand\n');
    expect(result.stderr).toContain(
      'warning: out/conf: Left `sessions/02-second-talk.md` in place: an earlier build wrote it, and it was changed since',
    );
  });

  it('keeps a hand-edited recap.md as recap.edited-<time>.md, with one line naming it', async () => {
    const work = await tempDir('recapdeck-edited-');
    await writeFile(join(work, 'conf.md'), dayNotes('Conf', 'Day', ['First Talk']));
    expect((await runCli(['build', 'conf.md', '-o', 'out', '--format', 'md'], { cwd: work })).code).toBe(0);
    const recap = join(work, 'out', 'conf', 'recap.md');
    const edited = `${await readFile(recap, 'utf8')}\n---\n\n# My own closing slide\n`;
    await writeFile(recap, edited);

    const result = await runCli(['build', 'conf.md', '-o', 'out', '--format', 'md'], { cwd: work });
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stderr.split('\n').filter((line) => line.includes('recap.edited-'));
    expect(lines).toHaveLength(1);
    const name = /`(recap\.edited-\d{8}-\d{6}\.md)`/.exec(lines[0]!)![1]!;
    expect(await readFile(join(work, 'out', 'conf', name), 'utf8')).toBe(edited);
    expect(await readFile(recap, 'utf8')).not.toContain('My own closing slide');
  });
});
