import { RecapError } from '../errors.js';

/** A problem as `--json` reports it: `code` is the kind (input, usage, export) or `internal`. */
export function errorJson(error: unknown): {
  error: { code: string; message: string; file: string | null; line: number | null };
} {
  if (error instanceof RecapError)
    return { error: { code: error.kind, message: error.message, file: error.file ?? null, line: error.line ?? null } };
  return {
    error: {
      code: 'internal',
      message: error instanceof Error ? error.message : String(error),
      file: null,
      line: null,
    },
  };
}

/** The one line a problem is reported in: `recapdeck: file:line: message`, or an internal error to report. */
export function errorLine(error: unknown): string {
  if (error instanceof RecapError) return `recapdeck: ${error.format()}`;
  return `recapdeck: internal error: ${error instanceof Error ? error.message : String(error)} (set DEBUG=1 for details; please report it)`;
}
