import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';
import { eventually, startCli } from '../support/longRunning.js';
import { renderPages } from '../support/pixels.js';

const NOTES = '# Conf\n\n## Day 1\n\n### Talk A - Ann Lee, Acme\n\n- first point\n';

describe('recapdeck build --watch', () => {
  it('rebuilds when the notes or a theme change, survives broken notes, stops on Ctrl-C', async () => {
    const dir = await tempDir();
    const notes = join(dir, 'talks.md');
    const themes = join(dir, 'themes');
    await mkdir(themes);
    await writeFile(notes, NOTES);
    const recap = join(dir, 'out/talks/recap.md');
    const watcher = startCli(['build', 'talks.md', '--watch', '-o', 'out', '--format', 'md', '--themes', 'themes'], {
      cwd: dir,
    });
    try {
      await watcher.waitForStderr(/Watching 2 paths for changes; Ctrl-C to stop\./);
      expect(await readFile(recap, 'utf8')).toContain('- first point');

      await writeFile(notes, `${NOTES}- second point\n`);
      await eventually(
        async () => ((await readFile(recap, 'utf8')).includes('- second point') ? true : undefined),
        20_000,
        'the rebuilt recap',
      );
      expect(watcher.stderr()).toMatch(/Changed: talks\.md\n/);

      // Broken notes: one clear error, the last good output stays, the watch goes on.
      await writeFile(notes, '+++\ntitle = = "x"\n+++\n');
      await watcher.waitForStderr(/^recapdeck: talks\.md:2: Cannot read the TOML front matter/m, 20_000);
      expect(await readFile(recap, 'utf8')).toContain('- second point');

      await writeFile(notes, `${NOTES}- third point\n`);
      await eventually(
        async () => ((await readFile(recap, 'utf8')).includes('- third point') ? true : undefined),
        20_000,
        'the recap after the fix',
      );

      // Saved as many editors do: a new file renamed over the old one.
      await writeFile(`${notes}.swp`, `${NOTES}- fourth point\n`);
      await rename(`${notes}.swp`, notes);
      await eventually(
        async () => ((await readFile(recap, 'utf8')).includes('- fourth point') ? true : undefined),
        20_000,
        'the recap after a save by rename',
      );

      // A new theme file in a watched themes folder triggers a build too.
      // (Waits for the change by name: a save by rename can report two changes, so counting builds races.)
      await writeFile(join(themes, 'mine.css'), '/* @theme mine */\n@import "recap-light";\n');
      await watcher.waitForStderr(/Changed: themes\/mine\.css\n(?:.*\n)*?Wrote \d+ decks/, 20_000);
    } finally {
      expect(await watcher.stop('SIGINT')).toBe(0);
    }
    expect(watcher.stderr()).toMatch(/Stopped\.\n$/);
  });

  it('keeps Chromium and the renderer between builds: PDFs and HTML as a fresh build makes them, also after a theme edit', async () => {
    const dir = await tempDir();
    const notes = join(dir, 'talks.md');
    const theme = join(dir, 'themes/mine.css');
    await mkdir(join(dir, 'themes'));
    await writeFile(notes, `${NOTES}\n### Talk B - Bo Kim\n\n- b point\n`);
    await writeFile(theme, '/* @theme mine */\n@import "recap-light";\nsection { background: #fdf6e3; }\n');
    const watcher = startCli(
      ['build', 'talks.md', '--watch', '-o', 'out', '--format', 'html,pdf', '--themes', 'themes', '--theme', 'mine'],
      { cwd: dir },
    );
    try {
      await watcher.waitForStderr(/Watching 2 paths/, 60_000);
      await writeFile(notes, `${NOTES}\n### Talk B - Bo Kim\n\n- b point, edited\n`);
      await watcher.waitForStderr(/Wrote 2 decks \(html, pdf\), 1 unchanged/, 30_000);
      // A theme edit: the renderer parses themes as it starts, so the watch starts a new one.
      await writeFile(theme, '/* @theme mine */\n@import "recap-light";\nsection { background: #e3f6fd; }\n');
      await watcher.waitForStderr(/Changed: themes\/mine\.css\n(?:.*\n)*?Wrote 3 decks/, 30_000);
    } finally {
      expect(await watcher.stop('SIGINT')).toBe(0);
    }
    const fresh = await runCli(
      ['build', 'talks.md', '-o', 'fresh', '--format', 'html,pdf', '--themes', 'themes', '--theme', 'mine', '--quiet'],
      { cwd: dir },
    );
    expect(fresh.code).toBe(0);
    for (const file of ['recap', 'sessions/02-talk-b']) {
      const [watched, made] = [join(dir, 'out/talks', file), join(dir, 'fresh/talks', file)];
      expect(await readFile(`${watched}.html`, 'utf8')).toContain('#e3f6fd');
      // The policy names the deck's own images/ folder by its absolute path, which differs between the two builds.
      const html = async (path: string, folder: string) =>
        (await readFile(`${path}.html`, 'utf8')).replaceAll(join(dir, folder), '<out>');
      expect(await html(watched, 'out')).toBe(await html(made, 'fresh'));
      expect(await renderPages(`${watched}.pdf`)).toEqual(await renderPages(`${made}.pdf`));
    }
  }, 120_000);
});
