import { containerLabel } from './containers.js';
import type { Dialect } from './types.js';

/** MkDocs / Python-Markdown `!!! note "Title"`, collapsible `??? tip` and `???+ tip`. */
const ADMONITION = /^(\s*)(?:!!!|\?\?\?\+?)[ \t]+([\w-]+)(?:[ \t]+[\w-]+)*(?:[ \t]+"([^"]*)")?[ \t]*$/;

/** The opener becomes its title; the body, indented four spaces under it, is un-indented so it is not code. */
export const admonitions: Dialect = {
  // Stryker disable next-line StringLiteral: the name shows only in the error for a dialect that changes its line count
  name: 'admonitions',
  normalize: (lines, { code }) => {
    const out = [...lines];
    // Stryker disable next-line EqualityOperator: past the last line `code` is undefined and 'undefined' is no opener
    for (let index = 0; index < out.length; index++) {
      const admonition = code[index] ? null : ADMONITION.exec(out[index]!);
      if (!admonition) continue;
      const [, indent, kind, title] = admonition;
      out[index] = indent + containerLabel(kind, title);
      const body = `${indent}    `;
      for (let next = index + 1; next < out.length && !code[next]; next++) {
        const blank = out[next]!.trim() === '';
        // A blank line belongs to the body only when the body goes on after it.
        // Stryker disable next-line StringLiteral: past the last line, a text without the body's indent ends the body, as the empty one does
        if (blank ? !(out[next + 1] ?? '').startsWith(body) : !out[next]!.startsWith(body)) break;
        out[next] = blank ? '' : indent + out[next]!.slice(body.length);
        index = next;
      }
    }
    return out;
  },
};
