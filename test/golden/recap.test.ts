import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { planDecks } from '../../src/plan/planDecks.js';
import { renderDeck } from '../../src/render/renderDeck.js';
import { EXAMPLE, ROOT } from '../support/cli.js';

/** Golden files: reviewed as diffs; regenerate with `UPDATE=1 npx vitest run test/golden`. */
const GOLDEN = join(ROOT, 'test/golden/kubecon-eu-2021.recap.md');

describe('golden recap.md of the example', () => {
  it('matches the reviewed Marp Markdown', async () => {
    const notes = parseNotes(await readFile(EXAMPLE, 'utf8'), 'examples/kubecon-eu-2021.md');
    const [recap] = planDecks(buildConference(notes), { decks: ['recap'] });
    const markdown = renderDeck(recap!, { theme: 'recap-light', size: '16:9' });
    if (process.env.UPDATE) await writeFile(GOLDEN, markdown);
    expect(markdown).toBe(await readFile(GOLDEN, 'utf8'));
  });
});
