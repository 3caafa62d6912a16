import type { Warning } from '../model/types.js';

/** `warning: file:line: message`, the form editors and terminals turn into links. */
export function warningLine(warning: Warning): string {
  return `warning: ${warning.file}${warning.line ? `:${warning.line}` : ''}: ${warning.message}`;
}
