import { readFileSync } from 'node:fs';
import { Marp } from '@marp-team/marp-core';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import type { Conference } from '../../src/model/types.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { planDecks } from '../../src/plan/planDecks.js';
import { slide } from '../../src/plan/slide.js';
import type { Deck, Slide, SlideItem } from '../../src/plan/types.js';
import { renderDeck } from '../../src/render/renderDeck.js';
import { unsplit } from '../support/unsplit.js';

const EXAMPLE_FILE = 'examples/kubecon-eu-2021.md';
const exampleText = readFileSync(new URL('../../examples/kubecon-eu-2021.md', import.meta.url), 'utf8');
const themeCss = readFileSync(new URL('../../themes/recap-light.css', import.meta.url), 'utf8');

function conferenceOf(text: string, file = 'notes.md'): Conference {
  return buildConference(parseNotes(text, file));
}

/** The example planned afresh: built inside each test so a mutant runs only the tests that reach it. */
function planExample() {
  const example = conferenceOf(exampleText, EXAMPLE_FILE);
  const exampleDecks = planDecks(example, { decks: ['recap', 'session'], recap: 'full' });
  const [recap, ...sessionDecks] = exampleDecks;
  return { example, exampleSessions: example.days.flatMap((day) => day.sessions), exampleDecks, recap, sessionDecks };
}

function marpRender(markdown: string): { html: string; comments: string[][]; slides: number } {
  const marp = new Marp();
  marp.themeSet.add(themeCss);
  const { html, comments } = marp.render(markdown);
  return { html, comments, slides: html.match(/<section\b/g)?.length ?? 0 };
}

function render(deck: Deck): string {
  return renderDeck(deck, { theme: 'recap-light', size: '16:9' });
}

function handMadeDeck(slides: Slide[]): Deck {
  return {
    kind: 'session',
    title: 'Talk',
    name: '01-talk',
    meta: { conference: 'Conf', date: null, authors: [] },
    slides,
  };
}

/** The renderer may swap hyphens for look-alikes inside notes; compare text with plain hyphens. */
const plainHyphens = (text: string) => text.replace(/\u2011/g, '-');

const leaf = (markdown: string): SlideItem => ({ markdown, children: [], blocks: [] });

describe('planDecks on the example (recap + session decks)', () => {
  it('plans the recap first, then one deck per session', () => {
    const { exampleSessions, exampleDecks, recap, sessionDecks } = planExample();
    expect(exampleDecks).toHaveLength(17);
    expect(recap!.kind).toBe('recap');
    expect(sessionDecks.map((deck) => deck.kind)).toEqual(Array(16).fill('session'));
    expect(sessionDecks.map((deck) => deck.title)).toEqual(exampleSessions.map((session) => session.title));
    expect(new Set(exampleDecks.map((deck) => deck.name)).size).toBe(17);
    expect(sessionDecks[0]!.name).toBe('01-keynote-day-1');
  });

  it('opens the recap with the title slide, then the agenda', () => {
    const { example, exampleSessions, recap } = planExample();
    const [title, ...rest] = recap!.slides;
    expect(title).toMatchObject({ layout: 'title', title: 'KubeCon / Cloud Native Con Europe 2021' });
    expect(title!.subtitle).toContain('7 December 2021');
    expect(title!.subtitle).toContain('16 sessions · team recap');
    // The intro prose is told in the title slide's notes, not shown.
    expect(title!.notes[0]).toMatch(/^I went to Virtual KubeCon EU/);

    const agendaCount = rest.findIndex((made) => made.layout !== 'agenda');
    expect(agendaCount).toBeGreaterThanOrEqual(1);
    const agenda = rest.slice(0, agendaCount);
    expect(agenda[0]!.title).toBe('Agenda');
    const listed = agenda
      .flatMap((made) => made.items)
      .flatMap((item) => [
        item.markdown.replace(/ \*\(cont\.\)\*$/, ''),
        ...item.children.map((child) => child.markdown),
      ]);
    for (const day of example.days) expect(listed).toContain(day.title);
    for (const session of exampleSessions) expect(listed).toContain(session.title);
  });

  it('has one divider per day and one session slide per session, in order', () => {
    const { example, recap } = planExample();
    const outline = recap!.slides
      .filter((made) => made.layout === 'divider' || made.layout === 'session')
      .map((made) => `${made.layout}:${made.title}`);
    const expected = example.days.flatMap((day) => [
      `divider:${day.title}`,
      ...day.sessions.map((session) => `session:${session.title}`),
    ]);
    expect(outline).toEqual(expected);
    expect(outline.filter((entry) => entry.startsWith('divider:'))).toHaveLength(4);
    expect(outline.filter((entry) => entry.startsWith('session:'))).toHaveLength(16);
  });

  it('closes the recap with the follow-ups, the list of things to look into, then the recap at a glance', () => {
    const { example, recap } = planExample();
    const layouts = recap!.slides.map((made) => made.layout);
    const followups = layouts.indexOf('followups');
    const research = layouts.indexOf('research');
    expect(followups).toBeGreaterThan(layouts.lastIndexOf('session'));
    expect(research).toBeGreaterThan(followups);
    expect(recap!.slides[research]!.title).toMatch(/^Interesting projects that require more research/);
    expect(layouts.slice(research, -1).every((layout) => layout === 'research')).toBe(true);
    expect(recap!.slides.at(-1)).toMatchObject({
      layout: 'glance',
      chart: example.days.map((day) => ({ label: day.title, value: day.sessions.length })),
    });
  });

  it('leaves "At a glance" out when the notes hold a single day: one line of counts is a near-empty slide', () => {
    // Corpus files 100 and 109: a slide holding only "8 sessions"; 66: one bar, "JS Day 2016 - Verona (Day 1)", 3.
    const oneDay = conferenceOf(
      '# JS Day 2016 - Verona (Day 1)\n\n## Physical web - Jane Roe\n\n- BLE\n\n## Cycle.js\n\n- streams\n',
    );
    for (const recap of ['full', 'brief'] as const) {
      const [deck] = planDecks(oneDay, { decks: ['recap'], recap });
      expect(deck!.slides.map((made) => made.layout)).not.toContain('glance');
    }
    const twoDays = conferenceOf('# Conf\n\n## Monday\n\n### A - Jane Roe\n\n- a\n\n## Tuesday\n\n### B\n\n- b\n');
    for (const recap of ['full', 'brief'] as const) {
      const [both] = planDecks(twoDays, { decks: ['recap'], recap });
      expect(both!.slides.at(-1)).toMatchObject({
        layout: 'glance',
        subtitle: ['2 sessions · 2 days · 1 speaker'],
        chart: [
          { label: 'Monday', value: 1 },
          { label: 'Tuesday', value: 1 },
        ],
      });
    }
  });

  it('starts every session deck with a session slide naming the speakers and the conference', () => {
    const { example, exampleSessions, sessionDecks } = planExample();
    sessionDecks.forEach((deck, index) => {
      const session = exampleSessions[index]!;
      expect(deck.slides[0]).toMatchObject({ layout: 'session', title: session.title });
      expect(deck.slides[0]!.subtitle.at(-1)).toBe(example.title);
      expect(deck.slides.length).toBeGreaterThan(1);
    });
    const dod = sessionDecks.find((deck) => deck.title.startsWith('How DoD'))!;
    expect(dod.slides[0]!.subtitle).toEqual([
      'Michael Medellin · Department of Defense',
      'Gordon Tillman · Department of Defense',
      example.title,
    ]);
  });

  it('titles continued slides "(cont.)" right after the slide they continue', () => {
    const { exampleDecks } = planExample();
    let continued = 0;
    for (const deck of exampleDecks) {
      deck.slides.forEach((made, index) => {
        if (!made.title.endsWith(' (cont.)')) return;
        continued++;
        const previous = deck.slides[index - 1]!;
        expect(previous.layout).toBe(made.layout);
        expect([made.title, made.title.slice(0, -' (cont.)'.length)]).toContain(previous.title);
      });
    }
    expect(continued).toBeGreaterThan(0);
  });

  it('keeps nested bullets under their parent on the DoD slides', () => {
    const { exampleDecks } = planExample();
    const dod = exampleDecks.find((deck) => deck.title.startsWith('How DoD'))!;
    const items = dod.slides
      .filter((made) => made.title.startsWith('They solved that by'))
      .flatMap((made) => made.items);
    const flux = items.find((item) => item.markdown === 'Use flux to add security to their Kubernetes environment');
    expect(flux?.children.map((child) => child.markdown)).toEqual(['All in Gitlab', 'Signed commits']);
    expect(
      unsplit(items)
        .find((item) => item.markdown === 'Service prerequisites')
        ?.children.map((child) => child.markdown),
    ).toEqual(['Istio', 'Flux', 'Bitnami sealed secrets']);
  });

  it('spreads a long captioned list over "(cont.)" slides without losing or reordering items', () => {
    const points = Array.from({ length: 25 }, (_, index) => `Point number ${index + 1}`);
    const conference = conferenceOf(
      `## Day\n\n### Talk\n\nKey points:\n\n${points.map((point) => `- ${point}`).join('\n')}\n`,
    );
    const [deck] = planDecks(conference, { decks: ['session'] });
    const [opening, ...content] = deck!.slides;
    expect(opening!.layout).toBe('session');
    expect(content.length).toBeGreaterThan(1);
    expect(content.map((made) => made.title)).toEqual([
      'Key points',
      ...Array(content.length - 1).fill('Key points (cont.)'),
    ]);
    expect(content.flatMap((made) => made.items.map((item) => item.markdown))).toEqual(points);
  });
});

describe('session decks of a list with an empty item', () => {
  it('show no bullet for a "- " line, which holds no words (corpus file 96)', () => {
    const conference = conferenceOf('# Conf\n\n## Day 1\n\n### Talk\n\n- works well\n- people\n- \n');
    const [, session] = planDecks(conference, { decks: ['recap', 'session'], recap: 'full' });
    const items = session!.slides.flatMap((made) => ('items' in made ? made.items : []));
    expect(items.map((item) => item.markdown)).toEqual(['works well', 'people']);
  });
});

describe('renderDeck', () => {
  it('starts with Marp front matter: marp, theme and paginate', () => {
    const { example, exampleDecks } = planExample();
    const markdown = render(exampleDecks[0]!);
    expect(markdown.startsWith('---\nmarp: true\n')).toBe(true);
    const { data } = matter(markdown);
    expect(data).toMatchObject({
      marp: true,
      theme: 'recap-light',
      paginate: true,
      title: example.title,
      footer: example.title,
    });
    // gray-matter's YAML 1.1 would read 16:9 as a base-60 number; Marp reads it as the slide size.
    expect(markdown.split('\n---\n')[0]!.split('\n')).toContain('size: 16:9');
    const sections = marpRender(markdown).html.match(/<section\b[^>]*>/g) ?? [];
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) expect(section).toMatch(/data-theme="recap-light"[\s\S]*data-size="16:9"/);
    // Paginated everywhere except the bare title, divider and session slides.
    expect(sections.filter((section) => section.includes('data-paginate="true"')).length).toBe(
      exampleDecks[0]!.slides.filter((made) => !['title', 'divider', 'session'].includes(made.layout)).length,
    );
  });

  it('quotes titles so YAML reads them back unchanged', () => {
    const deck = { ...handMadeDeck([slide('session', 'x')]), title: 'Trust No One: "Confidential" # Computing' };
    expect(matter(render(deck)).data.title).toBe('Trust No One: "Confidential" # Computing');
  });

  it('renders exactly one Marp slide per planned slide, for every deck', () => {
    const { exampleDecks } = planExample();
    for (const deck of exampleDecks) {
      expect(marpRender(render(deck)).slides, deck.name).toBe(deck.slides.length);
    }
  });

  it('puts every prose paragraph of a session in its presenter notes, not on the slide', () => {
    const { exampleSessions, exampleDecks } = planExample();
    exampleDecks.slice(1).forEach((deck, index) => {
      const session = exampleSessions[index]!;
      const { comments } = marpRender(render(deck));
      const notes = plainHyphens(comments.flat().join('\n\n'));
      for (const block of session.blocks) {
        if (block.kind === 'paragraph' && block.role === 'prose') expect(notes, deck.name).toContain(block.markdown);
      }
    });
    const keynote = marpRender(render(exampleDecks[1]!));
    expect(keynote.comments.flat().join('\n')).toContain('Peleton had to scale massively during COVID');
    expect(keynote.html).not.toContain('Peleton');
  });

  it('writes notes as an HTML comment after the slide content', () => {
    const markdown = render(
      handMadeDeck([slide('bullets', 'Points', { items: [leaf('one')], notes: ['Told, not shown.'] })]),
    );
    expect(markdown).toMatch(/- one\n\n<!--\n\u200B\nTold, not shown\.\n-->\n$/);
  });

  it('does not let "-->" in a note end the comment early', () => {
    const notes = ['before --> after', 'bang --!> still hidden', 'ends with a dash -'];
    const deck = handMadeDeck([
      slide('bullets', 'First', { items: [leaf('one')], notes }),
      slide('bullets', 'Second', { items: [leaf('two')] }),
    ]);
    const { html, comments, slides } = marpRender(render(deck));
    expect(slides).toBe(2);
    expect(html).not.toContain('after');
    expect(html).not.toContain('still hidden');
    expect(comments[0]!.map((note) => plainHyphens(note.replace(/^\u200B\n/, '')))).toEqual([notes.join('\n\n')]);
    expect(comments[1]).toEqual([]);
  });

  // A session title containing "-->" must not end the `<!-- _header: … -->` directive early.
  it('keeps a header containing "-->" in one directive', () => {
    const deck = handMadeDeck([slide('bullets', 'Points', { header: 'Docker --> Kubernetes', items: [leaf('one')] })]);
    const { html, comments } = marpRender(render(deck));
    expect(html).toContain('<header>Docker --&gt; Kubernetes</header>');
    expect(comments[0]).toEqual([]);
  });

  // Marp reads a comment that parses as YAML with directive keys (header, footer, class, …) as
  // directives; prose such as "header: the team agreed" must stay a note (behind an invisible
  // zero-width space), not become a header on this and every later slide.
  it('keeps a prose paragraph that looks like a Marp directive as a note', () => {
    const conference = conferenceOf('## Day\n\n### Talk\n\n- one point\n\nheader: the team agreed on this\n');
    const [deck] = planDecks(conference, { decks: ['session'] });
    const { html, comments } = marpRender(render(deck!));
    expect(comments.flat().map((note) => note.replace(/\u200B\n?/g, ''))).toContain('header: the team agreed on this');
    expect(html).not.toContain('data-header="the team agreed on this"');
  });
});
