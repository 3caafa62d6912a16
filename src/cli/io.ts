/** Where the CLI writes: the process' stdout and stderr, or a test's buffers. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr is a terminal: progress is drawn as a bar rather than printed as lines. */
  stderrIsTTY?: boolean;
}
