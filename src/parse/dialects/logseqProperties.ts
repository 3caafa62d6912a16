import type { Dialect } from './types.js';

/** `key:: value`, alone on a line or as a bullet: a Logseq (or Dataview) property. */
const PROPERTY = /^(\s*(?:[-*+]\s+)?)([\p{L}\p{N}_-]+)::(?:[ \t]+(.*))?$/u;
/** Properties Logseq writes for itself: ids, folding, heading flags. */
const TOOL_PROPERTIES = new Set([
  'id',
  'collapsed',
  'heading',
  'background-color',
  'card-last-interval',
  'card-repeats',
  'card-ease-factor',
  'card-next-schedule',
  'card-last-reviewed',
  'card-last-score',
]);

/** `speaker:: Jane Roe` reads as `speaker: Jane Roe`; the tool's own properties go. */
export const logseqProperties: Dialect = {
  // Stryker disable next-line StringLiteral: the name shows only in the error for a dialect that changes its line count
  name: 'Logseq properties',
  normalize: (lines, { code }) =>
    lines.map((line, index) => {
      const property = code[index] ? null : PROPERTY.exec(line);
      if (!property) return line;
      const [, lead, key, value] = property;
      if (TOOL_PROPERTIES.has(key!.toLowerCase())) return '';
      return `${lead}${key}: ${value ?? ''}`.trimEnd();
    }),
};
