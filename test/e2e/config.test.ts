import { access, copyFile, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../support/cli.js';

const FIXTURES = join(ROOT, 'test/fixtures/team');

/** A team folder: Alice's and Carol's notes, plus the given files. */
async function teamFolder(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('recapdeck-config-test-');
  for (const name of ['alice.md', 'carol.md']) await copyFile(join(FIXTURES, name), join(dir, name));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

const CONFIG = {
  theme: 'recap-dark',
  decks: ['recap'],
  format: ['md'],
  out: 'decks',
  size: '4:3',
  authors: { alice: 'Alice Martin', carol: 'Carol Diaz' },
};

describe('recapdeck.config.json', () => {
  it('sets theme, decks, formats, output folder, size and display names', async () => {
    const dir = await teamFolder({ 'recapdeck.config.json': JSON.stringify(CONFIG, null, 2) });
    const result = await runCli(['build', 'alice.md', 'carol.md', '--quiet'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const out = join(dir, 'decks/kubecon-2022');
    expect((await readdir(out)).sort()).toEqual([
      '.recapdeck-cache.json',
      '.vscode',
      'index.html',
      'manifest.json',
      'recap.md',
      'themes',
    ]);
    const recap = await readFile(join(out, 'recap.md'), 'utf8');
    expect(recap).toMatch(/^---\nmarp: true\ntheme: recap-dark\npaginate: true\nsize: 4:3\n/);
    expect(recap).toContain('Notes by Alice Martin, Carol Diaz');
    expect(recap).toContain('notes: Alice Martin, Carol Diaz');
  });

  it('gives way to flags', async () => {
    const dir = await teamFolder({ 'recapdeck.config.json': JSON.stringify(CONFIG) });
    const result = await runCli(
      [
        'build',
        'alice.md',
        'carol.md',
        '--theme',
        'recap-light',
        '-o',
        'other',
        '--decks',
        'recap,sessions',
        '--size',
        '16:9',
        '--quiet',
      ],
      { cwd: dir },
    );
    expect(result.code, result.stderr).toBe(0);
    const out = join(dir, 'other/kubecon-2022');
    const recap = await readFile(join(out, 'recap.md'), 'utf8');
    expect(recap).toMatch(/^---\nmarp: true\ntheme: recap-light\npaginate: true\nsize: 16:9\n/);
    // Flags not given still come from the file: md only, and the display names.
    expect((await readdir(join(out, 'sessions'))).every((name) => name.endsWith('.md'))).toBe(true);
    expect(recap).toContain('Notes by Alice Martin, Carol Diaz');
    await expect(access(join(dir, 'decks'))).rejects.toThrow();
  });

  it('is read from a `recapdeck` key in package.json, and renames authors in inspect', async () => {
    const dir = await teamFolder({
      'package.json': JSON.stringify(
        { name: 'team-notes', private: true, recapdeck: { authors: { carol: 'Carol Diaz' } } },
        null,
        2,
      ),
    });
    const result = await runCli(['inspect', 'alice.md', 'carol.md', '--json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).authors).toEqual(['Alice', 'Carol Diaz']);
  });

  it('exits 1 naming the unknown key, the file and its line', async () => {
    const dir = await teamFolder({ 'recapdeck.config.json': '{\n  "theme": "recap-dark",\n  "colour": "blue"\n}\n' });
    const result = await runCli(['build', 'alice.md', '--format', 'md'], { cwd: dir });
    expect(result.code).toBe(1);
    expectOneLine(
      result.stderr,
      /^recapdeck: recapdeck\.config\.json:3: Unknown config key `colour`, expected one of: theme, themes, format, decks, recap, minutes, out, size, browserPath, pdfNotes, checkFit, allowLocalFiles, allowRemote, timeout, authors, structure, port, host$/,
    );
    await expect(access(join(dir, 'output'))).rejects.toThrow();
  });

  it('exits 1 naming a bad value, in JSON or in package.json', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [
        { 'recapdeck.config.json': '{\n  "size": "16:10"\n}' },
        /^recapdeck: recapdeck\.config\.json:2: Bad value for config key `size`: invalid option: expected one of "16:9"\|"4:3"$/,
      ],
      [
        { 'recapdeck.config.json': '{ "decks": ["recap",\n "slides"] }' },
        /^recapdeck: recapdeck\.config\.json:2: Bad value for config key `decks\[1\]`: invalid option/,
      ],
      [
        { 'recapdeck.config.json': '{ "authors": { "alice": 3 } }' },
        /^recapdeck: recapdeck\.config\.json:1: Bad value for config key `authors\.alice`: invalid input: expected string, received number$/,
      ],
      [
        { 'recapdeck.config.json': '{ "port": 70000 }' },
        /^recapdeck: recapdeck\.config\.json:1: Bad value for config key `port`: too big/,
      ],
      [
        { 'recapdeck.config.json': '{ "theme": "recap-dark" ' },
        /^recapdeck: recapdeck\.config\.json:1: Cannot read config: CloseBraceExpected, expected JSON$/,
      ],
      [
        { 'package.json': '{\n  "name": "x",\n  "recapdeck": {\n    "size": "wide",\n    "outDir": "y"\n  }\n}' },
        /^recapdeck: package\.json:4: Bad value for config key `recapdeck\.size`/,
      ],
      [
        { 'package.json': '{\n  "name": "x",\n  "recapdeck": {\n    "outDir": "y"\n  }\n}' },
        /^recapdeck: package\.json:4: Unknown config key `recapdeck\.outDir`/,
      ],
      [
        { 'recapdeck.config.json': '{}', 'recapdeck.config.js': 'export default {};' },
        /^recapdeck: recapdeck\.config\.json: Cannot choose between recapdeck\.config\.js and recapdeck\.config\.json, expected one configuration$/,
      ],
    ];
    for (const [files, pattern] of cases) {
      const dir = await teamFolder(files);
      const result = await runCli(['build', 'alice.md', '--format', 'md'], { cwd: dir });
      expect(result.code, JSON.stringify(files)).toBe(1);
      expectOneLine(result.stderr, pattern);
    }
  });

  it('is found with --config anywhere, relative paths taken from its folder', async () => {
    const dir = await teamFolder({});
    await mkdir(join(dir, 'settings'));
    await writeFile(
      join(dir, 'settings/recap.json'),
      JSON.stringify({ out: '../built', format: ['md'], decks: ['recap'] }),
    );
    const result = await runCli(['build', 'alice.md', '--config', 'settings/recap.json', '--quiet'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(await readdir(join(dir, 'built/alice'))).toContain('recap.md');
    const missing = await runCli(['build', 'alice.md', '--config', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(1);
    expectOneLine(missing.stderr, /^recapdeck: nope\.json: Cannot read config: no such file$/);
  });
});

describe('recapdeck.config.ts and .js', () => {
  it('loads a typed config that imports defineConfig from recapdeck', async () => {
    const dir = await teamFolder({
      'recapdeck.config.ts':
        "import { defineConfig, type RecapdeckConfig } from 'recapdeck';\n\nconst size: RecapdeckConfig['size'] = '4:3';\n\nexport default defineConfig({ size, format: ['md'], decks: ['recap'], authors: { alice: 'Alice M.' } });\n",
    });
    await mkdir(join(dir, 'node_modules'));
    await symlink(ROOT, join(dir, 'node_modules/recapdeck'), 'dir');
    const result = await runCli(['build', 'alice.md', 'carol.md', '--quiet'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const recap = await readFile(join(dir, 'output/kubecon-2022/recap.md'), 'utf8');
    expect(recap).toContain('size: 4:3');
    expect(recap).toContain('Notes by Alice M., Carol');
  });

  it('checks a .js config like JSON, naming the file', async () => {
    const good = await teamFolder({
      'recapdeck.config.js': "export default { theme: 'recap-dark', format: ['md'], decks: ['recap'] };\n",
    });
    expect((await runCli(['build', 'alice.md', '--quiet'], { cwd: good })).code).toBe(0);
    expect(await readFile(join(good, 'output/alice/recap.md'), 'utf8')).toContain('theme: recap-dark');

    const bad = await teamFolder({ 'recapdeck.config.js': "export default { themes: 'mine' };\n" });
    const result = await runCli(['build', 'alice.md'], { cwd: bad });
    expect(result.code).toBe(1);
    expectOneLine(
      result.stderr,
      /^recapdeck: recapdeck\.config\.js: Bad value for config key `themes`: invalid input: expected array, received string$/,
    );

    const broken = await teamFolder({ 'recapdeck.config.js': 'export default {\n' });
    const loaded = await runCli(['build', 'alice.md'], { cwd: broken });
    expect(loaded.code).toBe(1);
    expectOneLine(loaded.stderr, /^recapdeck: recapdeck\.config\.js: Cannot load config: /);
  });
});
