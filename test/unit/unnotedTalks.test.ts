import { describe, expect, it } from 'vitest';
import { recapPlanLine } from '../../src/cli/runBuild.js';
import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { briefRecap } from '../../src/plan/briefRecap.js';
import { planDecks } from '../../src/plan/planDecks.js';
import type { Slide } from '../../src/plan/types.js';

function recapOf(notes: string, minutes: number | null = null) {
  return briefRecap(buildConference(parseNotes(notes, 'notes.md')), { minutes });
}

/** Each slide as "layout: title", with the items of the listing slides. */
function outline(slides: Slide[]): string[] {
  return slides.map((made) =>
    made.title.startsWith('Also on the programme') || made.title.startsWith('Programme')
      ? `${made.layout}: ${made.title} [${made.subtitle.join(' ')}] ${made.items.map((item) => item.markdown).join(' | ')}`
      : `${made.layout}: ${made.title}`,
  );
}

describe('talks noted without a word: listed together, not a title-only slide each', () => {
  it('lists a day’s unnoted talks, title and speakers, after its noted ones (corpus 76: 20 talks listed without notes)', () => {
    const { slides, plan } = recapOf(
      [
        '# DevConf 2030',
        '## Day 1',
        '### Opening keynote - Jane Roe, Example Corp',
        '- Why small teams win',
        '### Testing configs - John Doe',
        '### Service meshes',
        '## Day 2',
        '### Closing panel',
        '- Everyone agreed on nothing',
        '### Lightning talks - Kim Li',
        '',
      ].join('\n\n'),
    );
    expect(outline(slides)).toEqual([
      'title: DevConf 2030',
      'agenda: Agenda',
      'divider: Day 1',
      'talk: Opening keynote',
      'programme: Also on the programme [2 talks without notes] Testing configs — John Doe | Service meshes',
      'divider: Day 2',
      'talk: Closing panel',
      'programme: Also on the programme [1 talk without notes] Lightning talks — Kim Li',
      'glance: At a glance',
    ]);
    expect(plan.talks).toEqual([
      { title: 'Opening keynote', slides: 1 },
      { title: 'Testing configs', slides: 0 },
      { title: 'Service meshes', slides: 0 },
      { title: 'Closing panel', slides: 1 },
      { title: 'Lightning talks', slides: 0 },
    ]);
    expect(recapPlanLine(plan)).toBe('Recap: 9 slides · slides per talk: 2 × 1 · 3 listed without notes');
  });

  it('leaves the agenda out when no talk has a slide of its own: the programme slides list them (corpus 187, 192)', () => {
    const { slides, plan } = recapOf(
      ['# DevConf 2030', '## Day 1', '### Keynote - Jane Roe', '### Testing configs', '## Day 2', '### Panel', ''].join(
        '\n\n',
      ),
    );
    expect(outline(slides)).toEqual([
      'title: DevConf 2030',
      'divider: Day 1',
      'programme: Programme [2 talks without notes] Keynote — Jane Roe | Testing configs',
      'divider: Day 2',
      'programme: Programme [1 talk without notes] Panel',
      'glance: At a glance',
    ]);
    expect(recapPlanLine(plan)).toBe('Recap: 6 slides · slides per talk: none · 3 listed without notes');
  });

  it('calls a day’s listing "Programme" when none of its talks has a slide, "Also on the programme" after some', () => {
    const { slides } = recapOf(
      [
        '# DevConf 2030',
        '## Day 1',
        '### Keynote',
        '- a point',
        '### Testing configs',
        '## Day 2',
        '### Panel',
        '',
      ].join('\n\n'),
    );
    expect(outline(slides)).toEqual([
      'title: DevConf 2030',
      'agenda: Agenda',
      'divider: Day 1',
      'talk: Keynote',
      'programme: Also on the programme [1 talk without notes] Testing configs',
      'divider: Day 2',
      'programme: Programme [1 talk without notes] Panel',
      'glance: At a glance',
    ]);
    // The agenda's entries still jump to each talk's slide, or to the slide that lists it.
    expect(slides[1]!.items.map((day) => [day.markdown, ...day.children.map((entry) => entry.markdown)])).toEqual([
      ['Day 1', '[Keynote](#4)', '[Testing configs](#5)'],
      ['Day 2', '[Panel](#7)'],
    ]);
  });

  it('links each listed talk’s agenda entry to the slide that lists it', () => {
    const { slides } = recapOf('# Conf\n\n## Noted\n\n- a point\n\n## Listed only (Jane Roe)\n\n## Also listed\n');
    const entries = slides[1]!.items.map((item) => item.markdown);
    expect(entries).toEqual(['[Noted](#3)', '[Listed only](#4)', '[Also listed](#4)']);
    expect(slides[3]!.title).toBe('Also on the programme');
  });

  it('keeps a talk with a single point on a slide of its own, and one with only code (its code shown)', () => {
    const { slides } = recapOf('# Conf\n\n## One point\n\n- it matters\n\n## Code only\n\n```js\nrun()\n```\n');
    expect(outline(slides)).toEqual(['title: Conf', 'agenda: Agenda', 'talk: One point', 'talk: Code only']);
  });

  it('tells in the notes what a listed talk’s notes hold: its link line, its heading as written', () => {
    const { slides } = recapOf(
      '# Conf\n\n## Noted\n\n- a point\n\n## Talk 3: Listed - Jane Roe\n\n[Slides](https://example.org/slides)\n',
    );
    const listing = slides.find((made) => made.title === 'Also on the programme')!;
    expect(listing.items.map((item) => item.markdown)).toEqual(['Listed — Jane Roe']);
    expect(listing.notes.join('\n')).toContain('https://example.org/slides');
    expect(listing.notes).toContain('Talk 3: Listed - Jane Roe');
  });

  it('continues a long list on "(cont.)" slides, each talk on one of them, in order', () => {
    const listed = Array.from({ length: 40 }, (_, index) => `## Talk number ${index + 1}`).join('\n\n');
    const { slides, plan } = recapOf(`# Conf\n\n## Noted\n\n- a point\n\n${listed}\n`);
    const listings = slides.filter((made) => made.title.startsWith('Also on the programme'));
    expect(listings.length).toBeGreaterThan(1);
    expect(listings.slice(1).every((made) => made.title === 'Also on the programme (cont.)')).toBe(true);
    expect(listings.flatMap((made) => made.items.map((item) => item.markdown))).toEqual(
      Array.from({ length: 40 }, (_, index) => `Talk number ${index + 1}`),
    );
    expect(plan.total).toBe(slides.length);
  });

  it('counts the listing slides among the minutes: the talks with notes share what is left', () => {
    const notes = `# Conf\n\n## Monday\n\n### Noted\n\n- a\n\n### Listed\n\n## Tuesday\n\n### Also noted\n\n- b\n`;
    const { slides, plan } = recapOf(notes, 6);
    // Title, agenda, one listing and at a glance leave 2 for the two noted talks: no dividers, days as headers.
    expect(outline(slides)).toEqual([
      'title: Conf',
      'agenda: Agenda',
      'talk: Noted',
      'programme: Also on the programme [1 talk without notes] Listed',
      'talk: Also noted',
      'glance: At a glance',
    ]);
    expect(slides[3]!.header).toBe('Monday');
    expect(plan.total).toBe(6);
  });

  it('counts the listing slides when it weighs dividers: one minute short of them, the days go in the headers', () => {
    const notes = `# Conf\n\n## Monday\n\n### Noted\n\n- a\n\n### Listed\n\n## Tuesday\n\n### Also noted\n\n- b\n`;
    // Title, agenda, one listing, at a glance, two dividers and two talks: 8 slides.
    const short = recapOf(notes, 7).slides;
    expect(short.map((made) => made.layout)).toEqual(['title', 'agenda', 'talk', 'programme', 'talk', 'glance']);
    expect(short[2]!.header).toBe('Monday');
    const enough = recapOf(notes, 8).slides;
    expect(enough.map((made) => made.layout)).toEqual([
      'title',
      'agenda',
      'divider',
      'talk',
      'programme',
      'divider',
      'talk',
      'glance',
    ]);
    // After a divider, the talk's slides need no day header.
    expect(enough[3]!.header).toBeNull();
    expect(enough[4]!.header).toBeNull();
  });

  it('keeps the title slide of a listed talk’s own session deck', () => {
    const conference = buildConference(parseNotes('# Conf\n\n## Noted\n\n- a\n\n## Listed\n', 'notes.md'));
    const decks = planDecks(conference, { decks: ['recap', 'session'] });
    expect(decks.map((deck) => `${deck.kind}:${deck.title}`)).toEqual([
      'recap:Conf',
      'session:Noted',
      'session:Listed',
    ]);
    expect(decks[2]!.slides.map((made) => made.layout)).toEqual(['session']);
  });
});
