import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusNotesIn } from '../support/corpusFiles.js';
import { lostWords, MARKUP_TAGS } from '../support/noteWords.js';

const CORPUS = join(import.meta.dirname, '../fixtures/corpus');
const corpusFiles = corpusNotesIn(CORPUS);

describe('nothing the author wrote is lost', () => {
  it.each(corpusFiles)('keeps every word of %s in the recap and session decks together', (name) => {
    const file = join(CORPUS, name);
    expect(lostWords(readFileSync(file, 'utf8'), file)).toEqual([]);
  });

  it('finds words glued to a repository path the model made a link, in text written without spaces (corpus 105)', () => {
    const notes =
      '# RubyKaigi\n\n## Walking around ruby forest\n\n- その場でgithub.com/ruby/rubyをcloneして一緒に読んだ\n';
    expect(lostWords(notes, 'notes.md')).toEqual([]);
  });
});

/** Generated notes: headings at random levels, nested lists, prose, links, bold lines and rules, in any order. */
const word = fc.stringMatching(/^[a-z]{3,9}$/);
const name = fc
  .tuple(word, word)
  .map(([first, last]) => `${first[0]!.toUpperCase()}${first.slice(1)} ${last[0]!.toUpperCase()}${last.slice(1)}`);
const phrase = fc.array(word, { minLength: 1, maxLength: 7 }).map((words) => words.join(' '));
const inline = fc.oneof(
  { weight: 4, arbitrary: phrase },
  { weight: 1, arbitrary: fc.tuple(phrase, word).map(([text, path]) => `[${text}](https://example.org/${path})`) },
  { weight: 1, arbitrary: word.map((path) => `https://example.com/${path}`) },
  { weight: 1, arbitrary: phrase.map((text) => `\`${text}\``) },
  // An element named in prose, as people write about HTML and SVG: text, not markup.
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        word.filter((tag) => !MARKUP_TAGS.has(tag)),
        fc.constantFrom('<', '</'),
        phrase,
      )
      .map(([tag, open, text]) => `${text} ${open}${tag}> ${text}`),
  },
);
const line = fc.array(inline, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '));
type ListTree = { text: string; children: ListTree[] };
/** Lists nested at most `depth` levels deep. */
function listTree(depth: number): fc.Arbitrary<ListTree> {
  const children = depth > 1 ? fc.array(listTree(depth - 1), { maxLength: 3 }) : fc.constant([]);
  return fc.record({ text: line, children });
}
function listMarkdown(items: ListTree[], depth = 0): string {
  return items.map((item) => `${'  '.repeat(depth)}- ${item.text}\n${listMarkdown(item.children, depth + 1)}`).join('');
}
const block = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), phrase, fc.option(name))
    .map(([level, text, speaker]) => `${'#'.repeat(level)} ${text}${speaker ? ` - ${speaker}` : ''}`),
  fc.array(listTree(3), { minLength: 1, maxLength: 4 }).map((items) => listMarkdown(items)),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')),
  phrase.map((text) => `**${text}**`),
  fc.constant('---'),
  fc
    .tuple(word, fc.array(phrase, { minLength: 1, maxLength: 3 }))
    .map(([lang, lines]) => `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``),
);
// A first line of `---` opens front matter; notes that start with a rule are another test's business.
const notes = fc
  .array(block, { minLength: 1, maxLength: 25 })
  .filter((blocks) => blocks[0] !== '---')
  .map((blocks) => `${blocks.join('\n\n')}\n`);

/** FUZZ_SCALE=20 runs twenty times as many generated notes (for a search before a release, not for CI). */
const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const H1_LINK_OVER_TALKS =
  '---\ntitle: aaa\n---\n\n# [aaa](https://example.org/aab) aaa\n\n- [aaa](https://example.org/aaa)\n- [aaa](https://example.org/aaa)\n- https://example.com/aaa aaa\n- aaa\n\n\n**aaa**\n';
const H1_LINK_OVER_TALKS_WITH_CODE =
  '---\ntitle: aaa\n---\n\n# [aaa](https://example.org/aab) aaa\nhttps://example.com/aaa\n\n- [aaa](https://example.org/aaa) aaa\n- https://example.com/aaa aaa\n- [aaa](https://example.org/aaa)\n- aaa\n\n\n```aaa\naaa\n```\n';

const H1_LINK_AS_CAPTION =
  '---\ntitle: aaa\n---\n\n# - [aaa](https://example.org/aab)\n- `aaa`\n\n\n[aaa](https://example.org/aaa)\n\n- https://example.com/aaa `aaa`\n- https://example.com/aaa aaa\n- [aaa](https://example.org/aaa)\n\n';

/** A group of groups in notes without days: read as a group of the one day, its own name was lost (fixed: it stays a day). */
const GROUP_OF_GROUPS = '# aaa\n\n## aab\n\n### aab - Aab Aab\n\n# aab\n\nhttps://example.com/aab\n';
const GROUP_OF_GROUPS_TITLED =
  '---\ntitle: aaa\n---\n\n# aaa - Aaa Aab\n\n## aaa\n\n### aaa - Aaa Aaa\n\n# aaa\n\n**aaa**\n';

/** A group inside a group: only the inner one named the talks, and the outer heading was lost (fixed: both name it). */
const GROUP_IN_GROUP = '# aaa\n\n# aaa\n\n## aab\n\n### aaa\n\n#### aaa - Aaa Aaa\n\n- https://example.com/aaa\n\n';

describe('nothing is lost from generated notes', () => {
  it('keeps every word of any generated notes in the recap and session decks together', () => {
    fc.assert(
      fc.property(notes, (text) => {
        expect(lostWords(text, 'generated.md')).toEqual([]);
      }),
      { numRuns: 400 * FUZZ_SCALE, examples: [[GROUP_OF_GROUPS], [GROUP_IN_GROUP]] },
    );
  });

  it('keeps every word when a front matter title outranks a first line or a lone H1 that could name the notes', () => {
    const titled = fc
      .tuple(phrase, fc.boolean(), notes)
      .map(
        ([title, loneH1, body]) =>
          `---\ntitle: ${title}\n---\n\n${loneH1 ? `# ${body.replace(/^#+ /gm, '## ')}` : body}`,
      );
    fc.assert(
      fc.property(titled, (text) => {
        expect(lostWords(text, 'generated.md')).toEqual([]);
      }),
      // Found by this test: a lone H1 with a link over a list of talks became the talks' group label, or a list's
      // caption (a slide title), and its link target was lost.
      {
        numRuns: 200 * FUZZ_SCALE,
        examples: [
          [H1_LINK_OVER_TALKS],
          [H1_LINK_OVER_TALKS_WITH_CODE],
          [H1_LINK_AS_CAPTION],
          [GROUP_OF_GROUPS_TITLED],
        ],
      },
    );
  });
});
