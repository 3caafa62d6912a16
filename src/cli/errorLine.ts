import { RecapError } from '../errors.js';

/** The one line a problem is reported in: `recapdeck: file:line: message`, or an internal error to report. */
export function errorLine(error: unknown): string {
  if (error instanceof RecapError) return `recapdeck: ${error.format()}`;
  return `recapdeck: internal error: ${error instanceof Error ? error.message : String(error)} (set DEBUG=1 for details; please report it)`;
}
