import { fileURLToPath } from 'node:url';
import { RecapError } from '../errors.js';
import type { Theme } from '../themes.js';

/**
 * Marp Markdown files → presentable HTML beside them, with marp-cli's bespoke template
 * (keyboard navigation, presenter view with notes, fullscreen). Runs in process: no browser needed.
 */
export async function exportHtml(markdownFiles: string[], themes: Theme[]): Promise<void> {
  if (markdownFiles.length === 0) return;
  const { marpCli } = await import('@marp-team/marp-cli');
  const engine = fileURLToPath(new URL('./marpEngine.js', import.meta.url));
  const args = ['--no-config-file', '--engine', engine, '--template', 'bespoke', '--bespoke.progress', '--theme-set', ...themes.map((theme) => theme.file), '--', ...markdownFiles];
  const code = await quietly(() => marpCli(args));
  if (code !== 0) throw new RecapError('export', `Cannot export HTML: marp-cli exited with ${code}`);
}

/** marp-cli reports each file it converts on the console; recapdeck prints its own progress. */
async function quietly<T>(task: () => Promise<T>): Promise<T> {
  const saved = { log: console.log, info: console.info, warn: console.warn };
  const errors: string[] = [];
  console.log = console.info = () => undefined;
  console.warn = (...parts: unknown[]) => {
    const line = parts.map(String).join(' ');
    if (/ERROR|WARN/.test(line)) errors.push(line);
  };
  try {
    return await task();
  } finally {
    Object.assign(console, saved);
    for (const line of errors) process.stderr.write(`${line}\n`);
  }
}
