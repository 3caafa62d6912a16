import { Marp, type MarpOptions } from '@marp-team/marp-core';

/**
 * The engine marp-cli renders recapdeck's HTML with (`--engine`): Marp with math off, because notes
 * are not LaTeX ("$5 and $10" stays text) and math would load renderers the decks never need; and
 * HTML off, because notes are untrusted: any HTML left in a slide's Markdown shows as text.
 */
export default function recapdeckEngine(options: MarpOptions): Marp {
  return new Marp({ ...options, math: false, html: false });
}
