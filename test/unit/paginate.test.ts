import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayText } from '../../src/plan/displayText.js';
import {
  balancedPages,
  blockLines,
  bodyLines,
  itemLines,
  LINES_PER_SLIDE,
  paginateItems,
} from '../../src/plan/paginate.js';
import type { SlideItem } from '../../src/plan/types.js';
import { unsplit } from '../support/unsplit.js';

const leaf = (markdown: string): SlideItem => ({ markdown, children: [], blocks: [] });
const x = (count: number) => 'x'.repeat(count);
const pageLines = (page: SlideItem[]) => page.reduce((sum, item) => sum + itemLines(item), 0);

/** Bullet lists on a 16:9 slide titled "Points", measured in Chromium with each theme (scripts/measureFit.mjs). */
interface MeasuredList {
  items: SlideItem[];
  themes: Record<string, { overflowPx: number; roomPx: number }>;
}
const measuredLists = (): MeasuredList[] =>
  (
    JSON.parse(readFileSync(new URL('../fixtures/fitting/bullet-fit.json', import.meta.url), 'utf8')) as {
      cases: MeasuredList[];
    }
  ).cases;
/** Pixels the text runs past the slide's body in the tightest theme (negative: room to spare). */
const overflow = (list: MeasuredList) => Math.max(...Object.values(list.themes).map((theme) => theme.overflowPx));
/** Four lines of 30 px text at line height 1.4: the estimate may leave this much unused, not more. */
const FOUR_LINES_PX = 4 * 42;

describe('paginateItems against slides measured in Chromium', () => {
  it('has lists on both sides of the limit to check against', () => {
    const lists = measuredLists();
    expect(lists.filter((list) => overflow(list) <= 0).length).toBeGreaterThanOrEqual(40);
    expect(lists.filter((list) => overflow(list) > 0).length).toBeGreaterThanOrEqual(40);
  });

  it('keeps a list on one slide only when it fits there in every theme', () => {
    for (const list of measuredLists()) {
      if (paginateItems(list.items, LINES_PER_SLIDE).length === 1)
        expect(overflow(list), JSON.stringify(list.items)).toBeLessThanOrEqual(0);
    }
  });

  it('keeps on one slide every list that fits with four lines to spare', () => {
    for (const list of measuredLists()) {
      if (overflow(list) <= -FOUR_LINES_PX)
        expect(paginateItems(list.items, LINES_PER_SLIDE), JSON.stringify(list.items)).toHaveLength(1);
    }
  });
});

// A 16:9 line of bullet text holds 77 characters, filled to 92% on average: 70 at the top level.
describe('the line estimate at its thresholds', () => {
  it('wraps text past 70 characters, less for each level of indent, never under 12', () => {
    expect(itemLines(leaf(x(70)))).toBeCloseTo(1.15, 10);
    expect(itemLines(leaf(x(71)))).toBeCloseTo(2.15, 10);
    expect(itemLines(leaf(x(67)), 1)).toBeCloseTo(1.15, 10);
    expect(itemLines(leaf(x(68)), 1)).toBeCloseTo(2.15, 10);
    expect(itemLines(leaf(x(11)), 20)).toBeCloseTo(1.15, 10);
    expect(itemLines(leaf(x(12)), 20)).toBeCloseTo(2.15, 10);
  });

  it('counts bold text a seventh wider, written with stars or underscores', () => {
    expect(itemLines(leaf(`**${x(61)}**`))).toBeCloseTo(1.15, 10);
    expect(itemLines(leaf(`**${x(62)}**`))).toBeCloseTo(2.15, 10);
    expect(itemLines(leaf(`__${x(62)}__`))).toBeCloseTo(2.15, 10);
    expect(itemLines(leaf(`*${x(62)}*`))).toBeCloseTo(1.15, 10);
  });

  it('counts the text a link, emphasis or code shows, not its marks or target', () => {
    expect(displayText('[**Bold** link](https://example.org/a)  `code`\n~~gone~~ ![alt](a.png) _em_')).toBe(
      'Bold link code gone alt em',
    );
    expect(itemLines(leaf(`[${x(70)}](https://example.org/${x(40)})`))).toBeCloseTo(1.15, 10);
  });

  it('gives a picture six lines, an empty bullet one', () => {
    expect(itemLines(leaf('![diagram](a.png)'))).toBeCloseTo(6.15, 10);
    expect(itemLines(leaf('see ![diagram](a.png)'))).toBeCloseTo(7.15, 10);
    expect(itemLines(leaf('![a](a.png) ![b](b.png)'))).toBeCloseTo(12.15, 10);
    expect(itemLines(leaf(''))).toBeCloseTo(1.15, 10);
  });

  it('gives code 0.65 of a line a line, 0.8 for its padding, wrapping past 89 characters (less when indented)', () => {
    expect(blockLines('```\nkubectl get pods\n```', 77)).toBeCloseTo(1.45, 10);
    expect(blockLines('```sh\none\ntwo\n```', 77)).toBeCloseTo(2.1, 10);
    expect(blockLines(`\`\`\`\n${x(89)}\n\`\`\``, 77)).toBeCloseTo(1.45, 10);
    expect(blockLines(`\`\`\`\n${x(90)}\n\`\`\``, 77)).toBeCloseTo(2.1, 10);
    expect(blockLines(`\`\`\`\n${x(86)}\n\`\`\``, 73)).toBeCloseTo(2.1, 10);
    expect(blockLines(`~~~\n${x(85)}\n~~~`, 73)).toBeCloseTo(1.45, 10);
    // A quote in its larger type (36 px at 1.35 against the body's 42 px line), with a paragraph's margin.
    expect(blockLines('> a quote', 77)).toBeCloseTo((36 * 1.35) / 42 + 0.45, 10);
    expect(itemLines({ markdown: 'Run it', children: [leaf('then this')], blocks: ['```\nmake\n```'] })).toBeCloseTo(
      4.2,
      10,
    );
  });

  it('takes a line of body text for each title line past the first (48 px against 42)', () => {
    expect(bodyLines('')).toBe(11);
    expect(bodyLines(x(50))).toBe(11);
    expect(bodyLines(x(51))).toBe(10);
    expect(bodyLines(x(101))).toBe(9);
    expect(bodyLines(x(151))).toBe(8);
    expect(bodyLines(x(201))).toBe(6);
  });
});

describe('paginateItems and balancedPages at their limits', () => {
  it('fills a page exactly to the budget', () => {
    const items = [leaf('a'), leaf('b'), leaf('c')];
    expect(paginateItems(items, 3.45)).toHaveLength(1);
    expect(paginateItems(items, 3.44)).toHaveLength(2);
  });

  it('balances pages: twelve points are two slides of six, not ten and two', () => {
    const items = Array.from({ length: 12 }, (_, index) => leaf(`Point ${index}`));
    expect(paginateItems(items, 11.6).map((page) => page.length)).toEqual([10, 2]);
    expect(balancedPages(items, 11.6).map((page) => page.length)).toEqual([6, 6]);
    expect(balancedPages(items.slice(0, 3), 11.6).map((page) => page.length)).toEqual([3]);
    expect(balancedPages([], 11.6)).toEqual([]);
  });

  it('marks the later pieces of a split parent as continuing it, not the first', () => {
    const children = Array.from({ length: 6 }, (_, index) => leaf(`Child ${index}`));
    const pages = paginateItems([{ markdown: 'Parent', children, blocks: [] }], 4);
    expect(
      pages.map((page) =>
        page.map((item) => [item.markdown, item.children.length, 'continues' in item ? item.continues : '-']),
      ),
    ).toEqual([[['Parent', 2, '-']], [['Parent *(cont.)*', 2, true]], [['Parent *(cont.)*', 2, true]]]);
  });

  it('splits the lone child of a parent when that child is taller than a slide (one bullet holding an outline)', () => {
    const grandchildren = Array.from({ length: 6 }, (_, index) => leaf(`Grandchild ${index}`));
    const parent = {
      markdown: 'Parent',
      children: [{ markdown: 'Child', children: grandchildren, blocks: [] }],
      blocks: [],
    };
    const pages = paginateItems([parent], 4);
    expect(
      pages.map((page) =>
        page.map((item) => [item.markdown, item.children.map((child) => [child.markdown, child.children.length])]),
      ),
    ).toEqual([
      [['Parent', [['Child', 1]]]],
      [['Parent *(cont.)*', [['Child *(cont.)*', 1]]]],
      [['Parent *(cont.)*', [['Child *(cont.)*', 1]]]],
      [['Parent *(cont.)*', [['Child *(cont.)*', 1]]]],
      [['Parent *(cont.)*', [['Child *(cont.)*', 1]]]],
      [['Parent *(cont.)*', [['Child *(cont.)*', 1]]]],
    ]);
  });

  it('cuts a bullet whose own text is taller than a slide between sentences, never inside a link or code', () => {
    // Four sentences of 60 characters: one line each at 70 characters a line.
    const sentence = (word: string) => `${word} ${'x'.repeat(50)} done.`.padEnd(60, 'y');
    const text = ['One', 'Two', 'Three', 'Four'].map(sentence).join(' ');
    const child = leaf('Child');
    const pages = paginateItems([{ markdown: text, children: [child], blocks: [] }], 2.2);
    const items = pages.flat();
    expect(items.map((item) => item.markdown.split(' ')[0])).toEqual(['One', 'Three']);
    expect(items.map((item) => item.markdown).join(' ')).toBe(text);
    expect(items.map((item) => ('continues' in item ? item.continues : '-'))).toEqual(['-', true]);
    expect(items.map((item) => item.children.length)).toEqual([0, 1]);
    // One line more room: all four on one slide, whole.
    expect(paginateItems([{ markdown: text, children: [], blocks: [] }], 4.15).flat()).toHaveLength(1);
    // A sentence end inside a link's text or a code span is no cut.
    const linked = `[${sentence('One')} ${sentence('Two')}](https://example.org/a). \`${sentence('Three')} ${sentence('Four')}\``;
    expect(
      paginateItems([{ markdown: linked, children: [], blocks: [] }], 2.2)
        .flat()
        .map((item) => item.markdown),
    ).toEqual([
      `[${sentence('One')} ${sentence('Two')}](https://example.org/a).`,
      `\`${sentence('Three')} ${sentence('Four')}\``,
    ]);
  });

  it('cuts a sentence taller than a slide on its own between its clauses, after , ; : and their full-width forms', () => {
    // Four clauses of 60 characters, one sentence: one line each at 70 characters a line.
    const clause = (word: string, mark: string) => `${word} ${'x'.repeat(50)}`.padEnd(59, 'y') + mark;
    const text = [clause('One', ','), clause('Two', ';'), clause('Three', '：'), `${clause('Four', '')}.`].join(' ');
    const items = paginateItems([{ markdown: text, children: [], blocks: [] }], 2.2).flat();
    expect(items.map((item) => item.markdown.split(' ')[0])).toEqual(['One', 'Three']);
    expect(items.map((item) => item.markdown).join(' ')).toBe(text);
    // A sentence that fits is not cut between its clauses: two sentences of two clauses each.
    const short = (word: string) => `${word} ${'x'.repeat(20)}, and ${'z'.repeat(20)} done.`;
    const sentences = [short('One'), short('Two'), short('Three'), short('Four')].join(' ');
    expect(
      paginateItems([{ markdown: sentences, children: [], blocks: [] }], 2.2)
        .flat()
        .map((item) => item.markdown.split(' ')[0]),
    ).toEqual(['One', 'Three']);
    // A clause mark inside bold is no cut.
    const bold = `**${clause('One', ',')} ${clause('Two', ',')} ${clause('Three', ',')}** ${clause('Four', '')}`;
    expect(paginateItems([{ markdown: bold, children: [], blocks: [] }], 2.2).flat()).toHaveLength(1);
  });

  it('leaves a parent too tall for a page whole when it has one child only', () => {
    const tall = { markdown: 'Parent', children: [leaf(x(400))], blocks: [] };
    expect(paginateItems([tall], 4)).toEqual([[tall]]);
  });

  it("gives a split parent's children at least two lines a page", () => {
    const children = Array.from({ length: 3 }, (_, index) => leaf(`Child ${index}`));
    const pages = paginateItems([{ markdown: x(300), children, blocks: [] }], 5);
    expect(pages.map((page) => page[0]!.children.length)).toEqual([1, 1, 1]);
  });

  it('splits a code block too tall for a page into slices, blocks before it first, after it and the children last', () => {
    const code = Array.from({ length: 30 }, (_, index) => `line ${index}`).join('\n');
    const item: SlideItem = {
      markdown: 'Deploy',
      children: [leaf('then check')],
      blocks: ['> before', `\`\`\`sh\n${code}\n\`\`\``, '> after'],
    };
    const pieces = paginateItems([item], 11).flat();
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.map((piece) => piece.markdown)).toEqual([
      'Deploy',
      ...Array(pieces.length - 1).fill('Deploy *(cont.)*'),
    ]);
    expect(pieces.map((piece) => 'continues' in piece)).toEqual([false, ...Array(pieces.length - 1).fill(true)]);
    expect(pieces[0]!.blocks[0]).toBe('> before');
    expect(pieces.at(-1)!.blocks.at(-1)).toBe('> after');
    expect(pieces.at(-1)!.children).toEqual([leaf('then check')]);
    expect(pieces.slice(0, -1).every((piece) => piece.children.length === 0)).toBe(true);
    const slices = pieces.flatMap((piece) => piece.blocks.filter((block) => block.startsWith('```sh\n')));
    expect(slices.every((block) => block.endsWith('\n```'))).toBe(true);
    expect(slices.map((block) => block.slice(6, -4)).join('\n')).toBe(code);
  });
});

describe('paginateItems', () => {
  // Marp's `breaks` is on: notes that write sub-points as lines of one item (Japanese `・`) show a line each.
  it('counts each line of an item written over several lines as a line of its own', () => {
    const points = Array.from({ length: 8 }, (_, index) => `・要点${index}`);
    expect(itemLines(leaf(['背景', ...points].join('\n')))).toBeGreaterThanOrEqual(9);
    expect(
      paginateItems(
        Array.from({ length: 4 }, () => leaf(['背景', ...points].join('\n'))),
        11,
      ),
    ).toHaveLength(4);
  });

  it('splits an item whose blocks are each short but together taller than a slide, keeping every block in order', () => {
    const code = (name: string) =>
      `\`\`\`xml\n${Array.from({ length: 5 }, (_, index) => `<${name}>${index}</${name}>`).join('\n')}\n\`\`\``;
    const blocks = [
      code('parent'),
      'After the parent changed, the build failed in dozens of modules because of a transitive dependency.',
      code('dependency'),
      'Excluding the old API fixed the build.',
    ];
    const item: SlideItem = { markdown: '**Spring Boot 3**: the baseline is Java 17', children: [], blocks };
    expect(itemLines(item)).toBeGreaterThan(11);
    const pages = paginateItems([item], 11);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(pageLines(page)).toBeLessThanOrEqual(11);
    expect(pages.flatMap((page) => page.flatMap((entry) => entry.blocks))).toEqual(blocks);
    expect(pages.slice(1).every((page) => page[0]!.continues && page[0]!.markdown.endsWith('*(cont.)*'))).toBe(true);
  });

  const words = fc.constantFrom(
    'cluster',
    'mesh',
    'observability',
    'policy',
    'Flux',
    'GitOps',
    'a',
    'supply-chain',
    'x'.repeat(30),
  );
  const text = fc.array(words, { minLength: 1, maxLength: 25 }).map((parts) => parts.join(' '));
  const block = fc.constantFrom('```\nkubectl get pods\n```', '> a quote\n> on two lines');
  const item = (depth: number): fc.Arbitrary<SlideItem> =>
    fc.record({
      markdown: text,
      children: depth === 0 ? fc.constant([]) : fc.array(item(depth - 1), { maxLength: 6 }),
      blocks: fc.array(block, { maxLength: 1 }),
    });
  const items = fc.array(item(3), { maxLength: 8 });
  const budget = fc.integer({ min: 2, max: 14 });

  // Packing only: pages are measured with the estimate here. Whether the estimate fits real slides is
  // checked against Chromium's measurements in paginate.test.ts.
  it('packs no page past the budget, as estimated, unless the page holds one item alone', () => {
    fc.assert(
      fc.property(items, budget, (input, lines) => {
        for (const page of paginateItems(input, lines)) {
          expect(page.length).toBeGreaterThan(0);
          if (pageLines(page) > lines) expect(page).toHaveLength(1);
        }
      }),
    );
  });

  it('keeps every item, in order, with its children under it', () => {
    fc.assert(
      fc.property(items, budget, (input, lines) => {
        expect(unsplit(paginateItems(input, lines).flat())).toEqual(input);
      }),
    );
  });

  it('packs small items onto as few pages as the budget allows', () => {
    const pages = paginateItems(
      Array.from({ length: 7 }, (_, index) => leaf(`Item ${index}`)),
      3 * itemLines(leaf('Item 0')),
    );
    expect(pages.map((page) => page.map((entry) => entry.markdown))).toEqual([
      ['Item 0', 'Item 1', 'Item 2'],
      ['Item 3', 'Item 4', 'Item 5'],
      ['Item 6'],
    ]);
  });

  it('repeats a parent longer than a line as its first words on later pages, so a slice keeps its room', () => {
    const parent = `${'word '.repeat(40)}end`;
    const children = Array.from({ length: 12 }, (_, index) => leaf(`Child ${index}`));
    const pages = paginateItems([{ markdown: parent, children, blocks: [] }], 6);
    expect(pages.map((page) => page[0]!.markdown)).toEqual([
      parent,
      ...pages.slice(1).map(() => `${'word '.repeat(12).trim()}… *(cont.)*`),
    ]);
    expect(pages.map((page) => page[0]!.children.length)).toEqual([2, 4, 4, 2]);
  });

  it('repeats a too-tall parent on later pages marked "(cont.)", with the rest of its children', () => {
    const children = Array.from({ length: 12 }, (_, index) => leaf(`Child ${index}`));
    const pages = paginateItems([{ markdown: 'Parent', children, blocks: ['```\ncode\n```'] }], 4);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page).toHaveLength(1);
      expect(page[0]!.markdown).toBe(index === 0 ? 'Parent' : 'Parent *(cont.)*');
      expect(page[0]!.blocks).toEqual(index === 0 ? ['```\ncode\n```'] : []);
    });
    expect(pages.flatMap((page) => page[0]!.children)).toEqual(children);
  });

  it('lets a single item taller than the budget have a page of its own', () => {
    const tall = leaf('word '.repeat(200).trim());
    const pages = paginateItems([leaf('Before'), tall, leaf('After')], 4);
    expect(pages).toEqual([[leaf('Before')], [tall], [leaf('After')]]);
  });

  // Children of a split parent sit one level deeper, where a line holds fewer characters.
  it('fits each page of a split parent whose children fill a line', () => {
    const children = Array.from({ length: 12 }, (_, index) =>
      leaf(`Child ${String(index).padStart(2, '0')} ${'x'.repeat(51)}`),
    );
    for (const page of paginateItems([{ markdown: 'Parent', children, blocks: [] }], 9)) {
      expect(pageLines(page)).toBeLessThanOrEqual(9);
    }
  });
});
