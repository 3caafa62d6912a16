import { Marp, type MarpOptions } from '@marp-team/marp-core';
import { reuseStyles } from './reuseStyles.js';

/**
 * The engine marp-cli renders recapdeck's HTML with (`--engine`): Marp with math off, because notes
 * are not LaTeX ("$5 and $10" stays text) and math would load renderers the decks never need; and
 * HTML off, because notes are untrusted: any HTML left in a slide's Markdown shows as text.
 * marp-cli makes one engine per file; the packed theme CSS is shared between them.
 */
export default function recapdeckEngine(options: MarpOptions): Marp {
  return reuseStyles(new Marp({ ...options, math: false, html: false }));
}
