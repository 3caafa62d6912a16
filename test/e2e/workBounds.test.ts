import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TALK_POINTS } from '../../src/model/workBounds.js';
import { MAX_LINES } from '../../src/parse/lineCount.js';
import { runCli, tempDir } from '../support/cli.js';

describe('notes past a bound on work', () => {
  it('are refused by build and inspect with one line, file:line, exit 1', async () => {
    const dir = await tempDir('recapdeck-bounds-');
    const long = join(dir, 'long.md');
    await writeFile(long, `# Conf\n${'\n'.repeat(MAX_LINES - 1)}- a\n`);
    const talk = join(dir, 'talk.md');
    await writeFile(talk, `# Conf\n\n## Day\n\n### Talk - Eve\n\n${'- a\n'.repeat(MAX_TALK_POINTS + 1)}`);
    for (const args of [['inspect'], ['build', '-o', join(dir, 'out'), '--format', 'md,html']]) {
      const lines = await runCli([...args, long]);
      expect(lines.code).toBe(1);
      expect(lines.stderr).toBe(
        `recapdeck: ${long}:${MAX_LINES + 1}: Cannot read notes of more than ${MAX_LINES} lines, expected at most ${MAX_LINES}: split them into several files\n`,
      );
      const points = await runCli([...args, talk]);
      expect(points.code).toBe(1);
      expect(points.stderr).toBe(
        `recapdeck: ${talk}:7: Cannot make slides of a talk with more than ${MAX_TALK_POINTS} bullets and paragraphs, expected at most ${MAX_TALK_POINTS}: split it into several talks\n`,
      );
    }
  });
});

describe('notes just inside a bound on work', () => {
  it(`build a talk of ${MAX_TALK_POINTS} points in seconds`, async () => {
    // Its recap slide shows the most points that fit: trying every prefix of them took minutes.
    const dir = await tempDir('recapdeck-bounds-');
    const talk = join(dir, 'talk.md');
    await writeFile(
      talk,
      `# Conf\n\n## Day\n\n### Talk - Eve\n\n${Array.from({ length: MAX_TALK_POINTS }, (_, index) => `- point ${index} with *more* text\n`).join('')}`,
    );
    // Stopped after the 60 s the bounds promise (it took minutes): a stopped build says so on stderr.
    const built = await runCli(['build', talk, '-o', join(dir, 'out'), '--format', 'md', '--quiet'], {
      timeoutMs: 60_000,
    });
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
  }, 90_000);
});
