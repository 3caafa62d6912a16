import { access, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_NOTES_BYTES } from '../../src/pipeline/loadNotes.js';
import { runCli, tempDir } from '../support/cli.js';

/** Exit 1, one line naming the file (and line, where given), no stack trace, and nothing written. */
async function expectRefused(notes: string, pattern: RegExp): Promise<void> {
  const out = join(await tempDir('recapdeck-refused-'), 'out');
  const result = await runCli(['build', notes, '-o', out]);
  expect(result.code, result.stderr).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
  await expect(access(out)).rejects.toThrow();
}

describe('notes that are not notes, or are broken', () => {
  let dir: string;
  const file = async (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  };

  beforeAll(async () => {
    dir = await tempDir('recapdeck-broken-');
  });

  it('exits 1 with file:line on broken front matter (6)', async () => {
    await expectRefused(
      await file('unclosed.md', '---\ntitle: Conf\n\n## Day 1\n'),
      /unclosed\.md:1: Cannot find the end of the YAML front matter/,
    );
    await expectRefused(
      await file('toml.md', '+++\ntitle = "Conf"\ndate = [2021\n+++\n# Conf\n'),
      /toml\.md:3: Cannot read the TOML front matter/,
    );
    await expectRefused(
      await file('yaml.md', '---\ntitle: Conf\nauthors: [a, b\n---\n# Conf\n'),
      /yaml\.md:\d: Cannot read the YAML front matter/,
    );
    const bomb = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [name, previous] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
      ['g', 'f'],
      ['h', 'g'],
      ['i', 'h'],
    ])
      bomb.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    await expectRefused(
      await file('bomb.md', `${bomb.join('\n')}\ntitle: Boom\n---\n# Conf\n`),
      /bomb\.md:3: Cannot read the YAML front matter: it holds more than 10000 values once its aliases are expanded/,
    );
  });

  it('never executes a ---js front matter block (6)', async () => {
    const marker = join(dir, 'executed');
    const notes = await file(
      'code.md',
      `---js\nrequire('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = { title: 'x' }\n---\n# Conf\n`,
    );
    await expectRefused(notes, /code\.md:1: Cannot read the YAML front matter: executable front matter is not allowed/);
    const javascript = await file(
      'code2.md',
      `---javascript\n({ title: require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran') })\n---\n# Conf\n`,
    );
    await expectRefused(javascript, /code2\.md:1: .*executable front matter is not allowed/);
    await expect(access(marker)).rejects.toThrow();
  });

  it('refuses binary files, NUL bytes, invalid UTF-8 and UTF-16 with a clear line (7)', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108020000009077', 'hex');
    await expectRefused(
      await file('picture.md', png),
      /picture\.md:3: Cannot read notes with NUL bytes, expected a UTF-8 text file/,
    );
    await expectRefused(
      await file('nul.md', '# Conf\n\n## Day 1\n\n- one\u0000two\n'),
      /nul\.md:5: Cannot read notes with NUL bytes/,
    );
    await expectRefused(
      await file('latin1.md', Buffer.concat([Buffer.from('# Conf\n\n- caf'), Buffer.from([0xe9]), Buffer.from('\n')])),
      /latin1\.md:3: Cannot read notes that are not valid UTF-8/,
    );
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Conf\n\n- one\n', 'utf16le')]);
    await expectRefused(
      await file('utf16.md', utf16),
      /utf16\.md:1: Cannot read notes in UTF-16, expected UTF-8: save the file as UTF-8/,
    );
    const utf16be = Buffer.from([0xfe, 0xff, 0x00, 0x23, 0x00, 0x20, 0x00, 0x43]);
    await expectRefused(await file('utf16be.md', utf16be), /utf16be\.md:1: Cannot read notes in UTF-16/);
  });

  it('refuses empty and whitespace-only notes, folders and missing files (7)', async () => {
    await expectRefused(
      await file('empty.md', ''),
      /empty\.md: Cannot make decks from empty notes, expected some Markdown/,
    );
    await expectRefused(
      await file('blank.md', '\uFEFF \n\n\t\r\n   \n'),
      /blank\.md: Cannot make decks from empty notes/,
    );
    await mkdir(join(dir, 'folder.md'));
    // A folder is its .md files (README "CLI"): one with none is refused.
    await expectRefused(join(dir, 'folder.md'), /folder\.md: Cannot find notes in this folder, expected \.md files/);
    await expectRefused(join(dir, 'missing.md'), /missing\.md: Cannot read notes: no such file/);
  });

  it('makes a minimal deck from notes with a title and nothing else', async () => {
    const notes = await file('title-only.md', '---\ntitle: Only A Title\n---\n');
    const out = await tempDir();
    const result = await runCli(['build', notes, '-o', out, '--format', 'md']);
    expect(result.code, result.stderr).toBe(0);
    expect(await readFile(join(out, 'title-only/recap.md'), 'utf8')).toContain('# Only A Title');
  });
});

/** CommonMark's pathological inputs (cmark's test/pathological_tests.py), each under the size limit. */
const PATHOLOGICAL: Record<string, string> = {
  'nested-lists': `${'- '.repeat(5000)}a\n`,
  'nested-quotes': `${'>'.repeat(10000)} a\n`,
  'indented-lists': Array.from({ length: 400 }, (_, depth) => `${'  '.repeat(depth)}- a\n`).join(''),
  stars: `${'*'.repeat(60000)}\n`,
  'emphasis-mix': `${'a**b'.repeat(10000)}\n`,
  brackets: `${'['.repeat(10000)}\n`,
  'link-openers': `${'[a]('.repeat(10000)}\n`,
  'unclosed-links': `${'[a](<'.repeat(10000)}\n`,
  backticks: `${Array.from({ length: 600 }, (_, count) => '`'.repeat(count + 1)).join(' ')}\n`,
  'html-openers': `${'<a'.repeat(30000)}\n`,
  entities: `${'&#'.repeat(30000)}\n`,
  'table-columns': `|${'a|'.repeat(3000)}\n|${'-|'.repeat(3000)}\n${`|${'b|'.repeat(3000)}\n`.repeat(5)}`,
};

describe('pathological Markdown (8)', () => {
  it.each(Object.keys(PATHOLOGICAL))(
    'finishes %s, or refuses it with exit 1 and the line',
    async (name) => {
      const dir = await tempDir('recapdeck-pathological-');
      const notes = join(dir, `${name}.md`);
      await writeFile(notes, PATHOLOGICAL[name]!);
      const result = await runCli(['build', notes, '-o', join(dir, 'out'), '--format', 'md,html', '--quiet'], {
        timeoutMs: 290_000,
      });
      expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
      if (result.code === 1)
        expect(result.stderr).toMatch(
          new RegExp(
            `${name}\\.md:1: Cannot read (lists or quotes nested \\d+ deep, expected at most 100|a paragraph with \\d+ emphasis markers, expected at most 2000)`,
          ),
        );
      else {
        expect(result.code, result.stderr).toBe(0);
        expect((await readdir(join(dir, 'out', name))).sort()).toEqual(
          expect.arrayContaining(['index.html', 'manifest.json', 'recap.html', 'recap.md']),
        );
      }
      // Seconds each on an idle machine; the bound is generous because Chromium tests share the cores.
    },
    300_000,
  );

  it('refuses notes over the documented size limit: a 1 MB line and a 20 MB file', async () => {
    const dir = await tempDir('recapdeck-huge-');
    const line = join(dir, 'long-line.md');
    await writeFile(line, `# Conf\n\n${'word '.repeat(210_000)}\n`);
    const huge = join(dir, 'huge.md');
    await writeFile(huge, '## Day 1\n\n### Talk - Jane Doe\n\n- point\n\n'.repeat((20 * 1024 * 1024) / 40));
    for (const notes of [line, huge]) {
      const result = await runCli(['build', notes, '-o', join(dir, 'out')]);
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toMatch(
        new RegExp(
          `: Cannot read notes of \\d+ bytes, expected at most ${MAX_NOTES_BYTES} \\(1 MiB\\): split them into several files$`,
        ),
      );
    }
  });
});
