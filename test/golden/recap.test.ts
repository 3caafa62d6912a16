import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { planDecks, type RecapKind } from '../../src/plan/planDecks.js';
import { renderDeck } from '../../src/render/renderDeck.js';
import { EXAMPLE, ROOT } from '../support/cli.js';

/** Golden files: reviewed as diffs; regenerate with `UPDATE=1 npx vitest run test/golden`. */
const GOLDEN: Record<RecapKind, string> = {
  brief: join(ROOT, 'test/golden/kubecon-eu-2021.recap.md'),
  full: join(ROOT, 'test/golden/kubecon-eu-2021.recap-full.md'),
};

describe('golden recap.md of the example', () => {
  it.each(['brief', 'full'] as const)('matches the reviewed Marp Markdown of the %s recap', async (kind) => {
    const notes = parseNotes(await readFile(EXAMPLE, 'utf8'), 'examples/kubecon-eu-2021.md');
    const [recap] = planDecks(buildConference(notes), { decks: ['recap', 'session'], recap: kind });
    const markdown = renderDeck(recap!, { theme: 'recap-light', size: '16:9' });
    if (process.env.UPDATE) await writeFile(GOLDEN[kind], markdown);
    expect(markdown).toBe(await readFile(GOLDEN[kind], 'utf8'));
  });
});
