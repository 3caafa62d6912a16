import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/types.js';
import { planContent } from '../../src/plan/planContent.js';
import { slide } from '../../src/plan/slide.js';
import { textFrame } from '../../src/plan/textFrame.js';
import type { Slide } from '../../src/plan/types.js';
import { heading, item, list, paragraph } from '../support/planFixtures.js';

const plan = (blocks: Block[], options: Partial<Parameters<typeof planContent>[1]> = {}) =>
  planContent(blocks, { title: 'Talk', header: null, ...options });
const shape = (slides: Slide[]) =>
  slides.map((made) => [made.layout, made.title, made.items.map((shown) => shown.markdown), made.notes]);
const compared = (slides: Slide[]) =>
  slides.map((made) => [made.layout, made.title, made.columns.map((c) => [c.caption, c.items.map((i) => i.markdown)])]);

describe('planContent: lists', () => {
  it('runs uncaptioned lists together under the talk’s title', () => {
    expect(shape(plan([list(['A']), list(['B'])]))).toEqual([['bullets', 'Talk', ['A', 'B'], []]]);
  });

  it('starts a new run where a list is ordered and the one before is not', () => {
    const slides = plan([list(['A']), list(['First'], null, true), list(['Second'], null, true)]);
    expect(slides.map((made) => [made.ordered, made.items.map((shown) => shown.markdown)])).toEqual([
      [false, ['A']],
      [true, ['First', 'Second']],
    ]);
  });

  it('gives a captioned list a slide of its own, its caption tidied into the title', () => {
    const slides = plan([list(['A']), list(['B'], 'lessons learned :'), list(['C'])]);
    expect(shape(slides)).toEqual([
      ['bullets', 'Talk', ['A'], []],
      ['takeaways', 'Lessons learned', ['B'], []],
      ['bullets', 'Talk', ['C'], []],
    ]);
  });

  it('lays captioned lists out as asked, unless they are takeaways', () => {
    const slides = plan([list(['B'], 'Hotels'), list(['C'], 'Key takeaways')], { layout: 'closing' });
    expect(shape(slides)).toEqual([
      ['closing', 'Hotels', ['B'], []],
      ['takeaways', 'Key takeaways', ['C'], []],
    ]);
  });

  it('titles a list with the heading before it, and tells a heading its list’s own caption replaces', () => {
    const slides = plan([heading('Setup'), list(['A']), heading('Tools'), list(['B'], 'Editors:')]);
    expect(shape(slides)).toEqual([
      ['bullets', 'Setup', ['A'], []],
      ['bullets', 'Editors', ['B'], ['Tools']],
    ]);
  });

  it('tells a heading with nothing under it, and one at the end, in the notes', () => {
    const slides = plan([list(['A']), heading('Empty'), heading('Last')]);
    expect(shape(slides)).toEqual([['bullets', 'Talk', ['A'], ['Empty', 'Last']]]);
  });

  it('drops blank items and shortens long links in the others', () => {
    const slides = plan([list(['', 'See https://example.org/a/very/long/path/to/some/page.html', item('  ')])]);
    expect(slides[0]!.items.map((shown) => shown.markdown)).toEqual([
      'See [example.org/…/page.html](https://example.org/a/very/long/path/to/some/page.html)',
    ]);
  });
});

describe('planContent: headers', () => {
  it('sets the header on slides whose title does not start with the talk’s', () => {
    const slides = plan([list(['A']), list(['B'], 'Other')], { title: 'Storage', header: 'Storage at scale' });
    expect(slides.map((made) => [made.title, made.header])).toEqual([
      ['Storage', null],
      ['Other', 'Storage at scale'],
    ]);
  });

  it('shortens a header longer than its line', () => {
    const header = `${'Storage '.repeat(20)}end`;
    const [made] = plan([list(['B'], 'Other')], { header });
    const frame = textFrame();
    expect(made!.header!.endsWith('…')).toBe(true);
    expect(made!.header!.length).toBeLessThanOrEqual(frame.headerChars);
    expect(made!.header!.length).toBeGreaterThan(frame.headerChars - 10);
    expect(header.startsWith(made!.header!.slice(0, -1))).toBe(true);
  });

  it('keeps a header that fits as it is', () => {
    expect(plan([list(['B'], 'Other')], { header: 'Storage' })[0]!.header).toBe('Storage');
  });
});

describe('planContent: pros and cons', () => {
  const pair = () => [list(['Fast', 'Cheap'], 'Pros:'), list(['Complex'], 'cons')];

  it('sets pros and cons side by side, titled by the heading before them', () => {
    const slides = plan([heading('Cortex'), ...pair()], { header: 'Storage' });
    expect(compared(slides)).toEqual([
      [
        'compare',
        'Cortex',
        [
          ['Pros', ['Fast', 'Cheap']],
          ['Cons', ['Complex']],
        ],
      ],
    ]);
    expect(slides[0]!.header).toBe('Storage');
  });

  it('titles them with a short line of prose before them', () => {
    const slides = plan([paragraph('Thanos'), ...pair()]);
    expect(compared(slides).map(([, title]) => title)).toEqual(['Thanos']);
    expect(slides[0]!.notes).toEqual(['Thanos']);
  });

  it('titles them with the subject of the sentence before them', () => {
    const slides = plan([paragraph('Thanos uses a sidecar next to each Prometheus.'), ...pair()]);
    expect(compared(slides).map(([, title]) => title)).toEqual(['Thanos']);
  });

  it('titles them with both captions when no prose names them', () => {
    const slides = plan([paragraph('We saw a long list of many things here.'), ...pair()]);
    expect(compared(slides).map(([, title]) => title)).toEqual(['Pros and cons']);
  });

  it('takes no title from a line of five words, a sentence or prose told before an earlier slide', () => {
    for (const prose of ['One two three four five', 'Short line.', 'Two lines\nof text']) {
      const slides = plan([paragraph(prose), ...pair()]);
      expect(compared(slides).map(([, title]) => title)).toEqual(['Pros and cons']);
    }
    const earlier = plan([paragraph('Thanos'), list(['A'], 'Other'), ...pair()]);
    expect(compared(earlier).map(([, title]) => title)).toEqual(['Other', 'Pros and cons']);
  });

  it('takes a short line of four words, the last short one of several', () => {
    const slides = plan([paragraph('Cortex'), paragraph('Thanos on object storage'), ...pair()]);
    expect(compared(slides).map(([, title]) => title)).toEqual(['Thanos on object storage']);
  });

  it('gives pros and cons slides of their own when they do not fit side by side', () => {
    const long = Array.from({ length: 9 }, (_, index) => `Advantage number ${index + 1}`);
    const slides = plan([list(long, 'Pros'), list(['Complex'], 'Cons')]);
    expect(slides.map((made) => [made.layout, made.title])).toEqual([
      ['bullets', 'Pros'],
      ['bullets', 'Cons'],
    ]);
  });

  it('fits a column of nine lines under a one-line title, its caption taking the tenth', () => {
    const items = (count: number) => Array.from({ length: count }, (_, index) => `Point ${index + 1}`);
    // 1.15 lines an item: 8 items (9.2 lines) fit 10 lines less the caption's, 9 (10.35) do not.
    expect(plan([list(items(8), 'Pros'), list(['B'], 'Cons')]).map((made) => made.layout)).toEqual(['compare']);
    expect(plan([list(items(9), 'Pros'), list(['B'], 'Cons')]).map((made) => made.layout)).toEqual([
      'bullets',
      'bullets',
    ]);
    expect(plan([list(['A'], 'Pros'), list(items(9), 'Cons')]).map((made) => made.layout)).toEqual([
      'bullets',
      'bullets',
    ]);
  });

  it('measures the columns at half a slide’s width', () => {
    // 52 characters: one line across the slide (77), two in a column (36); four items take 8.6 lines of 9, five 10.75.
    const wide = Array.from({ length: 5 }, (_, index) => `Point ${index + 1} ${'about the cost '.repeat(3)}`.trim());
    expect(plan([list(wide, 'Pros'), list(['B'], 'Cons')]).map((made) => made.layout)).toEqual(['bullets', 'bullets']);
    expect(plan([list(wide.slice(0, 4), 'Pros'), list(['B'], 'Cons')]).map((made) => made.layout)).toEqual(['compare']);
  });

  it('flushes the list before them, and goes on after them', () => {
    const slides = plan([list(['A']), ...pair(), list(['B'])]);
    expect(slides.map((made) => made.layout)).toEqual(['bullets', 'compare', 'bullets']);
  });
});

describe('planContent: prose, TODOs, links and the rest', () => {
  it('tells prose in the notes of the slide it leads to', () => {
    const slides = plan([paragraph('About A.'), list(['A'], 'A'), paragraph('About B.'), list(['B'], 'B')]);
    expect(shape(slides)).toEqual([
      ['bullets', 'A', ['A'], ['About A.']],
      ['bullets', 'B', ['B'], ['About B.']],
    ]);
  });

  it('tells prose after the last slide in that slide’s notes', () => {
    expect(shape(plan([list(['A']), paragraph('After.')]))).toEqual([['bullets', 'Talk', ['A'], ['After.']]]);
  });

  it('sums up a talk noted only in prose by each paragraph’s first sentence, pictures left to the notes', () => {
    const slides = plan([
      paragraph('The first paragraph says a lot. Then more.'),
      paragraph('![diagram](a.png) ![b](b.png)'),
      paragraph('See https://example.org/a/very/long/path/to/some/page.html now'),
    ]);
    expect(shape(slides)).toEqual([
      [
        'summary',
        'Talk',
        [
          'The first paragraph says a lot.',
          'See [example.org/…/page.html](https://example.org/a/very/long/path/to/some/page.html) now',
        ],
        [
          'The first paragraph says a lot. Then more.',
          '![diagram](a.png) ![b](b.png)',
          'See https://example.org/a/very/long/path/to/some/page.html now',
        ],
      ],
    ]);
  });

  it('sums up a picture with text around it', () => {
    const slides = plan([paragraph('Look: ![diagram](a.png)')]);
    expect(slides[0]!.items.map((shown) => shown.markdown)).toEqual(['Look: ![diagram](a.png)']);
  });

  it('gathers TODOs on a follow-up slide at the end, in small text', () => {
    const todos = Array.from({ length: 10 }, (_, index) => paragraph(`TODO read paper ${index + 1}`, 'todo'));
    const slides = plan([...todos, list(['A'])], { header: 'Storage' });
    expect(slides.map((made) => [made.layout, made.title, made.items.length, made.header])).toEqual([
      ['bullets', 'Talk', 1, null],
      // Ten 1.15-line TODOs: 11.5 lines, more than bullets (11), fewer than small text (12) holds.
      ['followups', 'Follow-ups', 10, 'Storage'],
    ]);
  });

  it('tells TODOs in the notes instead when follow-ups are gathered elsewhere', () => {
    const slides = plan([paragraph('TODO read', 'todo'), list(['A'])], { followups: false });
    expect(shape(slides)).toEqual([['bullets', 'Talk', ['A'], ['TODO read']]]);
  });

  it('gathers link lines on a reference slide, one entry a line, long ones shortened', () => {
    const links = paragraph(
      '[Docs](https://example.org/docs)\n  \n  https://example.org/a/very/long/path/to/some/page.html  ',
      'links',
    );
    const slides = plan([links, list(['A'])]);
    expect(shape(slides)).toEqual([
      ['bullets', 'Talk', ['A'], []],
      [
        'references',
        'References',
        [
          '[Docs](https://example.org/docs)',
          '[example.org/…/page.html](https://example.org/a/very/long/path/to/some/page.html)',
        ],
        [],
      ],
    ]);
  });

  it('puts follow-ups before references, and tells raw HTML in the notes of the next slide', () => {
    const html: Block = { kind: 'html', line: 1, html: '<div>x</div>' };
    const slides = plan([paragraph('[a](https://a.org)', 'links'), html, paragraph('TODO b', 'todo')]);
    expect(shape(slides)).toEqual([
      ['followups', 'Follow-ups', ['TODO b'], ['<div>x</div>']],
      ['references', 'References', ['[a](https://a.org)'], []],
    ]);
  });

  it('gives the notes to the host slide when the content makes none', () => {
    const host = slide('session', 'Talk');
    const html: Block = { kind: 'html', line: 1, html: '<br>' };
    expect(planContent([html, heading('Alone')], { title: 'Talk', header: null, host })).toEqual([]);
    expect(host.notes).toEqual(['<br>', 'Alone']);
  });

  it('shows a quote paragraph as a quote, without its "quote:" lead', () => {
    const slides = plan([heading('Said'), paragraph('Quote : Ship it\nsmall', 'quote')]);
    expect(slides.map((made) => [made.layout, made.title, made.body])).toEqual([
      ['quote', 'Said', '> Ship it\n> small'],
    ]);
  });

  it('shows quotes, tables and code as they are, under the talk’s title', () => {
    const slides = plan([
      { kind: 'quote', line: 1, markdown: 'Less is more' },
      { kind: 'table', line: 1, markdown: '| a | b |\n| - | - |\n| 1 | 2 |' },
      { kind: 'code', line: 1, lang: 'sh', code: 'make' },
    ]);
    expect(slides.map((made) => [made.layout, made.title, made.body])).toEqual([
      ['quote', 'Talk', '> Less is more'],
      ['table', 'Talk', '| a | b |\n| - | - |\n| 1 | 2 |'],
      ['code', 'Talk', '```sh\nmake\n```'],
    ]);
  });

  it('continues a long table or code block over slides marked continued', () => {
    const rows = Array.from({ length: 30 }, (_, index) => `| ${index} | x |`).join('\n');
    const code = Array.from({ length: 40 }, (_, index) => `line ${index}`).join('\n');
    const slides = plan([
      { kind: 'table', line: 1, markdown: `| a | b |\n| - | - |\n${rows}` },
      { kind: 'code', line: 1, lang: null, code },
    ]);
    const titles = slides.map((made) => `${made.layout}: ${made.title}`);
    expect(titles[0]).toBe('table: Talk');
    expect(titles[1]).toBe('table: Talk (cont.)');
    expect(titles.filter((title) => title === 'code: Talk')).toHaveLength(1);
    expect(titles.at(-1)).toBe('code: Talk (cont.)');
  });

  it('splits a long quote between slides', () => {
    const sentence = 'This sentence fills a good part of a line on the slide. ';
    const slides = plan([{ kind: 'quote', line: 1, markdown: sentence.repeat(30).trim() }]);
    expect(slides.map((made) => made.title).slice(0, 2)).toEqual(['Talk', 'Talk (cont.)']);
  });
});
