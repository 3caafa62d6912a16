import { resolve } from 'node:path';

/**
 * What a rebuild depends on, to watch: the notes, a theme given as a .css file, and the
 * extra theme folders (where only .css files count).
 */
export function inputPaths(options: { files: string[]; theme?: string | undefined; themesDirs: string[] }): {
  paths: string[];
  accept: (path: string) => boolean;
} {
  const notes = new Set(options.files.map((file) => resolve(file)));
  const themeFile = options.theme?.endsWith('.css') ? [resolve(options.theme)] : [];
  return {
    paths: [...notes, ...themeFile, ...options.themesDirs.map((dir) => resolve(dir))],
    accept: (path) => notes.has(resolve(path)) || path.endsWith('.css'),
  };
}
