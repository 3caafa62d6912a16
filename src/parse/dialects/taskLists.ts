import type { Dialect } from './types.js';

/** `- [ ] item`, `* [x] item`, `1. [ ] item`: the box is a tool's widget, not words for a slide. */
const TASK_ITEM = /^(\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+)\[([ xX])\]\s+/;

/** Open tasks read as plain items; done ones keep a check mark, so the state is not lost. */
export const taskLists: Dialect = {
  // Stryker disable next-line StringLiteral: the name shows only in the error for a dialect that changes its line count
  name: 'task lists',
  normalize: (lines, { code }) =>
    lines.map((line, index) =>
      code[index]
        ? line
        : line.replace(TASK_ITEM, (_whole, marker: string, state: string) => `${marker}${state === ' ' ? '' : '✓ '}`),
    ),
};
