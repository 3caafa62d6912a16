import { access, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runCli, tempDir } from '../support/cli.js';

/** A one-line message, with no stack trace in it. */
function expectOneLineError(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('recapdeck CLI', () => {
  it('prints help and version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('recapdeck build <notes>...');
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^recapdeck \d+\.\d+\.\d+ \(@marp-team\/marp-core \d+\.\d+\.\d+\)$/);
  });

  it('prints the model with inspect --json in the documented shape', async () => {
    const result = await runCli(['inspect', EXAMPLE, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const model = JSON.parse(result.stdout);
    expect(model.title).toBe('KubeCon / Cloud Native Con Europe 2021');
    expect(model.date).toBe('2021-12-07');
    expect(model.days.map((day: { title: string }) => day.title)).toEqual(['5 May', '6 May', '7 May', 'Replays']);
    const sessions = model.days.flatMap((day: { sessions: unknown[] }) => day.sessions);
    expect(sessions).toHaveLength(16);
    const dod = sessions.find((session: { title: string }) => session.title.startsWith('How DoD'));
    expect(dod.speakers).toEqual([
      { name: 'Michael Medellin', org: 'Department of Defense' },
      { name: 'Gordon Tillman', org: 'Department of Defense' },
    ]);
    const text = await readFile(EXAMPLE, 'utf8');
    expect(text.split('\n')[dod.line - 1]).toMatch(/^### Session: How DoD Uses/);
    expect(Array.isArray(model.warnings)).toBe(true);
  });

  it('says in inspect which reading it chose, and follows a structure given in config or front matter', async () => {
    const inferred = JSON.parse((await runCli(['inspect', EXAMPLE, '--json'])).stdout);
    expect(inferred.structure).toMatchObject({ days: 'h2', talks: 'h3', source: 'inferred' });
    expect(inferred.structure.confidence).toBeGreaterThan(0);

    const dir = await tempDir();
    const notes = join(dir, 'notes.md');
    // Topics as H2 with their talks as H3: read as talks at H2 unless told otherwise.
    await writeFile(
      notes,
      '# Conf\n\n## Observability\n\n### Logs at Scale\n\n- a\n\n### Tracing 101\n\n- b\n\n## Storage\n\n### Volumes\n\n- c\n',
    );
    await writeFile(join(dir, 'recapdeck.config.json'), JSON.stringify({ structure: { days: 'h2', talks: 'h3' } }));
    const configured = await runCli(['inspect', notes, '--json'], { cwd: dir });
    expect(configured.code, configured.stderr).toBe(0);
    const model = JSON.parse(configured.stdout);
    expect(
      model.days.map((day: { title: string; sessions: { title: string }[] }) => [
        day.title,
        day.sessions.map((session) => session.title),
      ]),
    ).toEqual([
      ['Observability', ['Logs at Scale', 'Tracing 101']],
      ['Storage', ['Volumes']],
    ]);
    expect(model.structure).toMatchObject({ days: 'h2', talks: 'h3', confidence: 1, source: 'config' });
    const summary = await runCli(['inspect', notes], { cwd: dir });
    expect(summary.stdout).toContain('Read as { days: h2, talks: h3 } (from config)');

    const wrong = join(dir, 'wrong.md');
    await writeFile(wrong, '---\nstructure: { talks: h9 }\n---\n\n## A\n');
    const refused = await runCli(['inspect', wrong]);
    expect(refused.code).toBe(1);
    expectOneLineError(refused.stderr, /wrong\.md:1: .*Cannot read the front matter `structure`/);
  });

  it('lists themes and builds with the dark one', async () => {
    const themes = await runCli(['themes']);
    expect(themes.code).toBe(0);
    expect(themes.stdout).toMatch(/^recap-light\b/m);
    expect(themes.stdout).toMatch(/^recap-dark\b/m);
    const out = await tempDir();
    const build = await runCli(['build', EXAMPLE, '-o', out, '--theme', 'recap-dark', '--format', 'md', '--quiet']);
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).toBe('');
    expect(await readFile(join(out, 'kubecon-eu-2021/recap.md'), 'utf8')).toContain('theme: recap-dark');
  });

  it('exits 1 on an unknown theme and lists the available ones', async () => {
    const result = await runCli(['build', EXAMPLE, '-o', await tempDir(), '--theme', 'nope']);
    expect(result.code).toBe(1);
    expectOneLineError(
      result.stderr,
      /Cannot find theme `nope`, expected one of: .*recap-dark.*recap-light|recap-light.*recap-dark/,
    );
  });

  it('exits 1 naming a theme file without a name', async () => {
    const themes = await tempDir();
    await writeFile(join(themes, 'broken.css'), 'section { color: red; }');
    const result = await runCli(['build', EXAMPLE, '-o', await tempDir(), '--themes', themes, '--format', 'md']);
    expect(result.code).toBe(1);
    expectOneLineError(result.stderr, /broken\.css:1: Cannot use theme without a name/);
  });

  it('exits 1 naming a theme file whose CSS does not parse, and writes nothing', async () => {
    const themes = await tempDir();
    await writeFile(join(themes, 'unclosed.css'), '/* @theme unclosed */\nsection { color: red;\nh1 {\n');
    const out = await tempDir();
    const result = await runCli(['build', EXAMPLE, '-o', out, '--themes', themes, '--format', 'md']);
    expect(result.code).toBe(1);
    expectOneLineError(result.stderr, /unclosed\.css:3: Cannot read theme CSS: Unclosed block/);
    expect(await readdir(out)).toEqual([]);
  });

  it('builds with a user theme from --themes that imports a built-in one', async () => {
    const themes = await tempDir();
    await writeFile(
      join(themes, 'mine.css'),
      "/* @theme mine */\n@import 'recap-poster';\nsection { --accent: #0a7; }\n",
    );
    const out = await tempDir();
    const result = await runCli([
      'build',
      EXAMPLE,
      '-o',
      out,
      '--themes',
      themes,
      '--theme',
      'mine',
      '--format',
      'md,html',
      '--decks',
      'recap',
      '--quiet',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const html = await readFile(join(out, 'kubecon-eu-2021', 'recap.html'), 'utf8');
    expect(html).toContain('#0a7');
    expect(html).toContain('DejaVu Serif');
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [
      ['build'],
      ['frobnicate'],
      ['build', EXAMPLE, '--format', 'docx'],
      ['build', EXAMPLE, '--bogus'],
    ]) {
      const result = await runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expectOneLineError(result.stderr, /^recapdeck: .*\(see recapdeck --help\)$/);
    }
  });

  it('exits 1 with file:line on broken front matter, and writes nothing', async () => {
    const dir = await tempDir();
    const notes = join(dir, 'broken.md');
    await writeFile(notes, '+++\ntitle = "Broken"\ndate = = 2021\n+++\n\n## Day\n');
    const out = join(dir, 'out');
    const result = await runCli(['build', notes, '-o', out]);
    expect(result.code).toBe(1);
    expectOneLineError(result.stderr, /broken\.md:3: Cannot read the TOML front matter/);
    await expect(access(out)).rejects.toThrow();
  });

  it('exits 1 on a missing notes file', async () => {
    const result = await runCli(['build', 'no/such/notes.md', '-o', await tempDir()]);
    expect(result.code).toBe(1);
    expectOneLineError(result.stderr, /no\/such\/notes\.md: Cannot read notes: no such file/);
  });

  it('writes md and html but exits 3 when no browser can be found', async () => {
    const out = await tempDir();
    // An empty PATH and no browser variables: nothing to find (the CLI itself runs by node's absolute path).
    const env = { PATH: await tempDir('recapdeck-empty-path-'), HOME: process.env.HOME ?? '/tmp' };
    const result = await runCli(['build', EXAMPLE, '-o', out], { env });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/Cannot export PDF: no Chromium or Chrome found; install Chromium/);
    const dir = join(out, 'kubecon-eu-2021');
    const files = await readdir(dir);
    expect(files).toEqual(expect.arrayContaining(['recap.md', 'recap.html', 'index.html', 'manifest.json']));
    expect(files).not.toContain('recap.pdf');
    expect((await readdir(join(dir, 'sessions'))).filter((name) => name.endsWith('.pdf'))).toEqual([]);
    expect((await readdir(out)).filter((name) => name.startsWith('.recapdeck-tmp'))).toEqual([]);
  });

  it('exits 3 naming the output path when it cannot be written', async () => {
    const dir = await tempDir();
    const blocker = join(dir, 'file');
    await writeFile(blocker, 'not a folder');
    const result = await runCli(['build', EXAMPLE, '-o', join(blocker, 'out'), '--format', 'md']);
    expect(result.code).toBe(3);
    expectOneLineError(result.stderr, /Cannot write `.*file\/out.*`/);
  });

  it('keeps earlier outputs whole when a rebuild fails', async () => {
    const out = await tempDir();
    const dir = await tempDir();
    const notes = join(dir, 'talks.md');
    await writeFile(notes, '# Conf\n\n## Day 1\n\n### Talk A - Ann Lee, Acme\n\n- one\n- two\n');
    expect((await runCli(['build', notes, '-o', out, '--format', 'md'])).code).toBe(0);
    const before = await readFile(join(out, 'talks/recap.md'), 'utf8');
    await writeFile(notes, '+++\ntitle = \n+++\n');
    expect((await runCli(['build', notes, '-o', out, '--format', 'md'])).code).toBe(1);
    expect(await readFile(join(out, 'talks/recap.md'), 'utf8')).toBe(before);
    await mkdir(join(out, 'unrelated'), { recursive: true });
  });
});

describe('the test harness (runCli)', () => {
  it('stops a CLI run that outlives its time, leaving no process behind', async () => {
    const out = await tempDir();
    const result = await runCli(['build', EXAMPLE, '-o', out, '--format', 'md', '--watch'], { timeoutMs: 4_000 });
    expect(result.code).toBe(-1);
    expect(result.stderr).toContain('(stopped after 4 s)');
    // Nothing still runs with this output folder on its command line.
    const running: string[] = [];
    for (const entry of await readdir('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const command = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
      if (command.includes(out)) running.push(entry);
    }
    expect(running).toEqual([]);
  });
});
