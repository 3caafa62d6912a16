/** Why a run failed, mapped once to the process exit code (see DESIGN.md "Exit codes"). */
export type ErrorKind = 'input' | 'usage' | 'export';

export const exitCodes = {
  ok: 0,
  input: 1,
  usage: 2,
  export: 3,
} as const satisfies Record<ErrorKind | 'ok', number>;

export interface ErrorLocation {
  file?: string;
  line?: number;
}

/**
 * The one error type recapdeck throws on purpose. Its message is a single line
 * meant for the user; the CLI prints it as `file:line: message`.
 */
export class RecapError extends Error {
  readonly kind: ErrorKind;
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(kind: ErrorKind, message: string, where: ErrorLocation = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RecapError';
    this.kind = kind;
    this.file = where.file;
    this.line = where.line;
  }

  get exitCode(): number {
    return exitCodes[this.kind];
  }

  /** `file:line: message`, the form editors and terminals turn into links. */
  format(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    return `${where}${this.message}`;
  }
}
