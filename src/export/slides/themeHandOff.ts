import type { Theme } from '../../themes.js';

/** The Marp themes a deck's theme imports by name (`@import 'recap-light';`, `@import url("x")`). */
function importedNames(css: string): string[] {
  return [...css.matchAll(/@import\s+(?:url\(\s*)?['"]?([\w-]+)['"]?\s*\)?\s*;/g)].map((match) => match[1]!);
}

/**
 * The files that let Marp tools open the written decks as recapdeck renders them: the theme used
 * and every theme it imports (Marp's own themes need no file), as `themes/<name>.css`, and a
 * `.vscode/settings.json` that registers them for Marp for VS Code (`markdown.marp.themes`).
 */
export function themeHandOff(theme: Theme, themes: Theme[]): Map<string, string> {
  const used = themeChain(theme, themes);
  const files = new Map<string, string>();
  for (const each of used) files.set(`themes/${each.name}.css`, each.css);
  const settings = { 'markdown.marp.themes': used.map((each) => `./themes/${each.name}.css`) };
  files.set('.vscode/settings.json', `${JSON.stringify(settings, null, 2)}\n`);
  return files;
}

/** A theme and every theme it imports, itself first. */
export function themeChain(theme: Theme, themes: Theme[]): Theme[] {
  const byName = new Map(themes.map((known) => [known.name, known]));
  const used: Theme[] = [];
  const visit = (next: Theme) => {
    if (used.includes(next)) return;
    used.push(next);
    for (const name of importedNames(next.css)) {
      const imported = byName.get(name);
      if (imported) visit(imported);
    }
  };
  visit(theme);
  return used;
}
