import { describe, expect, it } from 'vitest';
import { combineBlocks } from '../../src/merge/combineBlocks.js';
import type { Block, ListItem } from '../../src/model/types.js';

type Entry = string | [string, Entry[]];
const item = (entry: Entry): ListItem =>
  typeof entry === 'string'
    ? { markdown: entry, children: [], blocks: [] }
    : { markdown: entry[0], children: entry[1].map(item), blocks: [] };
const list = (entries: Entry[], caption: string | null = null, ordered = false): Block => ({
  kind: 'list',
  line: 1,
  ordered,
  caption,
  items: entries.map(item),
});
const prose = (markdown: string): Block => ({ kind: 'paragraph', line: 1, role: 'prose', markdown });
const links = (markdown: string): Block => ({ kind: 'paragraph', line: 1, role: 'links', markdown });

/** A block as a line of text: its kind, then its caption or its words, items nested with indents. */
function describeBlock(block: Block): string[] {
  const walk = (items: ListItem[], depth: number): string[] =>
    items.flatMap((entry) => [`${'  '.repeat(depth)}- ${entry.markdown}`, ...walk(entry.children, depth + 1)]);
  switch (block.kind) {
    case 'list':
      return [
        `list${block.ordered ? ' (ordered)' : ''}${block.caption === null ? '' : ` "${block.caption}"`}`,
        ...walk(block.items, 1),
      ];
    case 'code':
      return [`code: ${block.code}`];
    case 'html':
      return [`html: ${block.html}`];
    case 'paragraph':
      return [`${block.role}: ${block.markdown}`];
    default:
      return [`${block.kind}: ${block.markdown}`];
  }
}
const shown = (blocks: Block[]) => blocks.flatMap(describeBlock);

describe('combineBlocks, prose and code', () => {
  it("keeps the first notes' prose, drops the second's repeat, adds its new prose", () => {
    expect(
      shown(
        combineBlocks(
          [prose('A great talk about upgrades.')],
          [prose('A GREAT talk about upgrades!'), prose('The demo failed twice.')],
        ),
      ),
    ).toEqual(['prose: A great talk about upgrades.', 'prose: The demo failed twice.']);
  });

  it('drops prose a typo away from what is there, but not short prose that differs', () => {
    expect(
      shown(
        combineBlocks([prose('Rotation is the hard part of secrets')], [prose('Rotation is the hard prat of secrets')]),
      ),
    ).toEqual(['prose: Rotation is the hard part of secrets']);
    expect(shown(combineBlocks([prose('Demo failed')], [prose('Demo failes')]))).toEqual([
      'prose: Demo failed',
      'prose: Demo failes',
    ]);
  });

  it('drops a paragraph that repeats a bullet, and an empty one', () => {
    expect(
      shown(
        combineBlocks(
          [list(['Vault hands out short-lived credentials'])],
          [prose('Vault hands out short lived credentials.'), prose('**!**')],
        ),
      ),
    ).toEqual(['list', '  - Vault hands out short-lived credentials']);
  });

  it('takes texts alike from 16 characters on and from nine tenths the same', () => {
    // 16 characters a typo apart: one point; 15 against 16: two.
    expect(shown(combineBlocks([prose('Rotate every day')], [prose('Rotate every dai')]))).toEqual([
      'prose: Rotate every day',
    ]);
    expect(shown(combineBlocks([prose('Rotate every day')], [prose('Rotate every da')]))).toEqual([
      'prose: Rotate every day',
      'prose: Rotate every da',
    ]);
    // Two edits in twenty characters is exactly nine tenths alike.
    expect(shown(combineBlocks([prose('Rotation is the hard')], [prose('Rotation iz the herd')]))).toEqual([
      'prose: Rotation is the hard',
    ]);
    expect(shown(combineBlocks([prose('Rotation is the hard')], [prose('Rotatixn iz the herd')]))).toEqual([
      'prose: Rotation is the hard',
      'prose: Rotatixn iz the herd',
    ]);
  });

  it('compares code and HTML as written', () => {
    const code = (text: string): Block => ({ kind: 'code', line: 1, lang: null, code: text });
    const html = (text: string): Block => ({ kind: 'html', line: 1, html: text });
    expect(
      shown(
        combineBlocks(
          [code('kubectl get pods'), html('<br>')],
          [code('kubectl get pods\n'), code('kubectl  get pods'), html('<br>'), html('<hr>')],
        ),
      ),
    ).toEqual(['code: kubectl get pods', 'html: <br>', 'code: kubectl  get pods', 'html: <hr>']);
    // Trailing blank lines aside, on either side.
    expect(shown(combineBlocks([code('make\n\n')], [code('make')]))).toEqual(['code: make\n\n']);
  });

  it('keeps a new quote and drops a repeated table', () => {
    const table: Block = { kind: 'table', line: 1, markdown: '| a | b |\n|---|---|\n| 1 | 2 |' };
    expect(shown(combineBlocks([table], [{ ...table }, { kind: 'quote', line: 2, markdown: '> be kind' }]))).toEqual([
      `table: ${table.markdown}`,
      'quote: > be kind',
    ]);
  });
});

describe('combineBlocks, links', () => {
  it('keeps a line mixing a link already given and a new one', () => {
    const combined = combineBlocks(
      [links('[Slides](https://example.org/slides)')],
      [links('[Slides](https://example.org/slides) and [video](https://example.org/video)')],
    );
    expect(shown(combined)).toEqual([
      'links: [Slides](https://example.org/slides)',
      'links: [Slides](https://example.org/slides) and [video](https://example.org/video)',
    ]);
  });

  it('drops a line whose links were all given, in a paragraph or a bullet', () => {
    const base = [list(['See https://example.org/repo']), links('<https://example.org/slides>')];
    expect(
      shown(
        combineBlocks(base, [
          links('https://example.org/repo\n\n[s](https://example.org/slides)\nhttps://example.org/new'),
        ]),
      ),
    ).toEqual([
      'list',
      '  - See https://example.org/repo',
      'links: <https://example.org/slides>',
      'links: https://example.org/new',
    ]);
  });

  it('keeps every new link line, one a line, and knows http links as well as https', () => {
    expect(
      shown(
        combineBlocks(
          [links('[a](http://example.org/a)')],
          [links('http://example.org/a\nhttp://example.org/b\nhttps://example.org/c')],
        ),
      ),
    ).toEqual(['links: [a](http://example.org/a)', 'links: http://example.org/b\nhttps://example.org/c']);
  });

  it('drops a link line without a URL only when its words were given', () => {
    expect(
      shown(combineBlocks([links('Slides on the website')], [links('slides on the website!\nVideo on YouTube')])),
    ).toEqual(['links: Slides on the website', 'links: Video on YouTube']);
    expect(shown(combineBlocks([links('[a](https://example.org/a)')], [links('https://example.org/a\n  \n')]))).toEqual(
      ['links: [a](https://example.org/a)'],
    );
  });
});

describe('combineBlocks, lists', () => {
  it("keeps a second person's list under a caption the first lacks, as a list of its own", () => {
    const combined = combineBlocks(
      [list(['Automate checks'], 'Takeaways:')],
      [list(['Read the docs first'], 'Questions:'), list(['Automate checks'], 'Take aways')],
    );
    expect(shown(combined)).toEqual([
      'list "Takeaways:"',
      '  - Automate checks',
      'list "Questions:"',
      '  - Read the docs first',
    ]);
  });

  it('drops a captioned list whose points are all there, and joins later lists of that caption to it', () => {
    const combined = combineBlocks(
      [list(['One point'])],
      [list(['one point'], 'Questions:'), list(['Second question'], 'Questions'), list(['New question'], 'QUESTIONS:')],
    );
    expect(shown(combined)).toEqual([
      'list',
      '  - One point',
      'list "Questions"',
      '  - Second question',
      '  - New question',
    ]);
  });

  it('joins plain points to the first plain list of the same kind, ordered or not', () => {
    const combined = combineBlocks(
      [list(['first'], 'Intro'), list(['second']), list(['step one'], null, true)],
      [list(['third']), list(['step two'], null, true)],
    );
    expect(shown(combined)).toEqual([
      'list "Intro"',
      '  - first',
      'list',
      '  - second',
      '  - third',
      'list (ordered)',
      '  - step one',
      '  - step two',
    ]);
  });

  it('tells captions apart unless they are one word written two ways', () => {
    const combined = combineBlocks(
      [list(['a point'], 'Key takeaways')],
      [list(['another point'], 'Key-takeaways'), list(['third point'], 'Key mistakes')],
    );
    expect(shown(combined)).toEqual([
      'list "Key takeaways"',
      '  - a point',
      '  - another point',
      'list "Key mistakes"',
      '  - third point',
    ]);
  });

  it("adds a repeated bullet's new sub-points under the one already there, at any depth", () => {
    const base = [list([['Cilium networking', [['eBPF datapath', ['XDP']]]]])];
    const extra = [list([['cilium networking!', [['EBPF datapath', ['xdp', 'TC hooks']], 'Hubble for flow logs']]])];
    expect(shown(combineBlocks(base, extra))).toEqual([
      'list',
      '  - Cilium networking',
      '    - eBPF datapath',
      '      - XDP',
      '      - TC hooks',
      '    - Hubble for flow logs',
    ]);
  });

  it('finds a long bullet repeated at another depth, a short one only among its siblings', () => {
    const base = [list([['Security', ['Rotate credentials every single day']]])];
    const extra = [list(['Rotate credentials every single day', ['Tooling', ['Security']]])];
    expect(shown(combineBlocks(base, extra))).toEqual([
      'list',
      '  - Security',
      '    - Rotate credentials every single day',
      '  - Tooling',
      '    - Security',
    ]);
  });

  it('looks for a bullet of 16 characters or more among all bullets, not only its siblings', () => {
    const base = [list([['Security', ['Rotate every day']]])];
    expect(shown(combineBlocks(base, [list(['rotate every day!'])]))).toEqual([
      'list',
      '  - Security',
      '    - Rotate every day',
    ]);
    expect(shown(combineBlocks([list([['Security', ['Rotate daily']]])], [list(['rotate daily'])]))).toEqual([
      'list',
      '  - Security',
      '    - Rotate daily',
      '  - rotate daily',
    ]);
  });

  it("keeps a new bullet's repeated sub-point once", () => {
    const extra = [list([['Brand new topic here', ['same child point text', 'same child point text!']]])];
    expect(shown(combineBlocks([list(['Something else entirely'])], extra))).toEqual([
      'list',
      '  - Something else entirely',
      '  - Brand new topic here',
      '    - same child point text',
    ]);
  });

  it('keeps empty bullets, which match nothing', () => {
    expect(shown(combineBlocks([list(['**'])], [list(['**', 'x'])]))).toEqual(['list', '  - **', '  - **', '  - x']);
  });

  it("gives a repeated bullet's new nested blocks to its twin", () => {
    const base = [list(['Flux bootstraps the cluster'])];
    const extra: Block[] = [list(['Flux bootstraps the cluster'])];
    (extra[0] as Extract<Block, { kind: 'list' }>).items[0]!.blocks.push(
      prose('flux bootstrap github'),
      prose('Flux bootstraps the cluster'),
    );
    const [combined] = combineBlocks(base, extra) as Extract<Block, { kind: 'list' }>[];
    expect(combined!.items).toHaveLength(1);
    expect(combined!.items[0]!.blocks.map((block) => describeBlock(block)[0])).toEqual([
      'prose: flux bootstrap github',
    ]);
  });

  it('changes neither input', () => {
    const base = [list([['Cilium', ['a']]])];
    const extra = [list([['cilium', ['b']]]), prose('new')];
    const [baseBefore, extraBefore] = [structuredClone(base), structuredClone(extra)];
    combineBlocks(base, extra);
    expect([base, extra]).toEqual([baseBefore, extraBefore]);
  });
});
