import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

const run = promisify(execFile);
const BIOME = join(ROOT, 'node_modules/.bin/biome');

/**
 * The repo's own biome.json, run by the real Biome over a few planted files in a scratch tree:
 * an import that runs up the layers fails lint, one that runs down passes.
 */
describe('layer rules in npm run lint', () => {
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'recapdeck-layers-'));
    const config = JSON.parse(await readFile(join(ROOT, 'biome.json'), 'utf8'));
    // The scratch tree is no git checkout, and has no node_modules for the schema.
    delete config.$schema;
    config.vcs = { enabled: false };
    await writeFile(join(scratch, 'biome.json'), JSON.stringify(config));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  async function lint(file: string, from: string): Promise<{ failed: boolean; output: string }> {
    const path = join(scratch, file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `import type { Planted } from '${from}';\n\nexport type Used = Planted;\n`);
    try {
      const { stdout, stderr } = await run(BIOME, ['lint', '--max-diagnostics=5', file], { cwd: scratch });
      return { failed: false, output: stdout + stderr };
    } catch (error) {
      const { stdout, stderr } = error as { stdout: string; stderr: string };
      return { failed: true, output: stdout + stderr };
    }
  }

  it.each([
    ['src/model/up.ts', '../plan/types.js'],
    ['src/plan/layouts/up.ts', '../../render/renderDeck.js'],
    ['src/plan/up.ts', '../settings.js'],
    ['src/export/pdf/up.ts', '../../pipeline/build.js'],
    ['src/parse/up.ts', '../model/types.js'],
    ['src/pipeline/up.ts', '../serve/liveSite.js'],
    ['src/words.ts', './cli/io.js'],
  ])('%s importing %s fails', async (file, from) => {
    const result = await lint(file, from);
    expect(result.failed).toBe(true);
    expect(result.output).toContain('noRestrictedImports');
    expect(result.output).toContain('imports go down the layers');
  });

  it.each([
    ['src/plan/down.ts', '../model/types.js'],
    ['src/render/down.ts', '../plan/types.js'],
    ['src/cli/down.ts', '../pipeline/build.js'],
    ['src/serve/down.ts', '../pipeline/makeDecks.js'],
    ['src/model/down.ts', '../errors.js'],
  ])('%s importing %s passes', async (file, from) => {
    const result = await lint(file, from);
    expect(result.output).not.toContain('noRestrictedImports');
    expect(result.failed).toBe(false);
  });
});
