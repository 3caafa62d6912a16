import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { RecapError } from '../../src/errors.js';
import { buildConference } from '../../src/model/buildConference.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { imageTarget, isSafeLink } from '../../src/parse/urlPolicy.js';
import { planDecks } from '../../src/plan/planDecks.js';
import { renderDeck } from '../../src/render/renderDeck.js';

const FILE = '/notes/team/hostile.md';

/**
 * Links and images in the decks' Marp Markdown that could run script or read a file outside
 * /notes/team. Marp reads a deck as one document; the slides of all decks, each once, are read alike.
 */
function unsafeTargets(decks: string[]): string[] {
  const found: string[] = [];
  // Marp's front matter is YAML, not Markdown: its `<…>` are not links.
  const slides = new Set(decks.flatMap((markdown) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n---\n')));
  visit(parseMarkdown([...slides].join('\n\n---\n\n')), (node: Nodes) => {
    if ((node.type === 'link' || node.type === 'definition') && !isSafeLink(node.url)) found.push(node.url);
    if (node.type === 'image') {
      const target = imageTarget(node.url, FILE);
      if (target.kind === 'unsafe' || (target.kind === 'local' && !target.inside)) found.push(node.url);
    }
  });
  return found;
}

/** Fragments from XSS cheat sheets and CommonMark's pathological cases, mixed with ordinary Markdown. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '<svg onload=alert(3)>',
  '<iframe srcdoc="<script>alert(4)</script>"></iframe>',
  '<!-- --><script>alert(5)</script><!-- -->',
  '<!-- backgroundImage: url(file:///etc/passwd) -->',
  '<style>section{background:url(/etc/passwd)}</style>',
  '[a](javascript:alert(6))',
  '[b](JaVaScRiPt:alert(7))',
  '[c](jav&#x61;script:alert(8))',
  '[d](jav&#9;ascript:alert(9))',
  '[e](vbscript:msgbox(1))',
  '[f](data:text/html,<script>alert(1)</script>)',
  '<javascript:alert(10)>',
  '[g][r]\n\n[r]: javascript:alert(11)',
  '![h](/etc/passwd)',
  '![i](file:///etc/shadow)',
  '![j](../../../etc/hostname)',
  '![k](%2e%2e/%2e%2e/etc/hosts)',
  '![l][img]\n\n[img]: /etc/passwd',
  '[![m](/etc/passwd)](javascript:alert(12))',
  '![ok](img/pic.png "title")',
  '![remote](https://example.org/a.png)',
  '---',
  '+++',
  '---js\nthrow 1\n---',
  '{{< figure src="x.png" caption="Cap" >}}',
  '{% include x %}',
  '```\ncode [x](javascript:y)\n```',
  '> > > quoted',
  '- - - nested',
  '*'.repeat(200),
  '['.repeat(200),
  '`'.repeat(50),
  '| a | b |\n|---|---|\n| <script>x</script> | [y](javascript:z) |',
  '\u202Eevil\u202C',
  '\uFFFD\uFEFF',
  '# ',
  '## Day 1',
  '### Talk - Jane Doe, Acme',
  '**Bold heading**',
  'Speaker: A B',
  'TODO: look',
  'Quote: "x"',
];
const heading = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.string({ maxLength: 30 }))
  .map(([level, text]) => `${'#'.repeat(level)} ${text}`);
const fragment = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: heading },
  { weight: 2, arbitrary: fc.string({ maxLength: 60 }).map((text) => `- ${text}`) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom('*', '_', '[', ']', '(', ')', '<', '>', '`', '!', '#', '-', ' ', '\n', '|', '\\', ':'),
      maxLength: 40,
    }),
  },
);
const notes = fc
  .array(fragment, { minLength: 1, maxLength: 8 })
  .chain((parts) => fc.constantFrom('\n', '\n\n').map((glue) => parts.join(glue)));

/** Cases tried; mutation runs (scripts/mutate.mjs) try fewer per mutant, as the targeted tests do the killing. */
const RUNS = Number(process.env.FC_RUNS ?? 2000);

describe('untrusted notes through parse, model, plan and render', () => {
  it('never throw anything but a RecapError, and leave no unsafe link or image in any deck', () => {
    let runs = 0;
    fc.assert(
      fc.property(notes, fc.boolean(), (text, yamlTitle) => {
        runs++;
        const withFrontMatter = yamlTitle ? `---\ntitle: ${JSON.stringify(text.slice(0, 40))}\n---\n${text}` : text;
        let conference: ReturnType<typeof buildConference>;
        try {
          conference = buildConference(parseNotes(withFrontMatter, FILE));
        } catch (error) {
          // Bad input may be refused, but only ever as one clear error.
          if (error instanceof RecapError) return;
          throw error;
        }
        const decks = planDecks(conference, { decks: ['recap', 'session'] });
        for (const deck of decks) expect(deck.slides.length).toBeGreaterThan(0);
        expect(unsafeTargets(decks.map((deck) => renderDeck(deck, { theme: 'recap-light', size: '16:9' })))).toEqual(
          [],
        );
      }),
      { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? 7), endOnFailure: true },
    );
    expect(runs).toBeGreaterThanOrEqual(RUNS);
    // About 20 s of CPU; on a machine shared with Chromium tests the wall time can be several times that.
  }, 600_000);
});
