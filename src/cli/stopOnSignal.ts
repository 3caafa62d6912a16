/** The signals that stop a build, each with the exit code shells give a process it ends (128 + its number). */
export const STOP_SIGNALS = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

export type StopSignal = keyof typeof STOP_SIGNALS;

/** How long a stopped build may take to close Chromium and remove its temporary files before the process ends anyway. */
const CLEAN_UP_MS = 10_000;

export interface SignalStop {
  /** Aborted on the first signal. */
  signal: AbortSignal;
  /** The signal that stopped the run, if one did. */
  received(): StopSignal | null;
  /** The handlers go: a signal after this ends the process as Node's default does. */
  dispose(): void;
}

/**
 * Turns Ctrl-C, SIGTERM and SIGHUP into an aborted signal, so a build stops soon and cleans up
 * (Chromium closed, staging folder and profile removed) instead of dying with its temporary files
 * left or, as puppeteer's own handlers did, printing on with a new browser. A second signal, or a
 * clean-up that takes too long, ends the process at once with the same exit code.
 */
export function stopOnSignal(): SignalStop {
  const controller = new AbortController();
  let received: StopSignal | null = null;
  const onSignal = (name: NodeJS.Signals) => {
    const signal = name as StopSignal;
    if (received) process.exit(STOP_SIGNALS[received]);
    received = signal;
    controller.abort(new Error(`Stopped by ${signal}`));
    setTimeout(() => process.exit(STOP_SIGNALS[signal]), CLEAN_UP_MS).unref();
  };
  for (const name of Object.keys(STOP_SIGNALS)) process.on(name, onSignal);
  return {
    signal: controller.signal,
    received: () => received,
    dispose() {
      for (const name of Object.keys(STOP_SIGNALS)) process.off(name, onSignal);
    },
  };
}
