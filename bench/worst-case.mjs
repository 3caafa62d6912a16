// The worst notes we can make up to the 1 MiB size limit, each timed with `inspect --json` and with
// `build --format md,html` (CPU and wall time, peak RSS of the process). Every one must finish, or be refused with one
// clear line, within 60 s and 1 GiB (README "Security model", issue 15 item 6).
// Usage: npm run bench:worst [-- --size BYTES] [-- --only NAME] [-- --keep (the notes, to look into one case)]
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: String(1024 * 1024 - 4096) },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const size = Number(values.size);
const root = new URL('..', import.meta.url).pathname;
const work = await mkdtemp(join(tmpdir(), 'recapdeck-worst-'));

/** `unit(i)` repeated until the notes are `size` bytes (after `head`). */
const repeated = (head, unit) => {
  let text = head;
  for (let index = 0; text.length < size; index++) text += unit(index);
  return text.slice(0, size);
};
const shape = '---\nstructure: { days: h2, talks: h3 }\n---\n';
const talk = '# Conf\n\n## Day 1\n\n### A talk - Eve, Org\n\n';
const CASES = {
  'bullets (one list)': () => repeated(talk, () => '- a\n'),
  'bullets (lists of 1)': () => repeated(talk, () => '- a\n\nb\n\n'),
  'nested bullets (100 deep)': () => repeated(talk, (index) => `${'  '.repeat(index % 100)}- a\n`),
  paragraphs: () => repeated(talk, () => 'a\n\n'),
  'talks (headings)': () => repeated('# Conf\n\n## Day 1\n\n', (index) => `### T${index}\n`),
  'talks with speakers': () =>
    repeated('# Conf\n\n## Day 1\n\n', (index) => `### Talk ${index} - Ann Lee, Org\n\n- a\n`),
  'days (headings)': () => repeated('# Conf\n\n', (index) => `## Day ${index}\n### T\n`),
  'one long line': () => repeated(talk, () => 'word '),
  'long bullets': () => repeated(talk, () => `- ${'word '.repeat(2000)}\n`),
  links: () => repeated(talk, (index) => `- [l${index}](https://example.org/${index})\n`),
  'links on one line': () => repeated(talk, (index) => `[l](https://example.org/${index}) `),
  'bare URLs': () => repeated(talk, (index) => `https://example.org/a/b/c/${index} `),
  'table rows': () => repeated(`${talk}| a | b |\n|---|---|\n`, () => '| x | y |\n'),
  'table columns': () => `${talk}${'| a '.repeat(size / 8)}|\n${'|---'.repeat(size / 8)}|\n`.slice(0, size),
  quotes: () => repeated(talk, () => '> a\n'),
  'code blocks': () => repeated(talk, () => '```\nx\n```\n'),
  emphasis: () => repeated(talk, () => '*a* _b_ '),
  // Just inside every bound, read as the headings say (lists of links would otherwise read as lists of talks): 20,000 lines of about 52 bytes, as talks of 1,999 points or 1,000 talks.
  'points at the bounds': () =>
    repeated(
      `${shape}# Conf\n\n## Day 1\n\n`,
      (index) =>
        `${index % 1999 === 0 ? `### Talk ${index} - Eve\n` : ''}- [link ${index}](https://example.org/${index}) and *more* text\n`,
    ),
  'talks at the bound': () =>
    repeated(
      `${shape}# Conf\n\n`,
      (index) =>
        `${index % 160 === 0 ? `## Day ${index / 160 + 1}\n` : ''}${index % 20 === 0 ? `### Talk ${index / 20} about [k8s](https://k8s.io) - Ann Lee, Org\n` : `- point ${index} with a [link](https://example.org/${index}) and \`code\`\n`}`,
    ),
  'inline HTML': () => repeated(talk, () => '- <b>a</b>\n'),
  'angle brackets': () => repeated(talk, () => '- a < b `<c>` <!\n'),
};

/**
 * Runs the CLI under GNU time: wall and CPU seconds (CPU time is what counts on a shared machine),
 * peak RSS, the exit code and the last line of stderr.
 */
const measured = (args) =>
  new Promise((resolve, reject) => {
    const report = join(work, 'time.txt');
    const child = spawn(
      '/usr/bin/time',
      ['-o', report, '-f', '%e %U %S %M', process.execPath, join(root, 'bin/recapdeck.js'), ...args, '--quiet'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
    child.on('error', reject);
    child.on('exit', async (code) => {
      const [wall, user, system, kib] = (await readFile(report, 'utf8'))
        .trim()
        .split('\n')
        .at(-1)
        .split(' ')
        .map(Number);
      resolve({ code, wall, cpu: user + system, mib: kib / 1024, line: stderr.trim().split('\n').at(-1) });
    });
  });

const row = (cells) => console.log(cells.map((cell, index) => String(cell).padEnd(index === 0 ? 28 : 30)).join(''));
console.log(`Notes of ${size} bytes; CPU/wall seconds and peak RSS of recapdeck (needs GNU time at /usr/bin/time).`);
row(['notes', 'inspect', 'build md,html']);
const run = async (notes, args) => {
  const result = await measured([...args, notes]);
  const refused = result.code === 0 ? '' : ` exit ${result.code}`;
  return {
    text: `${result.cpu.toFixed(1)}/${result.wall.toFixed(1)} s ${Math.round(result.mib)} MiB${refused}`,
    line: result.code === 0 ? '' : result.line,
  };
};
for (const [name, make] of Object.entries(CASES)) {
  if (values.only && !name.includes(values.only)) continue;
  const notes = join(work, values.keep ? `${name.replace(/\W+/g, '-')}.md` : 'notes.md');
  await writeFile(notes, make());
  const inspect = await run(notes, ['inspect', '--json']);
  const build = await run(notes, ['build', '-o', join(work, 'out'), '--format', 'md,html']);
  row([name, inspect.text, build.text]);
  for (const line of new Set([inspect.line, build.line].filter(Boolean)))
    console.log(`${' '.repeat(28)}${line.slice(0, 120)}`);
  await rm(join(work, 'out'), { recursive: true, force: true });
}
if (values.keep) console.log(`Notes kept in ${work}`);
else await rm(work, { recursive: true, force: true });
