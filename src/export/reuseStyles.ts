import { createHash } from 'node:crypto';
import type { Marp } from '@marp-team/marp-core';

/** Marpit's protected members the cache needs (public in JavaScript, stable across Marpit 2–3). */
interface StyleInternals {
  renderStyle(theme?: string): string;
  themeSetPackOptions(): unknown;
  lastGlobalDirectives?: Record<string, unknown>;
}

/** Packed CSS by everything it is made from; shared by the Marp instances of one process. */
const packed = new Map<string, string>();
const MAX_ENTRIES = 64;

/**
 * Every deck of a build has the same theme and size, yet Marp runs the theme CSS through postcss
 * again for each deck: about half of the time a render takes. This reuses the packed CSS whenever
 * all of its inputs are the same: every theme's CSS (a size directive patches the theme, an
 * `@import` pulls in another), the deck's global directives and the pack options (inline styles).
 */
export function reuseStyles<T extends Marp>(marp: T): T {
  const internals = marp as unknown as StyleInternals;
  const renderStyle = internals.renderStyle.bind(marp);
  internals.renderStyle = (theme) => {
    const hash = createHash('sha256');
    for (const known of marp.themeSet.themes()) hash.update(`${known.name}\n${known.css}\n`);
    hash.update(JSON.stringify([theme ?? null, internals.lastGlobalDirectives ?? null, internals.themeSetPackOptions()]));
    const key = hash.digest('hex');
    let css = packed.get(key);
    if (css === undefined) {
      css = renderStyle(theme);
      if (packed.size >= MAX_ENTRIES) packed.clear();
      packed.set(key, css);
    }
    return css;
  };
  return marp;
}
