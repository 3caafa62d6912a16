/**
 * Resolves on the first Ctrl-C (SIGINT), SIGTERM or SIGHUP (the terminal closed), so a long-running
 * command can close its server, watcher and browser, and remove its temporary files, before it
 * returns. A second Ctrl-C is Node's default: it ends the process.
 */
export function waitForStop(): Promise<NodeJS.Signals> {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      for (const name of signals) process.off(name, stop);
      resolve(signal);
    };
    for (const name of signals) process.on(name, stop);
  });
}
