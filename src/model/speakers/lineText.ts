// A line's words as read (markup off) and a block's lines as written: what the speaker-line readers read.
import { sourceOf } from '../blocks.js';
import type { RootContent } from 'mdast';

/**
 * Markdown emphasis and escapes off, for reading a line's words. Links after the words go when their text
 * is an emoji, a handle or a lower-case word ("_Jane Roe_ [:video_camera:](…)", "Jane Roe [slides](…)"):
 * they point at the talk or the person, they are not the name.
 */
export function plain(line: string): string {
  // A link whose text could be a name ("Speaker: [Jane Roe](…)") stays.
  const withoutTrailingLinks = line.replace(/(?<=\S)(?:\s+!?\[(?:[:@\p{Ll}][^\]]*)?\]\([^)]*\))+\s*$/u, '');
  // An emoji before a label or a name ("🎤 Speaker: Jane Roe", ":microphone: Jane Roe") only decorates it.
  // An image's alt text ("![이미지](…)", "image") names no one.
  return withoutTrailingLinks
    .replace(/^(?:\s*(?::[\w+-]+:|(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+))+\s*/u, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`\\]/g, '')
    .trim();
}

/** The lines of a speaker block as written, for the slide's byline. */
export function bylineOf(node: RootContent, source: string): string[] {
  return sourceOf(node, source)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
