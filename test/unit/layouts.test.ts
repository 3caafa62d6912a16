import { beforeEach, describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { firstSentence } from '../../src/plan/blockMarkdown.js';
import { itemLines, LINES_PER_SLIDE, paginateItems } from '../../src/plan/paginate.js';
import { planDecks } from '../../src/plan/planDecks.js';
import { shortLinks, shortUrl } from '../../src/plan/shortLinks.js';
import { bulletSlides } from '../../src/plan/slide.js';
import type { Deck, SlideItem, SlideSize } from '../../src/plan/types.js';
import { barChart } from '../../src/render/barChart.js';
import { renderDeck } from '../../src/render/renderDeck.js';

const NOTES = `---
title: "Conf 2024"
date: 2024-05-01
---

# Conf 2024

## Day 1

### Storage at scale - Jane Doe, Acme

Cortex

Advantages:

- Query frontend
- Caching

Disadvantages:

- Complexity
- External dependencies

Key takeaways:

- Measure first
- Cache second

TODO look into the Cortex architecture

### Shipping fast - Sam Poe

- Small changes
- Feature flags

## Day 2

### Closing keynote - Ada Lee, Org

- Thanks

Action items: try the new CLI

## Things to Google

- eBPF
- WASI
`;

function decksOf(text: string, size?: SlideSize): Deck[] {
  return planDecks(buildConference(parseNotes(text, 'notes.md')), { decks: ['recap', 'session'], size, recap: 'full' });
}

const leaf = (markdown: string): SlideItem => ({ markdown, children: [], blocks: [] });

describe('layouts', () => {
  // Planned before each test, not once: a mutant then runs only the tests whose code reaches it.
  let recap: Deck | undefined;
  let sessions: Deck[];
  beforeEach(() => {
    [recap, ...sessions] = decksOf(NOTES);
  });

  it('puts advantages and disadvantages side by side, titled by the line before them', () => {
    const compare = recap!.slides.find((made) => made.layout === 'compare')!;
    expect(compare.title).toBe('Cortex');
    expect(compare.header).toBe('Storage at scale');
    expect(compare.columns.map((column) => column.caption)).toEqual(['Advantages', 'Disadvantages']);
    expect(compare.columns[1]!.items.map((item) => item.markdown)).toEqual(['Complexity', 'External dependencies']);
    expect(recap!.slides.some((made) => made.title === 'Advantages' || made.title === 'Disadvantages')).toBe(false);
    const markdown = renderDeck(recap!, { theme: 'recap-light', size: '16:9' });
    expect(markdown).toContain(
      '## Cortex\n\n**Advantages**\n\n- Query frontend\n- Caching\n\n**Disadvantages**\n\n- Complexity',
    );
  });

  it('gives pros and cons slides of their own when they do not fit side by side', () => {
    const many = Array.from(
      { length: 8 },
      (_, index) => `- A long point number ${index} that takes most of a half-width column`,
    ).join('\n');
    const [deck] = decksOf(`# Conf\n\n## Talk\n\nPros:\n\n${many}\n\nCons:\n\n${many}\n`);
    expect(deck!.slides.some((made) => made.layout === 'compare')).toBe(false);
    expect(deck!.slides.filter((made) => /^(Pros|Cons)/.test(made.title)).length).toBeGreaterThanOrEqual(2);
  });

  it('lays out a takeaways list as takeaways', () => {
    expect(recap!.slides.find((made) => made.title === 'Key takeaways')?.layout).toBe('takeaways');
  });

  it('gathers every TODO and action item at the end of the recap, under its session', () => {
    const followups = recap!.slides.filter((made) => made.layout === 'followups');
    expect(followups).toHaveLength(1);
    expect(followups[0]!.items).toEqual([
      { markdown: 'Storage at scale', children: [leaf('Look into the Cortex architecture')], blocks: [] },
      { markdown: 'Closing keynote', children: [leaf('Try the new CLI')], blocks: [] },
    ]);
    // The session decks keep their own follow-ups slide, as written.
    const storage = sessions.find((deck) => deck.title === 'Storage at scale')!;
    expect(storage.slides.find((made) => made.layout === 'followups')?.items).toEqual([
      leaf('TODO look into the Cortex architecture'),
    ]);
  });

  it('ends the recap with the things to look into, then the recap at a glance', () => {
    const layouts = recap!.slides.map((made) => made.layout);
    expect(layouts.slice(-3)).toEqual(['followups', 'research', 'glance']);
    expect(recap!.slides.at(-2)).toMatchObject({ title: 'Things to Google', items: [leaf('eBPF'), leaf('WASI')] });
    expect(recap!.slides.at(-1)).toMatchObject({
      title: 'At a glance',
      subtitle: ['3 sessions · 2 days · 3 speakers'],
      chart: [
        { label: 'Day 1', value: 2 },
        { label: 'Day 2', value: 1 },
      ],
    });
  });

  it('draws the chart as SVG behind the slide, through Marp directives rather than raw HTML', () => {
    const markdown = renderDeck(recap!, { theme: 'recap-light', size: '16:9' });
    const directive = /<!-- _backgroundImage: "url\('data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)'\)" -->/.exec(
      markdown,
    );
    expect(directive).not.toBeNull();
    const svg = Buffer.from(directive![1]!, 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('>Day 1</text>');
    expect(svg.match(/<rect /g)).toHaveLength(2);
  });

  it('escapes chart labels and gives every bar a visible length', () => {
    const { svg, height } = barChart([
      { label: 'R&D <day>', value: 0 },
      { label: 'A day with a very long name indeed', value: 7 },
    ]);
    expect(svg).toContain('R&amp;D &lt;day&gt;');
    // Shortened to the widest label column (520 px at 28 px type), measured as DejaVu Sans renders at most.
    expect(svg).toContain('>A day with a very long name i…</text>');
    expect(barChart([{ label: 'Day 1 (short)', value: 1 }]).svg).toContain('>Day 1 (short)</text>');
    expect(svg).toMatch(/<rect x="\d+" y="\d+" width="4"/);
    expect(height).toBe(128);
  });
});

describe('agenda', () => {
  it('sets a one-day agenda as its sessions in two columns, so a long day needs few slides', () => {
    const talks = Array.from(
      { length: 24 },
      (_, index) => `## Talk number ${index + 1} about something\n\n- point\n`,
    ).join('\n');
    const [deck] = decksOf(`# Conf\n\n${talks}`);
    const agenda = deck!.slides.filter((made) => made.layout === 'agenda');
    expect(agenda.map((made) => made.title)).toEqual(['Agenda', 'Agenda (cont.)'].slice(0, agenda.length));
    expect(agenda.flatMap((made) => made.items).map((item) => item.markdown)).toEqual(
      Array.from({ length: 24 }, (_, index) => `Talk number ${index + 1} about something`),
    );
    expect(agenda.length).toBeLessThanOrEqual(2);
  });

  it('lists days with their sessions under them when there are several days', () => {
    const [recap] = decksOf(NOTES);
    const agenda = recap!.slides.filter((made) => made.layout === 'agenda');
    expect(agenda).toHaveLength(1);
    expect(agenda[0]!.items.map((item) => [item.markdown, item.children.map((child) => child.markdown)])).toEqual([
      ['Day 1', ['Storage at scale', 'Shipping fast']],
      ['Day 2', ['Closing keynote']],
    ]);
  });

  it('continues an agenda of many days on "(cont.)" slides, each day whole and in order', () => {
    const days = Array.from(
      { length: 6 },
      (_, day) =>
        `## Day ${day + 1}\n\n${Array.from({ length: 5 }, (_, talk) => `### Talk ${day + 1}.${talk + 1} on a subject\n\n- point\n`).join('\n')}`,
    ).join('\n');
    const [recap] = decksOf(`# Conf\n\n${days}`);
    const agenda = recap!.slides.filter((made) => made.layout === 'agenda');
    expect(agenda.length).toBeGreaterThan(1);
    expect(agenda.flatMap((made) => made.items.map((item) => item.markdown))).toEqual(
      Array.from({ length: 6 }, (_, day) => `Day ${day + 1}`),
    );
  });
});

describe('fitting', () => {
  it('goes on counting an ordered list on its "(cont.)" slide', () => {
    const items = Array.from({ length: 20 }, (_, index) => leaf(`Step ${index + 1}`));
    const slides = bulletSlides('bullets', 'Steps', items, { ordered: true });
    expect(slides.length).toBeGreaterThan(1);
    expect(slides[1]!.start).toBe(slides[0]!.items.length + 1);
    const deck: Deck = {
      kind: 'session',
      title: 'T',
      name: '01-t',
      meta: { conference: 'C', date: null, authors: [] },
      slides,
    };
    expect(renderDeck(deck, { theme: 'recap-light', size: '16:9' })).toContain(
      `\n${slides[0]!.items.length + 1}. Step ${slides[0]!.items.length + 1}\n`,
    );
  });

  it('balances a list over its slides instead of leaving a few items alone on the last', () => {
    const items = Array.from({ length: 12 }, (_, index) => leaf(`Item ${index}`));
    const sizes = bulletSlides('bullets', 'Items', items).map((made) => made.items.length);
    expect(sizes).toEqual([6, 6]);
  });

  it('keeps the number of a parent continued on the next slide', () => {
    const parent = {
      markdown: 'Parent',
      children: Array.from({ length: 14 }, (_, index) => leaf(`Child ${index}`)),
      blocks: [],
    };
    const slides = bulletSlides('bullets', 'Steps', [leaf('First'), parent, leaf('Last')], { ordered: true });
    const continued = slides.find((made) => made.items[0]?.continues)!;
    expect(continued.start).toBe(2);
    expect(slides.at(-1)!.items.at(-1)!.markdown).toBe('Last');
  });

  it('splits a list item holding a long code block into "(cont.)" items that each fit a slide', () => {
    const code = Array.from({ length: 40 }, (_, index) => `line ${index}`).join('\n');
    const item: SlideItem = {
      markdown: 'Config',
      children: [leaf('After the code')],
      blocks: [`\`\`\`yaml\n${code}\n\`\`\``],
    };
    const pages = paginateItems([item], LINES_PER_SLIDE);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages)
      expect(page.reduce((sum, entry) => sum + itemLines(entry), 0)).toBeLessThanOrEqual(LINES_PER_SLIDE);
    const shown = pages
      .flat()
      .flatMap((entry) => entry.blocks)
      .join('\n');
    for (let index = 0; index < 40; index++) expect(shown).toContain(`line ${index}\n`);
    expect(
      pages
        .flat()
        .slice(1)
        .every((entry) => entry.markdown === 'Config *(cont.)*' && entry.continues),
    ).toBe(true);
    expect(pages.at(-1)!.at(-1)!.children).toEqual([leaf('After the code')]);
  });

  it('plans narrower 4:3 slides with fewer characters a line, so more slides', () => {
    const long = Array.from(
      { length: 12 },
      (_, index) => `- Point ${index}: a sentence that wraps on a narrow slide only`,
    ).join('\n');
    const text = `# Conf\n\n## Talk\n\n${long}\n`;
    const [wide] = decksOf(text, '16:9');
    const [narrow] = decksOf(text, '4:3');
    expect(narrow!.slides.length).toBeGreaterThan(wide!.slides.length);
  });

  it('shortens long URLs for display and keeps their target', () => {
    const url = 'https://guides.rubyonrails.org/v7.0/active_record_encryption.html#setup';
    expect(shortLinks(`see ${url} now`)).toBe(
      `see [guides.rubyonrails.org/…/active_record_encryption.html](${url}) now`,
    );
    expect(shortLinks(`[${url}](${url})`)).toBe(`[guides.rubyonrails.org/…/active_record_encryption.html](${url})`);
    expect(shortLinks(`<${url}>`)).toBe(`[guides.rubyonrails.org/…/active_record_encryption.html](${url})`);
    expect(shortLinks(`[the guide](${url})`)).toBe(`[the guide](${url})`);
    expect(shortLinks(`\`${url}\``)).toBe(`\`${url}\``);
    expect(shortLinks('https://a.org/short')).toBe('https://a.org/short');
    expect(shortUrl('https://www.example.org/a-very-long-segment-of-a-path-name-that-goes-on')).toBe(
      'example.org/a-very-long-segment-of-a-path…',
    );
  });

  it('ends a Chinese first sentence at 。', () => {
    expect(
      firstSentence('首先是 OpenCruise 里的 StatefulSet 提供的原地升级功能。我原本以为原地升级不就是保持 IP 不变吗'),
    ).toBe('首先是 OpenCruise 里的 StatefulSet 提供的原地升级功能。');
  });
});
