import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';
import { eventually, startCli } from '../support/longRunning.js';

const NOTES = '# Conf\n\n## Day 1\n\n### Talk A - Ann Lee, Acme\n\n- first point\n';

describe('recapdeck build --watch', () => {
  it('rebuilds when the notes or a theme change, survives broken notes, stops on Ctrl-C', async () => {
    const dir = await tempDir();
    const notes = join(dir, 'talks.md');
    const themes = join(dir, 'themes');
    await mkdir(themes);
    await writeFile(notes, NOTES);
    const recap = join(dir, 'out/talks/recap.md');
    const watcher = startCli(['build', 'talks.md', '--watch', '-o', 'out', '--format', 'md', '--themes', 'themes'], { cwd: dir });
    try {
      await watcher.waitForStderr(/Watching 2 paths for changes; Ctrl-C to stop\./);
      expect(await readFile(recap, 'utf8')).toContain('- first point');

      await writeFile(notes, `${NOTES}- second point\n`);
      await eventually(async () => ((await readFile(recap, 'utf8')).includes('- second point') ? true : undefined), 20_000, 'the rebuilt recap');
      expect(watcher.stderr()).toMatch(/Changed: talks\.md\n/);

      // Broken notes: one clear error, the last good output stays, the watch goes on.
      await writeFile(notes, '+++\ntitle = = "x"\n+++\n');
      await watcher.waitForStderr(/^recapdeck: talks\.md:2: Cannot read the TOML front matter/m, 20_000);
      expect(await readFile(recap, 'utf8')).toContain('- second point');

      await writeFile(notes, `${NOTES}- third point\n`);
      await eventually(async () => ((await readFile(recap, 'utf8')).includes('- third point') ? true : undefined), 20_000, 'the recap after the fix');

      // Saved as many editors do: a new file renamed over the old one.
      await writeFile(`${notes}.swp`, `${NOTES}- fourth point\n`);
      await rename(`${notes}.swp`, notes);
      await eventually(async () => ((await readFile(recap, 'utf8')).includes('- fourth point') ? true : undefined), 20_000, 'the recap after a save by rename');

      // A new theme file in a watched themes folder triggers a build too.
      // (Waits for the change by name: a save by rename can report two changes, so counting builds races.)
      await writeFile(join(themes, 'mine.css'), '/* @theme mine */\n@import "recap-light";\n');
      await watcher.waitForStderr(/Changed: themes\/mine\.css\n(?:.*\n)*?Wrote \d+ decks/, 20_000);
    } finally {
      expect(await watcher.stop('SIGINT')).toBe(0);
    }
    expect(watcher.stderr()).toMatch(/Stopped\.\n$/);
  });
});
