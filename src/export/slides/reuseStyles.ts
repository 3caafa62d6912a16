import { createHash } from 'node:crypto';
import type { Marp } from '@marp-team/marp-core';

/** Marpit's protected members the cache needs (public in JavaScript, stable across Marpit 2–3). */
interface StyleInternals {
  renderStyle(theme?: string): string;
  themeSetPackOptions(): unknown;
  lastGlobalDirectives?: Record<string, unknown>;
}

/** The part of Marpit's ThemeSet that parses a theme (ThemeSet.add is public API; its themes are frozen). */
interface ThemeSetInternals {
  add(css: string): object;
  addTheme(theme: object): void;
  cssNesting: boolean;
  metaType: Record<string, { name: string }>;
}

/** Global directives that change a deck's CSS; the others (title, footer, paginate...) only change its HTML. */
const STYLE_DIRECTIVES = ['theme', 'size', 'style', 'math'];

/** Packed CSS and parsed themes by everything they are made from; shared by the Marp instances of one thread. */
const packed = new Map<string, string>();
const parsedThemes = new Map<string, object>();
const MAX_ENTRIES = 64;
const patchedThemeSets = new WeakSet<object>();

/**
 * Every deck of a build has the same themes and size, yet Marp parses each theme CSS (postcss) for
 * every Marp instance (a server makes one per refresh) and packs it again for every deck: most of the
 * time a render takes. This reuses both whenever all of their inputs are the same: every theme's
 * CSS (a size directive patches the theme, an `@import` pulls in another), the deck's global
 * directives that touch CSS, and the pack options (inline styles, containers).
 */
export function reuseStyles<T extends Marp>(marp: T): T {
  reuseParsedThemes(marp);
  const internals = marp as unknown as StyleInternals;
  const renderStyle = internals.renderStyle.bind(marp);
  internals.renderStyle = (theme) => {
    const hash = createHash('sha256');
    for (const known of marp.themeSet.themes()) hash.update(`${known.name}\n${known.css}\n`);
    const directives = STYLE_DIRECTIVES.map((name) => internals.lastGlobalDirectives?.[name] ?? null);
    hash.update(JSON.stringify([theme ?? null, directives, internals.themeSetPackOptions()]));
    return remember(packed, hash.digest('hex'), () => renderStyle(theme));
  };
  return marp;
}

/**
 * Parses each theme CSS once per thread: ThemeSet.add is patched on the prototype, so Marp instances
 * made after this one (their constructors add Marp's built-in themes) reuse the parsed themes too.
 */
function reuseParsedThemes(marp: Marp): void {
  const prototype = Object.getPrototypeOf(marp.themeSet) as ThemeSetInternals;
  if (patchedThemeSets.has(prototype)) return;
  patchedThemeSets.add(prototype);
  const add = prototype.add;
  prototype.add = function (this: ThemeSetInternals, css: string) {
    const metaType = Object.entries(this.metaType)
      .map(([key, type]) => `${key}:${type.name}`)
      .sort()
      .join(',');
    let parsed = true;
    const theme = remember(parsedThemes, `${this.cssNesting}\n${metaType}\n${css}`, () => {
      parsed = false;
      return add.call(this, css);
    });
    if (parsed) this.addTheme(theme);
    return theme;
  };
}

function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const made = make();
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, made);
  return made;
}
