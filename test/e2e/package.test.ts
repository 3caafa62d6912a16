import { execFile } from 'node:child_process';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/export/manifest.js';
import { pdfPageCount, ROOT, runCli, tempDir } from '../support/cli.js';
import { startCli } from '../support/longRunning.js';
import { readZip } from '../support/zip.js';

const run = promisify(execFile);
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const NOTES = `# DevConf 2026

## Day 1

### Keeping Secrets Out of Git - Alice Martin, Acme

- Rotate keys every 90 days
- Scan every commit

### Fast Builds - Bob Stone, Beta

- Cache the dependency layer
`;

/**
 * The package as users get it: \`npm pack\`, installed from the tarball into an empty folder (with
 * PUPPETEER_SKIP_DOWNLOAD unset: nothing may try to download a browser), and the installed
 * \`recapdeck\` run as a subprocess. The dist/ packed is the one the test run built (globalSetup).
 */
describe('the npm package, installed from its tarball into an empty folder', () => {
  let dir: string;
  let app: string;
  let bin: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = await tempDir('recapdeck-package-');
    const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    const tarball = join(dir, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
    app = join(dir, 'app');
    await run('mkdir', [app]);
    await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'team-recap', private: true, type: 'module' }));
    await writeFile(join(app, 'notes.md'), NOTES);
    env = { ...process.env };
    delete env.PUPPETEER_SKIP_DOWNLOAD;
    await run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: app,
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
    bin = join(app, 'node_modules/.bin/recapdeck');
  }, 240_000);

  // The install is tens of MB: not left behind in the temporary folder.
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('installs no browser download, no second Marp or puppeteer, and ships a LICENSE', async () => {
    const packages = await installedPackages(join(app, 'node_modules'));
    const withInstallScripts = packages.filter(({ scripts }) =>
      ['preinstall', 'install', 'postinstall'].some((name) => scripts[name]),
    );
    expect(withInstallScripts.map(({ name }) => name)).toEqual([]);
    const names = packages.map(({ name }) => name);
    // Marp, puppeteer-core and the PPTX writer are bundled into dist/: installed as well they would be a second copy.
    for (const bundled of [
      'puppeteer',
      'puppeteer-core',
      '@marp-team/marp-core',
      '@marp-team/marp-cli',
      'pptxgenjs',
      'jszip',
    ])
      expect(names).not.toContain(bundled);
    expect(await readFile(join(app, 'node_modules/recapdeck/LICENSE'), 'utf8')).toMatch(
      /^MIT License[\s\S]*recapdeck contributors/,
    );
  });

  it('builds md, html and pdf; each PDF has a page per slide', async () => {
    const result = await runCli(['build', 'notes.md'], { cwd: app, env, bin });
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(0);
    const out = join(app, 'output/notes');
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.decks.map((deck) => deck.kind)).toEqual(['recap', 'session', 'session']);
    for (const deck of manifest.decks) {
      expect(Object.keys(deck.files).sort()).toEqual(['html', 'md', 'pdf']);
      expect(await readFile(join(out, deck.files.html!), 'utf8')).toContain('bespoke-marp');
      expect(await pdfPageCount(join(out, deck.files.pdf!))).toBe(deck.slides);
    }
    expect(await stagingFolders(join(app, 'output'))).toEqual([]);
  });

  it('builds pptx: a slide per slide of each deck', async () => {
    const result = await runCli(['build', 'notes.md', '--format', 'pptx', '--out', 'shared', '--quiet'], {
      cwd: app,
      env,
      bin,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = join(app, 'shared/notes');
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.decks).toHaveLength(3);
    for (const deck of manifest.decks) {
      expect(Object.keys(deck.files)).toEqual(['pptx']);
      const files = await readZip(join(out, deck.files.pptx!));
      expect([...files.keys()].filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(deck.slides);
    }
  });

  it('inspects as JSON, lists its themes and names its versions', async () => {
    const inspected = await runCli(['inspect', 'notes.md', '--json'], { cwd: app, env, bin });
    expect(inspected.code).toBe(0);
    const model = JSON.parse(inspected.stdout) as { title: string; days: { sessions: { title: string }[] }[] };
    expect(model.title).toBe('DevConf 2026');
    expect(model.days.flatMap((day) => day.sessions.map((session) => session.title))).toEqual([
      'Keeping Secrets Out of Git',
      'Fast Builds',
    ]);
    const themes = await runCli(['themes'], { cwd: app, env, bin });
    expect(themes.code).toBe(0);
    expect(themes.stdout).toMatch(/^recap-light\b/m);
    expect(themes.stdout).toMatch(/^recap-dark\b/m);
    // marp-core is bundled, not installed: its version ships with the bundle.
    expect((await runCli(['--version'], { cwd: app, env, bin })).stdout).toMatch(
      /^recapdeck \d+\.\d+\.\d+ \(@marp-team\/marp-core \d+\.\d+\.\d+\)\n$/,
    );
  });

  it('serves a live preview that answers a request, and stops', async () => {
    const server = startCli(['serve', 'notes.md', '--port', '0'], { cwd: app, env, bin });
    try {
      const url = (await server.waitForStderr(/at (http:\/\/127\.0\.0\.1:\d+\/)/))[1]!;
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('DevConf 2026');
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('is importable by name from JavaScript, and type-checks from TypeScript', async () => {
    await writeFile(
      join(app, 'recap.mjs'),
      `import { build } from 'recapdeck';
const result = await build({ files: ['notes.md'], out: 'api', formats: ['md', 'html'] });
console.log(JSON.stringify(result.manifest.decks.map((deck) => Object.keys(deck.files))));
`,
    );
    const { stdout } = await run(process.execPath, ['recap.mjs'], { cwd: app, env });
    expect(JSON.parse(stdout)).toEqual([
      ['md', 'html'],
      ['md', 'html'],
      ['md', 'html'],
    ]);

    await writeFile(
      join(app, 'recap.ts'),
      `import { build, defineConfig, inspect, RecapError, type BuildResult, type RecapdeckConfig } from 'recapdeck';
const config: RecapdeckConfig = defineConfig({ theme: 'recap-dark', format: ['md'] });
const result: BuildResult = await build({ files: ['notes.md'], formats: config.format });
const slides: number = result.manifest.decks[0]!.slides;
const talks: string[] = (await inspect(['notes.md'])).days.flatMap((day) => day.sessions.map((session) => session.title));
console.log(slides, talks, RecapError.name);
// @ts-expect-error files is a list: the types are real, not any
await build({ files: 'notes.md' });
`,
    );
    // Strict, and the package's own .d.ts checked too (skipLibCheck off): they must need nothing that is not installed.
    await writeFile(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules/@types')],
        },
        files: ['recap.ts'],
      }),
    );
    const checked = await run(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: app, env }).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(checked).toBe('');
  });

  describe('with a file of the package missing (a broken install)', () => {
    const css = () => join(app, 'node_modules/recapdeck/dist/bespoke/bespoke.css');
    beforeAll(() => rename(css(), `${css()}.away`));
    afterAll(() => rename(`${css()}.away`, css()));

    it('reports an internal error in one line with exit 3, and leaves no staging folder', async () => {
      for (const formats of ['md,html,pdf', 'html']) {
        const result = await runCli(['build', 'notes.md', '--out', 'broken', '--format', formats], {
          cwd: app,
          env,
          bin,
        });
        expect(result.code).toBe(3);
        expect(result.stderr.trim().split('\n')).toEqual([
          expect.stringMatching(/^recapdeck: internal error: ENOENT.*bespoke\.css.*set DEBUG=1/),
        ]);
        expect(await stagingFolders(join(app, 'broken'))).toEqual([]);
      }
      const debug = await runCli(['build', 'notes.md', '--out', 'broken', '--format', 'html'], {
        cwd: app,
        env: { ...env, DEBUG: '1' },
        bin,
      });
      expect(debug.code).toBe(3);
      expect(debug.stderr).toMatch(/\n\s+at /);
    });
  });
});

interface InstalledPackage {
  name: string;
  scripts: Record<string, string>;
}

/** Every package under node_modules, nested ones too. */
async function installedPackages(modules: string): Promise<InstalledPackage[]> {
  const found: InstalledPackage[] = [];
  for (const entry of await readdir(modules, { recursive: true })) {
    if (!/(^|\/)package\.json$/.test(entry) || !isPackageRoot(entry)) continue;
    const json = JSON.parse(await readFile(join(modules, entry), 'utf8')) as {
      name?: string;
      scripts?: Record<string, string>;
    };
    if (json.name) found.push({ name: json.name, scripts: json.scripts ?? {} });
  }
  return found;
}

/** node_modules/<name>/package.json or node_modules/@scope/<name>/package.json, not a package's inner folders. */
function isPackageRoot(entry: string): boolean {
  const parts = entry.split('/');
  const at = parts.lastIndexOf('node_modules');
  const rest = parts.slice(at + 1);
  return rest.length === (rest[0]!.startsWith('@') ? 3 : 2);
}

async function stagingFolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((entry) => /(^|\/)\.recapdeck-tmp-/.test(entry));
}
