import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import type { Conference } from '../../src/model/types.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { slideIdentity } from '../../src/plan/fitBudgets.js';
import { planDecks } from '../../src/plan/planDecks.js';
import type { Deck } from '../../src/plan/types.js';
import { conference, day, paragraph, session } from '../support/planFixtures.js';

/** Notes of two days with an intro, an opening and a closing section and a list of things to look into. */
function twoDays(): Conference {
  const points = Array.from({ length: 8 }, (_, index) => `- Point ${index + 1} about the talk`).join('\n');
  const notes = [
    '# Conf',
    'Intro para.',
    '- intro point',
    '## Travel',
    'Took the train.',
    '## Day 1',
    '### Talk A - Jane Roe',
    points,
    '## Day 2',
    '### Talk B',
    '- point',
    '## Wrap-up',
    'Went well.',
    '## Things to look into',
    '- eBPF',
  ].join('\n\n');
  return buildConference(parseNotes(notes, 'notes.md'));
}

/** Each deck as its kind, name and slides (layout, title, header, link). */
const outline = (decks: Deck[]) =>
  decks.map((deck) => [
    deck.kind,
    deck.name,
    deck.slides.map((made) => [made.layout, made.title, made.header, made.link?.href ?? null]),
  ]);

describe('planDecks', () => {
  it('plans the full recap: title, overview, agenda, opening sections, each day, closing sections, research, glance', () => {
    const [recap] = planDecks(twoDays(), { decks: ['recap'], recap: 'full' });
    expect(outline([recap!])).toEqual([
      [
        'recap',
        'recap',
        [
          ['title', 'Conf', null, null],
          ['bullets', 'Overview', null, null],
          ['agenda', 'Agenda', null, null],
          ['summary', 'Travel', null, null],
          ['divider', 'Day 1', null, null],
          ['session', 'Talk A', null, null],
          ['bullets', 'Talk A', null, null],
          ['divider', 'Day 2', null, null],
          ['session', 'Talk B', null, null],
          ['bullets', 'Talk B', null, null],
          ['summary', 'Wrap-up', null, null],
          ['research', 'Things to look into', null, null],
          ['glance', 'At a glance', null, null],
        ],
      ],
    ]);
    expect(recap!.slides[0]!.notes).toEqual(['Intro para.']);
  });

  it('gives a lone day a divider only when the notes name it', () => {
    const layouts = (notes: string) =>
      planDecks(buildConference(parseNotes(notes, 'notes.md')), { decks: ['recap'], recap: 'full' })[0]!.slides.map(
        (made) => made.layout,
      );
    expect(layouts('# Conf\n\n### Talk A\n\n- point\n')).toEqual(['title', 'session', 'bullets']);
    expect(layouts('# Conf\n\n## Monday\n\n### Talk A\n\n- point\n')).toEqual([
      'title',
      'divider',
      'session',
      'bullets',
    ]);
  });

  it('plans the brief recap with its minutes, linked to the session decks, each linking back', () => {
    const decks = planDecks(twoDays(), { decks: ['recap', 'session'], minutes: 5 });
    expect(outline(decks)).toEqual([
      [
        'recap',
        'recap',
        [
          ['title', 'Conf', null, null],
          ['agenda', 'Agenda', null, null],
          ['talk', 'Talk A', 'Day 1', 'sessions/01-talk-a.html'],
          ['talk', 'Talk B', 'Day 2', 'sessions/02-talk-b.html'],
          ['summary', 'Wrap-up', null, null],
          ['research', 'Things to look into', null, null],
          ['glance', 'At a glance', null, null],
        ],
      ],
      [
        'session',
        '01-talk-a',
        [
          ['session', 'Talk A', null, '../recap.html'],
          ['bullets', 'Talk A', null, null],
        ],
      ],
      [
        'session',
        '02-talk-b',
        [
          ['session', 'Talk B', null, '../recap.html'],
          ['bullets', 'Talk B', null, null],
        ],
      ],
    ]);
    expect(decks[0]!.recapPlan).toMatchObject({ minutes: 5 });
    expect(decks[1]!.slides[0]!.link).toEqual({ href: '../recap.html', text: '← Team recap' });
  });

  it('links no session deck to a recap it does not make', () => {
    const decks = planDecks(twoDays(), { decks: ['session'] });
    expect(decks.map((deck) => [deck.name, deck.slides[0]!.link])).toEqual([
      ['01-talk-a', undefined],
      ['02-talk-b', undefined],
    ]);
  });

  it('plans a deck a day when asked, each day with its divider and its sessions', () => {
    const decks = planDecks(twoDays(), { decks: ['day'] });
    expect(outline(decks)).toEqual([
      [
        'day',
        '01-day-1',
        [
          ['divider', 'Day 1', null, null],
          ['session', 'Talk A', null, null],
          ['bullets', 'Talk A', null, null],
        ],
      ],
      [
        'day',
        '02-day-2',
        [
          ['divider', 'Day 2', null, null],
          ['session', 'Talk B', null, null],
          ['bullets', 'Talk B', null, null],
        ],
      ],
    ]);
    expect(decks.map((deck) => deck.title)).toEqual(['Day 1', 'Day 2']);
  });

  it("fits each deck's slides to the share a measured fit gave them in that deck", () => {
    const fit = { [slideIdentity('recap', 'Talk A')]: 0.2, [slideIdentity('01-talk-a', 'Talk A')]: 0.2 };
    const slidesOf = (deck: Deck | undefined) => deck!.slides.filter((made) => made.title.startsWith('Talk A')).length;
    const full = planDecks(twoDays(), { decks: ['recap', 'session'], recap: 'full', fit });
    const unfitted = planDecks(twoDays(), { decks: ['recap', 'session'], recap: 'full' });
    expect(full.map(slidesOf)).toEqual([9, 9, 0]);
    expect(unfitted.map(slidesOf)).toEqual([2, 2, 0]);
    const pointsOf = (decks: Deck[]) => decks[0]!.slides.find((made) => made.title === 'Talk A')!.items.length;
    expect(pointsOf(planDecks(twoDays(), { decks: ['recap'], fit }))).toBeLessThan(
      pointsOf(planDecks(twoDays(), { decks: ['recap'] })),
    );
  });

  it('names a day deck "day" when its title gives no name, and gathers its follow-ups', () => {
    const todo = session('Talk A', { blocks: [paragraph('TODO try it', 'todo')] });
    const decks = planDecks(conference([day('🎉', [todo])]), { decks: ['day'] });
    expect(decks.map((deck) => deck.name)).toEqual(['01-day']);
    expect(decks[0]!.slides.map((made) => made.layout)).toEqual(['divider', 'session', 'followups']);
  });
});
