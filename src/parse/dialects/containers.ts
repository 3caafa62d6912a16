import type { Dialect } from './types.js';

/** `:::info`, `:::tip Title`, `:::note[Title]`, `::: spoiler Title` (HackMD, Docusaurus, VitePress); `:::` closes. */
const CONTAINER = /^\s*:{3,}[ \t]*(?:([\w-]+)[ \t]*)?(?:\[([^\]]*)\]|(.*?))?[ \t]*(?:\{[^}]*\})?[ \t]*$/;
/** Kinds whose name says something to the reader; `info`, `success` and the like are only colours. */
const MEANINGFUL_KINDS = new Set([
  'note',
  'tip',
  'warning',
  'caution',
  'danger',
  'important',
  'attention',
  'hint',
  'todo',
  'example',
  'question',
  'quote',
]);

/** A container's fences go; its title (or a meaningful kind) stays as a bold line, its content as written. */
export const containers: Dialect = {
  // Stryker disable next-line StringLiteral: the name shows only in the error for a dialect that changes its line count
  name: 'containers',
  normalize: (lines, { code }) =>
    lines.map((line, index) => {
      const container = code[index] ? null : CONTAINER.exec(line);
      if (!container) return line;
      return containerLabel(container[1], container[2] ?? container[3]);
    }),
};

/** `**Title**`, `**Tip**`, or nothing: the line that stands for an opening or closing fence. */
export function containerLabel(kind: string | undefined, title: string | undefined): string {
  const written = title?.trim().replace(/^["']|["']$/g, '');
  if (written) return `**${written}**`;
  if (kind && MEANINGFUL_KINDS.has(kind.toLowerCase()))
    return `**${kind[0]!.toUpperCase()}${kind.slice(1).toLowerCase()}**`;
  return '';
}
