import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import postcss, { CssSyntaxError } from 'postcss';
import { didYouMean } from './didYouMean.js';
import { RecapError } from './errors.js';
import { packageFile } from './packageFiles.js';

export interface Theme {
  name: string;
  file: string;
  css: string;
}

/** The themes/ folder shipped with recapdeck. */
export const BUILTIN_THEMES_DIR = packageFile('themes');

/** The name a Marp theme declares in a `/* @theme name *\/` comment, or null. */
export function themeName(css: string): string | null {
  return /\/\*[\s\S]*?@theme\s+([\w-]+)[\s\S]*?\*\//.exec(css)?.[1] ?? null;
}

export async function loadThemeFile(file: string): Promise<Theme> {
  let css: string;
  try {
    css = await readFile(file, 'utf8');
  } catch (error) {
    throw new RecapError(
      'input',
      `Cannot read theme \`${file}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { file },
      { cause: error },
    );
  }
  const name = themeName(css);
  if (!name)
    throw new RecapError('input', 'Cannot use theme without a name, expected a `/* @theme name */` comment', {
      file,
      line: 1,
    });
  checkCss(css, file);
  return { name, file, css };
}

/** CSS that does not parse would be dropped by Marp with a warning per deck: it is bad input, told once. */
function checkCss(css: string, file: string): void {
  try {
    postcss.parse(css, { from: file });
  } catch (error) {
    if (!(error instanceof CssSyntaxError)) throw error;
    throw new RecapError(
      'input',
      `Cannot read theme CSS: ${error.reason}, expected valid CSS`,
      { file, line: error.line },
      { cause: error },
    );
  }
}

/** Built-in themes, then each user folder's `*.css` (a later theme of the same name wins). */
export async function loadThemes(userDirs: string[] = []): Promise<Theme[]> {
  const byName = new Map<string, Theme>();
  for (const dir of [BUILTIN_THEMES_DIR, ...userDirs]) {
    for (const theme of await loadThemeDir(dir)) byName.set(theme.name, theme);
  }
  return [...byName.values()];
}

async function loadThemeDir(dir: string): Promise<Theme[]> {
  let entries: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a folder');
    entries = await readdir(dir);
  } catch {
    throw new RecapError('input', `Cannot read themes folder \`${dir}\`, expected a folder of .css files`, {
      file: dir,
    });
  }
  const files = entries.filter((entry) => entry.endsWith('.css')).sort();
  return Promise.all(files.map((entry) => loadThemeFile(join(dir, entry))));
}

/** `--theme NAME` or `--theme path/to/file.css`: the theme to use, added to the set when it is a file. */
export async function resolveTheme(request: string, themes: Theme[]): Promise<{ theme: Theme; themes: Theme[] }> {
  if (request.endsWith('.css')) {
    const theme = await loadThemeFile(resolve(request));
    return { theme, themes: [...themes.filter((known) => known.name !== theme.name), theme] };
  }
  const theme = themes.find((known) => known.name === request);
  if (!theme) {
    const names = themes.map((known) => known.name).join(', ');
    throw new RecapError(
      'input',
      `Cannot find theme \`${request}\`${didYouMean(
        request,
        themes.map((known) => known.name),
      )}, expected one of: ${names} (or a .css file)`,
    );
  }
  return { theme, themes };
}

export function describeTheme(theme: Theme): string {
  return `${theme.name}\t${basename(theme.file)}`;
}
