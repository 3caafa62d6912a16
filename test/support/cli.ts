import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXAMPLE = join(ROOT, 'examples/kubecon-eu-2021.md');
const BIN = join(ROOT, 'bin/recapdeck.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A run is stopped (SIGTERM: the CLI closes its browser) a little before vitest's test timeout, so
 * a test that times out leaves no CLI or Chromium behind to slow down the tests after it. A test
 * with a longer timeout of its own passes `timeoutMs`.
 */
const CLI_TIMEOUT_MS = 110_000;

/**
 * Runs the real CLI as a subprocess, as a user would (`bin`: another copy, such as an installed
 * package's; `stdin`: what is piped in, else nothing). A run stopped for taking too long has code -1.
 */
/** `nodeArgs`: options for Node itself, before the CLI's script (a test's `--import` seam, see writeFault.mjs). */
export function runCli(
  args: string[],
  options: {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    timeoutMs?: number;
    bin?: string;
    stdin?: string;
    nodeArgs?: string[];
  } = {},
): Promise<CliResult> {
  const timeout = options.timeoutMs ?? CLI_TIMEOUT_MS;
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [...(options.nodeArgs ?? []), options.bin ?? BIN, ...args],
      { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, maxBuffer: 64 * 1024 * 1024, timeout },
      (error, stdout, stderr) => {
        if (error?.killed)
          return resolve({ code: -1, stdout, stderr: `${stderr}(stopped after ${timeout / 1000} s)\n` });
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.stdin ?? '');
  });
}

export function tempDir(prefix = 'recapdeck-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function pdfPageCount(path: string): Promise<number> {
  const pdf = await PDFDocument.load(await readFile(path), { updateMetadata: false });
  return pdf.getPageCount();
}
