import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitAuthor } from '../../src/pipeline/gitAuthor.js';
import { tempDir } from '../support/cli.js';

// Apart from the merge rules' tests: this one runs git, and every mutant judged by those tests would run it too.
describe('gitAuthor', () => {
  it('is the last git author of a committed file, else null', async () => {
    const repo = await tempDir('recapdeck-git-');
    await mkdir(join(repo, 'sub'));
    await writeFile(join(repo, 'sub', 'notes.md'), '# Notes\n');
    await writeFile(join(repo, 'sub', 'draft.md'), '# Draft\n');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
        cwd: repo,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'Priya Shah',
          GIT_AUTHOR_EMAIL: 'p@example.org',
          GIT_COMMITTER_NAME: 'Build Bot',
          GIT_COMMITTER_EMAIL: 'b@example.org',
        },
      });
    git('init', '-q');
    git('add', 'sub/notes.md');
    git('commit', '-q', '-m', 'notes');
    expect(await gitAuthor(join(repo, 'sub', 'notes.md'))).toBe('Priya Shah');
    // Not committed; not in a repository; no such folder.
    expect(await gitAuthor(join(repo, 'sub', 'draft.md'))).toBeNull();
    const outside = await tempDir('recapdeck-nogit-');
    await writeFile(join(outside, 'notes.md'), '# Notes\n');
    expect(await gitAuthor(join(outside, 'notes.md'))).toBeNull();
    expect(await gitAuthor(join(outside, 'missing', 'notes.md'))).toBeNull();
  });

  it('is null, quietly, when git is not installed', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(await gitAuthor('/tmp/notes.md')).toBeNull();
    } finally {
      process.env.PATH = path;
    }
  });
});
