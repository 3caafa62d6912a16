import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { join } from 'node:path';
import { ROOT } from './cli.js';

const BIN = join(ROOT, 'bin/recapdeck.js');

/** A CLI command that keeps running (serve, build --watch), started as a real subprocess. */
export interface RunningCli {
  child: ChildProcess;
  /** Everything printed on stderr so far. */
  stderr(): string;
  /** Waits (bounded) until stderr matches; returns the match. */
  waitForStderr(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Sends the signal (Ctrl-C by default) and resolves with the exit code, or kills it after a bound and rejects. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | null>;
}

export function startCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; bin?: string } = {},
): RunningCli {
  const child = spawn(process.execPath, [options.bin ?? BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout!.resume();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    stderr: () => stderr,
    async waitForStderr(pattern, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const match = stderr.match(pattern);
        if (match) return match;
        if (child.exitCode !== null)
          throw new Error(`CLI exited with ${child.exitCode} before printing ${pattern}:\n${stderr}`);
        await sleep(50);
      }
      throw new Error(`No ${pattern} on stderr within ${timeoutMs} ms:\n${stderr}`);
    },
    async stop(signal = 'SIGINT', timeoutMs = 30_000) {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      if (child.signalCode === 'SIGKILL') throw new Error(`CLI did not stop within ${timeoutMs} ms:\n${stderr}`);
      return code;
    },
  };
}

/** Polls `check` every 50 ms until it returns a value other than undefined, or throws after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await sleep(50);
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

export interface ServerEvent {
  event: string;
  data: unknown;
  at: number;
}

/** Listens to a server-sent event stream; `events` fills as they arrive. */
export function listenToEvents(url: string): Promise<{ events: ServerEvent[]; close(): void }> {
  return new Promise((resolve, reject) => {
    const events: ServerEvent[] = [];
    const request = get(url, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`events: HTTP ${response.statusCode}`));
      let buffer = '';
      response.setEncoding('utf8').on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data), at: Date.now() });
        }
      });
      response.on('error', () => undefined);
      resolve({ events, close: () => request.destroy() });
    });
    request.on('error', reject);
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
