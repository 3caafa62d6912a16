import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

describe('links in the notes (CLI)', () => {
  it('writes a scheme-relative link as https: from a deck on disk it would open file://host/share', async () => {
    const dir = await tempDir('recapdeck-links-');
    await writeFile(
      join(dir, 'notes.md'),
      '# Links Conf\n\n## Day 1\n\n### Talk - Ann Lee\n\n- the [team share](//fileserver/team/slides) has the slides\n- see [docs][d]\n\n[d]: //docs.example.org/guide\n',
    );
    const result = await runCli(['build', 'notes.md', '-o', 'out', '--format', 'md,html'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const html = await readFile(join(dir, 'out/notes/recap.html'), 'utf8');
    expect(html).toContain('href="https://fileserver/team/slides"');
    expect(html).toContain('href="https://docs.example.org/guide"');
    expect(html).not.toMatch(/href="\/\//);
  });
});
