import { access, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/export/manifest.js';
import { EXAMPLE, ROOT, runCli, tempDir } from '../support/cli.js';

const TEAM = join(ROOT, 'test/fixtures/team');
const ONE_TALK =
  '# One Talk Conf\n\n## Keeping Secrets Out of Git - Alice Martin, Acme\n\n- Rotate keys every 90 days\n';

/** One line on stderr naming what was meant, and the exit code. */
async function expectSuggestion(args: string[], code: number, pattern: RegExp): Promise<void> {
  const result = await runCli(args);
  expect(result.code).toBe(code);
  expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(pattern)]);
}

/** The talk titles `inspect --json` reads from these notes. */
async function talks(
  args: string[],
  options: { cwd?: string; stdin?: string } = {},
): Promise<{ title: string; talks: string[] }> {
  const result = await runCli(['inspect', ...args, '--json'], options);
  expect(result.code, result.stdout + result.stderr).toBe(0);
  const model = JSON.parse(result.stdout) as { title: string; days: { sessions: { title: string }[] }[] };
  return { title: model.title, talks: model.days.flatMap((day) => day.sessions.map((session) => session.title)) };
}

describe('CLI habits (issue 16): what people type out of habit from other CLIs works', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await tempDir('recapdeck-habits-');
    await mkdir(join(dir, 'notes'));
    for (const name of ['carol.md', 'alice.md', 'bob.md']) await copyFile(join(TEAM, name), join(dir, 'notes', name));
    await writeFile(join(dir, 'notes', 'todo.txt'), 'not notes');
    await writeFile(join(dir, 'one.md'), ONE_TALK);
  });

  it('suggests the command, flag, value or theme that was meant', async () => {
    await expectSuggestion(['biuld', 'notes.md'], 2, /^recapdeck: Unknown command `biuld` \(did you mean `build`\?\)/);
    await expectSuggestion(
      ['build', EXAMPLE, '--thme', 'recap-dark'],
      2,
      /^recapdeck: Unknown option `--thme` \(did you mean `--theme`\?\)/,
    );
    await expectSuggestion(
      ['build', EXAMPLE, '--format', 'md,hmtl'],
      2,
      /^recapdeck: Cannot use `hmtl` in --format \(did you mean `html`\?\)/,
    );
    await expectSuggestion(
      ['build', EXAMPLE, '-o', join(dir, 'theme-out'), '--format', 'md', '--theme', 'recap-drk'],
      1,
      /^recapdeck: Cannot find theme `recap-drk` \(did you mean `recap-dark`\?\), expected one of: /,
    );
    // Nothing close: no guess, the list of what is accepted.
    await expectSuggestion(
      ['publish'],
      2,
      /^recapdeck: Unknown command `publish`, expected build, serve, inspect or themes/,
    );
  });

  it('shows a command’s own help for `<command> --help` and `help <command>`', async () => {
    const general = (await runCli(['--help'])).stdout;
    for (const command of ['build', 'serve', 'inspect', 'themes']) {
      const own = await runCli([command, '--help']);
      expect(own.code).toBe(0);
      expect(own.stdout).toMatch(new RegExp(`^Usage: recapdeck ${command} `));
      expect(own.stdout).not.toBe(general);
      expect((await runCli(['help', command])).stdout).toBe(own.stdout);
    }
    expect((await runCli(['build', '--help'])).stdout).toContain('--out DIR');
    expect((await runCli(['serve', '--help'])).stdout).toContain('--port N');
  });

  it('takes -o=DIR and --out=DIR', async () => {
    for (const flag of ['-o=', '--out=']) {
      const out = join(dir, `out-${flag.replace(/\W/g, '')}`);
      const result = await runCli(['build', join(dir, 'one.md'), `${flag}${out}`, '--format', 'md', '--quiet']);
      expect(result.code, result.stderr).toBe(0);
      await access(join(out, 'one/recap.md'));
    }
  });

  it('reads a folder as its .md files, expands a quoted glob, and reads - from stdin', async () => {
    const named = await talks(['notes/alice.md', 'notes/bob.md', 'notes/carol.md'], { cwd: dir });
    expect(named.talks.length).toBeGreaterThan(3);
    expect(await talks(['notes'], { cwd: dir })).toEqual(named);
    expect(await talks(['notes/*.md'], { cwd: dir })).toEqual(named);
    // Named twice (folder and file): read once.
    expect(await talks(['notes', 'notes/bob.md'], { cwd: dir })).toEqual(named);
    const noMatch = await runCli(['inspect', 'nothing-*.md'], { cwd: dir });
    expect(noMatch.code).toBe(1);
    expect(noMatch.stderr).toMatch(/^recapdeck: Cannot find notes matching `nothing-\*\.md`/);

    expect(await talks(['-'], { cwd: dir, stdin: ONE_TALK })).toEqual({
      title: 'One Talk Conf',
      talks: ['Keeping Secrets Out of Git'],
    });
    const out = join(dir, 'from-stdin');
    const built = await runCli(['build', '-', '-o', out, '--format', 'md', '--quiet'], { cwd: dir, stdin: ONE_TALK });
    expect(built.code, built.stderr).toBe(0);
    // Named after the conference, as notes with no file name of their own.
    expect(await readFile(join(out, 'one-talk-conf/recap.md'), 'utf8')).toContain('Keeping Secrets Out of Git');
    const broken = await runCli(['build', '-', '-o', out], { cwd: dir, stdin: '---\ntitle: [unclosed\n---\n# Conf\n' });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^recapdeck: <stdin>:\d+: /);
  });

  it('reports errors as JSON with --json, on stdout, and lists themes as JSON', async () => {
    const missing = await runCli(['build', 'missing.md', '--json'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('');
    expect(JSON.parse(missing.stdout)).toEqual({
      error: { code: 'input', message: 'Cannot read notes: no such file', file: 'missing.md', line: null },
    });
    const usage = await runCli(['build', '--json', '--thme', 'x'], { cwd: dir });
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stdout).error).toMatchObject({
      code: 'usage',
      message: expect.stringContaining('did you mean `--theme`'),
      file: null,
      line: null,
    });
    const located = await runCli(['inspect', '-', '--json'], {
      cwd: dir,
      stdin: '---\ntitle: [unclosed\n---\n# Conf\n',
    });
    expect(located.code).toBe(1);
    expect(JSON.parse(located.stdout).error).toMatchObject({
      code: 'input',
      file: '<stdin>',
      line: expect.any(Number),
    });

    const themes = await runCli(['themes', '--json']);
    expect(themes.code).toBe(0);
    const listed = JSON.parse(themes.stdout) as { name: string; file: string }[];
    expect(listed.map((theme) => theme.name)).toEqual(
      expect.arrayContaining(['recap-light', 'recap-dark', 'recap-poster']),
    );
    expect(listed.find((theme) => theme.name === 'recap-dark')!.file).toBe(join(ROOT, 'themes/recap-dark.css'));
  });

  it('names the marp-core version it renders with in --version', async () => {
    const marp = JSON.parse(await readFile(join(ROOT, 'node_modules/@marp-team/marp-core/package.json'), 'utf8')) as {
      version: string;
    };
    const app = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect((await runCli(['--version'])).stdout).toBe(
      `recapdeck ${app.version} (@marp-team/marp-core ${marp.version})\n`,
    );
  });

  it('says "1 deck", not "1 decks"', async () => {
    const out = join(dir, 'one-deck');
    const result = await runCli(['build', join(dir, 'one.md'), '-o', out, '--format', 'md', '--decks', 'recap']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^Wrote 1 deck \(md\) to /m);
    const manifest = JSON.parse(await readFile(join(out, 'one/manifest.json'), 'utf8')) as Manifest;
    expect(manifest.decks).toHaveLength(1);
  });
});
