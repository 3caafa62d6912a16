import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { marpCli } from '@marp-team/marp-cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTitledFrames } from '../../src/export/html/bespokeFrames.js';
import { bespokeAssets, bespokeHtml } from '../../src/export/html/bespokeHtml.js';
import { documentLanguage } from '../../src/export/slides/documentLanguage.js';
import { createMarp, marpSlides } from '../../src/export/slides/marpSlides.js';
import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { planDecks } from '../../src/plan/planDecks.js';
import { renderDeck } from '../../src/render/renderDeck.js';
import { loadThemes, type Theme } from '../../src/themes.js';
import { EXAMPLE } from '../support/cli.js';

const STRESS = join(import.meta.dirname, '../fixtures/fitting/stress.md');
const CJK = join(import.meta.dirname, '../fixtures/corpus/03-kubecon-china-2019-toml-zh.md');
/** Characters both templates must escape, in titles, slides and speaker notes. */
const ESCAPES = `# Conf "Q" & a < b\n\n## Day 1\n\n### Talk "one" & <two> - Ann O'Neil\n\nProse for the notes: "quoted" & <b>not bold</b> 'single'.\n\n- Point & <i>x</i>\n`;
const LANG = 'de-DE';

/**
 * recapdeck writes each deck's HTML from the render it prints (one render per deck), in the form of
 * marp-cli's bespoke template. These decks go through marp-cli too, and the two files must be the
 * same byte for byte: a marp-cli upgrade that changes its template or presenter style fails here
 * (then `npm run bespoke:css` and a look at bespokeHtml.ts).
 */
describe('HTML is the file marp-cli writes with its bespoke template', () => {
  let dir: string;
  let themes: Theme[];
  const notes = [
    ...[EXAMPLE, STRESS, CJK].map((file) => ({ file, text: readFileSync(file, 'utf8') })),
    { file: 'escapes.md', text: ESCAPES },
  ];
  const decks = notes.flatMap(({ file, text }) =>
    planDecks(buildConference(parseNotes(text, file)), { decks: ['recap', 'session'], size: '16:9' }).map(
      (deck, index) => ({ name: `${basename(file, '.md')}-${index}`, deck }),
    ),
  );
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'recapdeck-bespoke-'));
    themes = await loadThemes();
    for (const { name, deck } of decks)
      await writeFile(join(dir, `${name}.md`), renderDeck(deck, { theme: 'recap-light', size: '16:9' }));
    await writeFile(join(dir, 'marp.config.json'), JSON.stringify({ lang: LANG }));
    const engine = join(import.meta.dirname, '../fixtures/marpCliEngine.mjs');
    const quiet = { ...console };
    console.log = console.info = console.warn = () => undefined;
    try {
      const code = await marpCli([
        '--config-file',
        join(dir, 'marp.config.json'),
        '--engine',
        engine,
        '--template',
        'bespoke',
        '--bespoke.progress',
        '--theme-set',
        ...themes.map((theme) => theme.file),
        '--',
        ...decks.map(({ name }) => join(dir, `${name}.md`)),
      ]);
      expect(code).toBe(0);
    } finally {
      Object.assign(console, quiet);
    }
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('for every deck of the example, CJK notes, notes hard to fit, and notes full of characters to escape', async () => {
    const marp = createMarp(themes, LANG);
    const presenter = await bespokeAssets();
    expect(decks.length).toBeGreaterThan(17);
    for (const { name } of decks) {
      const ours = bespokeHtml(
        { ...marpSlides(marp, await readFile(join(dir, `${name}.md`), 'utf8')), lang: LANG },
        presenter,
      );
      // The one change recapdeck makes: titles for the presenter script's frames.
      const theirs = await readFile(join(dir, `${name}.html`), 'utf8');
      expect(firstDifference(ours, withTitledFrames(theirs)), name).toBeNull();
      expect(ours).toContain('title:"Next slide"');
      expect(ours).toContain('.title="Slide overview"');
    }
  });

  it('has speaker notes, escaped, and the presenter script and style', async () => {
    const recap = await readFile(join(dir, `${decks[0]!.name}.html`), 'utf8');
    expect(recap).toContain('<div class="bespoke-marp-note" data-index="0" tabindex="0"><p>');
    expect(recap).toContain('.bespoke-marp-osc');
    expect(recap).toContain(`lang="${LANG}"`);
    const escapes = await readFile(join(dir, 'escapes-0.html'), 'utf8');
    expect(escapes).toContain('<title>Conf &quot;Q&quot; &amp; a &lt; b</title>');
    expect(escapes).not.toContain('<b>not bold</b>');
  });

  it("marks decks with the user's language as a valid tag", () => {
    expect(documentLanguage({ LANG: 'de_DE.UTF-8' })).toBe('de-DE');
    expect(documentLanguage({ LC_ALL: 'fr_FR@euro', LANG: 'de_DE.UTF-8' })).toBe('fr-FR');
    expect(documentLanguage({ LANG: 'C' })).toBe('en');
    expect(documentLanguage({ LANG: 'POSIX' })).toBe('en');
    expect(documentLanguage({})).toBe('en');
  });
});

/** Where two long documents first differ, with a little context (a whole-file diff of minified HTML is unreadable); null when equal. */
function firstDifference(ours: string, theirs: string): { at: number; ours: string; theirs: string } | null {
  if (ours === theirs) return null;
  let at = 0;
  while (ours[at] === theirs[at]) at++;
  return { at, ours: ours.slice(Math.max(0, at - 60), at + 60), theirs: theirs.slice(Math.max(0, at - 60), at + 60) };
}
