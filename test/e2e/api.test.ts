import { execFile } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/cli.js';

const run = promisify(execFile);
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const [ALICE, BOB] = ['alice', 'bob'].map((name) => join(ROOT, `test/fixtures/team/${name}.md`));

/** Runs a command, resolving with its exit code and output instead of throwing. */
async function attempt(
  file: string,
  args: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : 1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? '',
    };
  }
}

describe("import { build, inspect } from 'recapdeck' (another package using this one by name)", () => {
  let project: string;

  beforeAll(async () => {
    project = await tempDir('recapdeck-api-');
    await writeFile(
      join(project, 'package.json'),
      JSON.stringify({ name: 'team-recap', private: true, type: 'module' }),
    );
    await mkdir(join(project, 'node_modules'));
    // As `npm install` leaves it: the package under its name, resolved through its "exports".
    await symlink(ROOT, join(project, 'node_modules/recapdeck'), 'dir');
  });

  it('builds and inspects from plain JavaScript', async () => {
    await writeFile(
      join(project, 'recap.mjs'),
      `import { build, inspect, RecapError } from 'recapdeck';
const model = await inspect(${JSON.stringify([ALICE, BOB])}, { displayNames: { bob: 'Bob Stone' } });
const result = await build({ files: ${JSON.stringify([ALICE, BOB])}, out: 'decks', formats: ['md', 'html'], decks: ['recap'] });
let failure;
try {
  await build({ files: ['missing.md'], out: 'decks', formats: ['md'] });
} catch (error) {
  failure = { recapError: error instanceof RecapError, kind: error.kind, exitCode: error.exitCode, message: error.format() };
}
console.log(JSON.stringify({ authors: model.authors, days: model.days.length, dir: result.dir, manifest: result.manifest, failure }));
`,
    );
    const result = await attempt(process.execPath, ['recap.mjs'], project);
    expect(result.code, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed.authors).toEqual(['Alice', 'Bob Stone']);
    expect(printed.days).toBe(3);
    expect(printed.dir).toBe(join(project, 'decks/kubecon-2022'));
    expect(printed.manifest.decks).toEqual([
      expect.objectContaining({ kind: 'recap', files: { md: 'recap.md', html: 'recap.html' } }),
    ]);
    expect(printed.failure).toEqual({
      recapError: true,
      kind: 'input',
      exitCode: 1,
      message: 'missing.md: Cannot read notes: no such file',
    });
  });

  it('is typed: right use compiles, wrong use does not', async () => {
    const tsconfig = {
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      include: ['*.ts'],
    };
    await writeFile(join(project, 'tsconfig.json'), JSON.stringify(tsconfig));
    await writeFile(
      join(project, 'good.ts'),
      `import { build, defineConfig, inspect, type BuildOptions, type BuildResult, type InspectResult, type Session } from 'recapdeck';
const options: BuildOptions = { files: ['alice.md'], formats: ['md', 'pdf'], decks: ['recap', 'session'], size: '4:3', displayNames: { alice: 'Alice Martin' } };
export const built: Promise<BuildResult> = build(options);
export const model: Promise<InspectResult> = inspect(['alice.md']);
export const slides: Promise<number> = built.then((result) => result.manifest.decks[0]!.slides);
export const notedBy = (session: Session): string[] => session.notedBy ?? [];
export default defineConfig({ theme: 'recap-dark', decks: ['recap', 'sessions'], authors: { bob: 'Bob Stone' } });
`,
    );
    // The README's examples are checked as they are written.
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const example = (after: string) => readme.slice(readme.indexOf(after)).match(/```ts\n([\s\S]*?)```/)![1]!;
    await writeFile(join(project, 'readme-api.ts'), example('## API'));
    await writeFile(join(project, 'readme-config.ts'), example('A typed config:'));
    const good = await attempt(process.execPath, [TSC, '-p', project], project);
    expect(good.code, good.stdout + good.stderr).toBe(0);

    await writeFile(
      join(project, 'bad.ts'),
      `import { build, defineConfig } from 'recapdeck';\nexport const built = build({ files: ['a.md'], formats: ['docx'] });\nexport default defineConfig({ colour: 'blue' });\n`,
    );
    const bad = await attempt(process.execPath, [TSC, '-p', project], project);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toMatch(/bad\.ts\(2,\d+\): error TS2322: Type '"docx"' is not assignable/);
    expect(bad.stdout).toMatch(/bad\.ts\(3,\d+\): error TS2353: .*'colour'/);
  });

  it('ships what the import needs', async () => {
    const packed = await attempt('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT);
    expect(packed.code, packed.stderr).toBe(0);
    const files = (JSON.parse(packed.stdout) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path);
    // The code is dist/bundle/ (see scripts/bundle.mjs); tsc's .js files are not needed, its .d.ts are. test/e2e/package.test.ts installs and runs it.
    for (const needed of [
      'package.json',
      'LICENSE',
      'bin/recapdeck.js',
      'dist/bundle/index.js',
      'dist/bundle/run.js',
      'dist/bundle/marpWorkerThread.js',
      'dist/bespoke/bespoke.css',
      'dist/bespoke/bespoke.js',
      'dist/index.d.ts',
      'dist/config/defineConfig.d.ts',
      'themes/recap-light.css',
    ])
      expect(files).toContain(needed);
    expect(files).not.toContain('dist/index.js');
    expect(files.some((file) => file.startsWith('test/') || file.startsWith('src/'))).toBe(false);
  });
});
