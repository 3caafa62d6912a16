// Copies the style sheet of marp-cli's bespoke template (kept inside marp-cli's code, not as a
// file) into src/export/html/bespoke/bespoke.css, from the HTML marp-cli writes for a one-slide deck.
// Run after upgrading marp-cli: `npm run bespoke:css` (test/e2e/bespokeHtml.test.ts tells when).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marpCli } from '@marp-team/marp-cli';

const dir = await mkdtemp(join(tmpdir(), 'recapdeck-bespoke-css-'));
try {
  await writeFile(join(dir, 'deck.md'), '# One slide\n');
  if ((await marpCli(['--no-config-file', '--template', 'bespoke', join(dir, 'deck.md')])) !== 0)
    throw new Error('marp-cli failed');
  const html = await readFile(join(dir, 'deck.html'), 'utf8');
  const css = /<style>([^<]*bespoke-marp[^<]*)<\/style>/.exec(html)?.[1];
  if (!css) throw new Error("no bespoke style sheet in marp-cli's HTML");
  await writeFile(new URL('../src/export/html/bespoke/bespoke.css', import.meta.url), css);
  console.log(`src/export/html/bespoke/bespoke.css: ${css.length} characters`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
