import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * recapdeck's own folder, found from wherever this code runs: tsc's dist/, the CLI's bundle in
 * dist/bundle/, or src/ under the tests. The nearest folder above with a package.json.
 */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** A file shipped with recapdeck: `packageFile('themes')`, `packageFile('dist', 'bespoke', 'bespoke.css')`. */
export function packageFile(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}

/** recapdeck's version, from its package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
}

/** The version of a package bundled into dist/bundle/ (written there by scripts/bundle.mjs); null when unknown. */
export function bundledVersion(name: string): string | null {
  try {
    return (
      (JSON.parse(readFileSync(packageFile('dist', 'bundle', 'versions.json'), 'utf8')) as Record<string, string>)[
        name
      ] ?? null
    );
  } catch {
    return null;
  }
}

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`recapdeck: no package.json above ${from}`);
  }
}
