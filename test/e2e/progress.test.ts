import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runCli, tempDir } from '../support/cli.js';

describe('build progress and summary (CLI, stderr not a terminal)', () => {
  it('prints a plain line per deck, then the summary', async () => {
    const result = await runCli(['build', EXAMPLE, '-o', await tempDir(), '--format', 'md,html']);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(19);
    lines
      .slice(0, 17)
      .forEach((line, index) =>
        expect(line).toMatch(
          new RegExp(`^\\[${index + 1}/17\\] (recap|sessions/\\d\\d-[a-z0-9-]+) \\(\\d+\\.\\d s\\)$`),
        ),
      );
    expect(
      lines
        .slice(0, 17)
        .map((line) => line.split(' ')[1])
        .sort(),
    ).toContain('recap');
    expect(lines[17]).toMatch(/^Recap: \d+ slides · slides per talk: /);
    expect(lines[18]).toMatch(/^Wrote 17 decks \(md, html\) to .* in \d+\.\d s — open .*index\.html$/);
    expect(result.stderr).not.toContain('\r');
    expect(result.stdout).toBe('');
  });

  it('prints nothing with --quiet', async () => {
    const result = await runCli(['build', EXAMPLE, '-o', await tempDir(), '--format', 'md,html', '--quiet']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('');
  });

  it('prints a JSON summary on stdout with --json: decks, files, timings', async () => {
    const out = await tempDir();
    const result = await runCli(['build', EXAMPLE, '-o', out, '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const summary = JSON.parse(result.stdout) as {
      dir: string;
      decks: Record<string, number>;
      files: { written: string[]; kept: string[] };
      timings: Record<string, number>;
      manifest: { decks: unknown[] };
    };
    expect(summary.dir).toBe(join(out, 'kubecon-eu-2021'));
    expect(summary.decks).toEqual({ total: 17, made: 17, unchanged: 0 });
    expect(summary.files.written).toHaveLength(17 * 3);
    expect(summary.files.written).toContain('recap.pdf');
    expect(summary.files.kept).toEqual([]);
    expect(summary.manifest.decks).toHaveLength(17);
    for (const phase of ['model', 'md', 'html', 'pdf', 'total']) expect(summary.timings[phase]).toBeGreaterThan(0);
    expect(summary.timings.total).toBeGreaterThanOrEqual(summary.timings.pdf!);
  });
});
