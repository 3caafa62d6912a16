import { readdir, readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

interface Manifest {
  decks: { kind: string; title: string; files: Record<string, string> }[];
}

const LONG = 'A very long title '.repeat(17).trim();

/** Session titles chosen to escape the output folder, clash with devices, or have no letters at all. */
const NOTES = `# Names Conf

## Day 1

### ../../escaped

- a

### /etc/absolute

- b

### CON

- c

### Nul&#0;Byte

- d

### ${LONG}

- e

### 🎉🚀🎉

- f

### ***

- g

### Same Title

- h

### Same Title

- i

### ..

- j
`;

describe('session titles as file names (5)', () => {
  it('are safe and stable: inside the output folder, ASCII, short, unique, the same on every build', async () => {
    const dir = await tempDir('recapdeck-names-');
    // The notes file's name is a device name on Windows too.
    const notes = join(dir, 'CON.md');
    await writeFile(notes, NOTES);
    const out = join(dir, 'out');
    const manifests: Manifest[] = [];
    for (let run = 0; run < 2; run++) {
      const result = await runCli(['build', notes, '-o', out, '--format', 'md,html', '--quiet']);
      expect(result.code, result.stderr).toBe(0);
      manifests.push(JSON.parse(await readFile(join(out, 'con-recap/manifest.json'), 'utf8')) as Manifest);
    }
    expect(await readdir(out)).toEqual(['con-recap']);
    const [first, second] = manifests;
    expect(second).toEqual(first);
    const files = first!.decks.flatMap((deck) => Object.values(deck.files));
    expect(new Set(files).size).toBe(files.length);
    expect(first!.decks.filter((deck) => deck.kind === 'session')).toHaveLength(10);
    const folder = join(out, 'con-recap');
    for (const file of files) {
      const path = resolve(folder, file);
      const inside = relative(folder, path);
      expect(inside.startsWith('..') || isAbsolute(inside), file).toBe(false);
      expect(file, file).toMatch(/^(?:recap|sessions\/\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*)\.(?:md|html)$/);
      expect(file.length, file).toBeLessThanOrEqual('sessions/'.length + 3 + 60 + '.html'.length);
    }
    // Every file on disk is one the manifest names (plus index, manifest and the theme for Marp tools): nothing was written elsewhere.
    const onDisk = (await readdir(folder, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
      .sort();
    expect(onDisk).toEqual(
      [
        ...files,
        '.recapdeck-cache.json',
        '.vscode/settings.json',
        'index.html',
        'manifest.json',
        'themes/recap-light.css',
      ].sort(),
    );
    expect(files).toEqual(
      expect.arrayContaining([
        'sessions/01-escaped.md',
        'sessions/02-etc-absolute.md',
        'sessions/03-con-session.md',
        'sessions/09-same-title.md',
      ]),
    );
  });
});
