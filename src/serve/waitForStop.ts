/**
 * Resolves on the first Ctrl-C (SIGINT) or SIGTERM, so a long-running command can close its
 * server, watcher and browser before it returns. A second Ctrl-C is Node's default: it ends the process.
 */
export function waitForStop(): Promise<NodeJS.Signals> {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      for (const name of signals) process.off(name, stop);
      resolve(signal);
    };
    for (const name of signals) process.on(name, stop);
  });
}
