import { describe, expect, it } from 'vitest';
import type { Deck, Slide, SlideItem } from '../../src/plan/types.js';
import { barChart } from '../../src/render/barChart.js';
import { renderDeck, renderNotes, renderSlide } from '../../src/render/renderDeck.js';

const slide = (fields: Partial<Slide> = {}): Slide => ({
  layout: 'bullets',
  title: 'Points',
  header: null,
  subtitle: [],
  items: [],
  ordered: false,
  start: 1,
  columns: [],
  chart: [],
  body: null,
  notes: [],
  ...fields,
});
const item = (markdown: string, children: SlideItem[] = [], blocks: string[] = []): SlideItem => ({
  markdown,
  children,
  blocks,
});
const deck = (fields: Partial<Deck> = {}): Deck => ({
  kind: 'recap',
  title: 'KubeCon 2024',
  name: 'recap',
  meta: { conference: 'KubeCon', date: null, authors: [] },
  slides: [slide({ layout: 'title', title: 'KubeCon 2024' })],
  ...fields,
});

describe('renderDeck', () => {
  it('writes the front matter, then the slides apart, ending with a newline', () => {
    const markdown = renderDeck(deck({ slides: [slide({ title: 'One' }), slide({ title: 'Two' })] }), {
      theme: 'recap-dark',
      size: '4:3',
    });
    expect(markdown).toBe(
      [
        '---',
        'marp: true',
        'theme: recap-dark',
        'paginate: true',
        'size: 4:3',
        'title: "KubeCon 2024"',
        'footer: "KubeCon"',
        '---',
        '',
        '<!-- _class: bullets -->',
        '',
        '## One',
        '',
        '---',
        '',
        '<!-- _class: bullets -->',
        '',
        '## Two',
        '',
      ].join('\n'),
    );
  });

  it("names the authors, and a session deck's footer names its talk", () => {
    const markdown = renderDeck(
      deck({
        kind: 'session',
        title: 'Scaling <CI>',
        meta: { conference: 'KubeCon', date: null, authors: ['Ada', 'Bo'] },
      }),
      { theme: 'recap-light', size: '16:9' },
    );
    expect(markdown.split('\n').slice(5, 9)).toEqual([
      'title: "Scaling \\u003cCI>"',
      'author: "Ada, Bo"',
      'footer: "KubeCon · Scaling &lt;CI>"',
      '---',
    ]);
  });

  it('keeps front matter strings on one line, with no comment or tag in them', () => {
    const markdown = renderDeck(deck({ title: 'A\n  <!-- B -->' }), { theme: 'recap-light', size: '16:9' });
    expect(markdown).toContain('title: "A \\u003c!-\\u002d B -\\u002d>"\n');
  });
});

describe('renderSlide', () => {
  it('shows title, divider and session slides bare: no page number, no footer, a first-level heading', () => {
    for (const layout of ['title', 'divider', 'session'] as const)
      expect(renderSlide(slide({ layout, title: 'Day 1' }))).toBe(
        `<!-- _class: ${layout} -->\n<!-- _paginate: false -->\n<!-- _footer: '' -->\n\n# Day 1`,
      );
    expect(renderSlide(slide({ layout: 'closing', title: 'Thanks' }))).toBe('<!-- _class: closing -->\n\n## Thanks');
  });

  it('writes a header, a title on one line, and subtitle lines with hard breaks', () => {
    expect(
      renderSlide(slide({ header: 'Talk\n<b>', title: 'Two\n  lines', subtitle: ['Jane Doe', 'Acme <Inc>'] })),
    ).toBe('<!-- _class: bullets -->\n<!-- _header: "Talk &lt;b>" -->\n\n## Two lines\n\nJane Doe  \nAcme &lt;Inc>');
  });

  it('nests bullets under their marker, with blocks and lines indented to the text', () => {
    const items = [item('First\nwraps', [item('Child', [item('Grandchild')])], ['```\ncode\n```']), item('Second')];
    expect(renderSlide(slide({ items }))).toBe(
      [
        '<!-- _class: bullets -->',
        '',
        '## Points',
        '',
        '- First',
        '  wraps',
        '',
        '  ```',
        '  code',
        '  ```',
        '  - Child',
        '    - Grandchild',
        '- Second',
      ].join('\n'),
    );
  });

  it('numbers an ordered list from its start, its children as bullets', () => {
    const items = [item('Nine', [item('Under nine')]), item('Ten')];
    expect(renderSlide(slide({ items, ordered: true, start: 9 }))).toBe(
      '<!-- _class: bullets -->\n\n## Points\n\n9. Nine\n   - Under nine\n10. Ten',
    );
  });

  it('writes columns under bold captions, then the body, the link and the notes', () => {
    const rendered = renderSlide(
      slide({
        layout: 'compare',
        columns: [
          { caption: 'Pros', items: [item('Fast')] },
          { caption: 'Cons <x>', items: [item('Costly')] },
        ],
        body: '> A <quote>',
        link: { text: 'All <talks>', href: 'sessions/a b.html' },
        notes: ['Said twice.'],
      }),
    );
    expect(rendered).toBe(
      [
        '<!-- _class: compare -->',
        '',
        '## Points',
        '',
        '**Pros**',
        '',
        '- Fast',
        '',
        '**Cons &lt;x>**',
        '',
        '- Costly',
        '',
        '> A &lt;quote>',
        '',
        '[All &lt;talks>](sessions/a%20b.html)',
        '',
        '<!--\n\u200B\nSaid twice.\n-->',
      ].join('\n'),
    );
  });

  it('draws a chart behind the slide, as wide as 380 px of height allows, at most 880 px', () => {
    // The chart is 1000 px wide and 64 px high a bar: two bars would be 5937 px at 380 px high, eight 742.19 px.
    const two = [
      { label: 'Talks', value: 12 },
      { label: 'Speakers', value: 20 },
    ];
    expect(renderSlide(slide({ layout: 'glance', chart: two }))).toBe(
      [
        '<!-- _class: glance -->',
        `<!-- _backgroundImage: "${barChart(two).url}" -->`,
        '<!-- _backgroundSize: "880px auto" -->',
        '<!-- _backgroundPosition: "center bottom 120px" -->',
        '',
        '## Points',
      ].join('\n'),
    );
    const eight = Array.from({ length: 8 }, (_, index) => ({ label: `Label number ${index}`, value: index + 1 }));
    expect(renderSlide(slide({ layout: 'glance', chart: eight }))).toContain('<!-- _backgroundSize: "742px auto" -->');
  });
});

describe('renderNotes', () => {
  it('guards the notes with a zero-width line and breaks every -- so the comment cannot end early', () => {
    expect(renderNotes(['key: value', 'a -- b --> c'])).toBe('<!--\n\u200B\nkey: value\n\na ‑‑ b ‑‑> c\n-->');
  });
});
