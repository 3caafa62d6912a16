import { describe, expect, it } from 'vitest';
import type { Session } from '../../../src/model/types.js';
import { agendaSlides } from '../../../src/plan/layouts/agenda.js';
import { textFrame } from '../../../src/plan/textFrame.js';
import type { Slide } from '../../../src/plan/types.js';
import { conference, day, session } from '../../support/planFixtures.js';

const entries = (slides: Slide[]) =>
  slides.map((made) => [
    made.layout,
    made.title,
    made.items.map((entry) =>
      entry.children.length > 0 ? [entry.markdown, entry.children.map((c) => c.markdown)] : entry.markdown,
    ),
  ]);
const sessions = (count: number, title = (index: number) => `Talk ${index + 1}`) =>
  Array.from({ length: count }, (_, index) => session(title(index)));

describe('agendaSlides', () => {
  it('lists a lone day’s sessions, without the day', () => {
    const made = agendaSlides(conference([day('Day 1', sessions(2))]), textFrame());
    expect(entries(made)).toEqual([['agenda', 'Agenda', ['Talk 1', 'Talk 2']]]);
  });

  it('makes no agenda for a lone session, on one day or over several', () => {
    expect(agendaSlides(conference([day('Day 1', sessions(1))]), textFrame())).toEqual([]);
    expect(agendaSlides(conference([day('Day 1', sessions(1)), day('Day 2', [])]), textFrame())).toEqual([]);
    expect(agendaSlides(conference([day('Day 1', sessions(1)), day('Day 2', sessions(1))]), textFrame())).toHaveLength(
      1,
    );
  });

  it('lists several days with their sessions under them', () => {
    const made = agendaSlides(
      conference([day('Monday', sessions(2)), day('Tuesday', [session('Closing')])]),
      textFrame(),
    );
    expect(entries(made)).toEqual([
      [
        'agenda',
        'Agenda',
        [
          ['Monday', ['Talk 1', 'Talk 2']],
          ['Tuesday', ['Closing']],
        ],
      ],
    ]);
  });

  it('lists no day without sessions, and one day left with sessions lists them without the day', () => {
    const made = agendaSlides(conference([day('Day 0', []), day('Day 1', sessions(2))]), textFrame());
    expect(entries(made)).toEqual([['agenda', 'Agenda', ['Talk 1', 'Talk 2']]]);
    const three = agendaSlides(
      conference([day('Day 0', []), day('Day 1', sessions(1)), day('Day 2', [session('Closing')])]),
      textFrame(),
    );
    expect(entries(three)).toEqual([
      [
        'agenda',
        'Agenda',
        [
          ['Day 1', ['Talk 1']],
          ['Day 2', ['Closing']],
        ],
      ],
    ]);
  });

  it('links an entry to its session’s slide, as plain text with its Markdown marks escaped', () => {
    const [first, second] = [session('*Fast* [builds] & <tests>'), session('No slide')];
    const slideOf = (talk: Session) => (talk === first ? 7 : undefined);
    const made = agendaSlides(conference([day('Day 1', [first!, second!])]), textFrame(), slideOf);
    expect(made[0]!.items.map((entry) => entry.markdown)).toEqual([
      '[Fast \\[builds\\] \\& \\<tests\\>](#7)',
      'No slide',
    ]);
  });

  it('fills two columns of twelve small lines a slide: twenty one-line entries, then a slide more', () => {
    // An entry takes 1.15 lines: ten fit a column of 12 lines, eleven do not.
    expect(entries(agendaSlides(conference([day('Day 1', sessions(20))]), textFrame()))).toEqual([
      ['agenda', 'Agenda', sessions(20).map((talk) => talk.title)],
    ]);
    const longer = agendaSlides(conference([day('Day 1', sessions(21))]), textFrame());
    expect(longer.map((made) => [made.title, made.items.length])).toEqual([
      ['Agenda', 20],
      ['Agenda (cont.)', 1],
    ]);
  });

  it('wraps entries at half a slide’s width', () => {
    // 60 characters: one line across the slide (89 characters), two in a column of 42: five entries a column.
    const long = (index: number) => `Talk ${String(index + 1).padStart(2, '0')} ${'about storage '.repeat(4)}`.trim();
    const made = agendaSlides(conference([day('Day 1', sessions(11, long))]), textFrame());
    expect(made.map((shown) => shown.items.length)).toEqual([10, 1]);
  });

  it('gives its columns the share of lines a measured fit found for the agenda', () => {
    const asked: string[] = [];
    const share = (title: string) => {
      asked.push(title);
      return 0.5;
    };
    // Six lines a column: five entries.
    const made = agendaSlides(conference([day('Day 1', sessions(11))]), { ...textFrame(), share });
    expect(made.map((shown) => shown.items.length)).toEqual([10, 1]);
    expect(new Set(asked)).toEqual(new Set(['Agenda']));
  });

  it('plans the agenda for the slide’s size: a 4:3 slide’s columns wrap sooner', () => {
    // 34 characters: one line in a 16:9 column (42 characters), two in a 4:3 one (31).
    const mid = (index: number) => `Talk ${String(index + 1).padStart(2, '0')} on storage at scale, again`;
    const wide = agendaSlides(conference([day('Day 1', sessions(11, mid))]), textFrame('16:9'));
    const narrow = agendaSlides(conference([day('Day 1', sessions(11, mid))]), textFrame('4:3'));
    expect([wide.length, narrow.length]).toEqual([1, 2]);
  });
  it('tells sessions of one title apart by their speakers, on every day, in links too', () => {
    const speaker = (name: string) => ({ name, org: null });
    const keynotes = [
      session('Keynote', { speakers: [speaker('Jane Roe')] }),
      session('*keynote* ', { speakers: [speaker('Max Roe'), speaker('Kim_Li')] }),
    ];
    const lone = session('Keynote');
    const other = session('Rust at scale', { speakers: [speaker('Ann Lee')] });
    const made = agendaSlides(
      conference([day('Monday', [keynotes[0]!, other]), day('Tuesday', [keynotes[1]!, lone])]),
      textFrame(),
      (talk) => (talk === keynotes[1] ? 4 : undefined),
    );
    expect(entries(made)[0]![2]).toEqual([
      ['Monday', ['Keynote — Jane Roe', 'Rust at scale']],
      ['Tuesday', ['[keynote — Max Roe \\& Kim\\_Li](#4)', 'Keynote']],
    ]);
  });
});
