import { describe, expect, it } from 'vitest';
import { inferStructure } from '../../src/model/inferStructure.js';
import { buildOutline } from '../../src/model/outline.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

/** The notes' days as "day: talk, talk (group)", their asides as "placement kind: title", the notes on guesses as "line: message". */
function read(text: string) {
  const structure = inferStructure(buildOutline(parseMarkdown(text).children, text).sections);
  return {
    days: structure.days.map(
      (day) =>
        `${day.text ?? '(no day)'}: ${day.talks.map((talk) => (talk.group === null ? talk.text : `${talk.text} (${talk.group})`)).join(', ')}`,
    ),
    asides: structure.asides.map((aside) => `${aside.placement} ${aside.kind}: ${aside.section.text}`),
    notes: structure.notes.map((note) => `${note.line}: ${note.message}`),
  };
}

/** Three talks written as links under "## Day 1": the way the notes write talks. */
const LINKED_DAY =
  '## Day 1\n### [Alpha](https://a.example)\n### [Beta](https://b.example)\n### [Gamma](https://c.example)\n';

describe('inferStructure: days, talks and asides', () => {
  it('reads days and their talks, and the sections before and after them as asides', () => {
    expect(read('# Day 1\n## Alpha Talk\n## Beta Talk\n# Day 2\n## Gamma Talk\n')).toEqual({
      days: ['Day 1: Alpha Talk, Beta Talk', 'Day 2: Gamma Talk'],
      asides: [],
      notes: [],
    });
    expect(read('# Travel\nTrain.\n# Day 1\n## Alpha Talk\n# Summary\nGood.\n# Things to Google\n- x\n')).toEqual({
      days: ['Day 1: Alpha Talk'],
      asides: ['opening notes: Travel', 'closing notes: Summary', 'closing research: Things to Google'],
      notes: [],
    });
  });

  it("keeps a day's own notes and its groups' notes as the day's intro, each talk naming its group", () => {
    const structure = inferStructure(
      buildOutline(
        parseMarkdown(
          '# Day 1\nIntro.\n## Morning Keynotes\nDay notes.\n### Alpha Talk\n### Beta Talk\n## Gamma Talk\n',
        ).children,
        '',
      ).sections,
    );
    expect(structure.days[0]!.intro.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
    expect(structure.days[0]!.talks.map((talk) => [talk.text, talk.group])).toEqual([
      ['Alpha Talk', 'Morning Keynotes'],
      ['Beta Talk', 'Morning Keynotes'],
      ['Gamma Talk', null],
    ]);
    expect(read('# Day 1\n## Track A\n### Morning Keynotes\n#### Talk 1: Alpha\n#### Talk 2: Beta\n').days).toEqual([
      'Day 1: Talk 1: Alpha (Track A · Morning Keynotes), Talk 2: Beta (Track A · Morning Keynotes)',
    ]);
  });

  it('does not read a section of days as a group of talks', () => {
    expect(read('# Week\n## Tuesday\nA.\n## Wednesday\nB.\n').days).toEqual(['(no day): Week']);
  });

  it('keeps a talk whose heading level slipped in its day, in order, and says so', () => {
    expect(read('## Day 1\n### A. First\n### B. Second\n## C. Third\n### D. Fourth\n')).toEqual({
      days: ['Day 1: A. First, B. Second, C. Third, D. Fourth'],
      asides: [],
      notes: ['4: Read `C. Third` as a talk of Day 1 (its heading level differs from its neighbours)'],
    });
  });

  it('reads a loose section between days as a talk of the day before, or of a group of its own after a group', () => {
    expect(read('# Day 1\n## Alpha Talk\n# Hallway\n# Day 2\n## Beta Talk\n').days).toEqual([
      'Day 1: Alpha Talk, Hallway',
      'Day 2: Beta Talk',
    ]);
    expect(read('# Keynotes\n## Talk 1: Alpha\n## Talk 2: Beta\n# Lunch\n# Day 1\n## Gamma Talk\n').days).toEqual([
      'Keynotes: Talk 1: Alpha, Talk 2: Beta',
      '(no day): Lunch',
      'Day 1: Gamma Talk',
    ]);
  });
});

describe('inferStructure: notes without dated days', () => {
  it('makes the groups of talks one day, a section between them a talk of it', () => {
    const text =
      '## Keynotes\n### Talk 1: Alpha\n### Talk 2: Beta\n## Hallway\n## Workshops\n### Talk 3: Gamma\n### Talk 4: Delta\n';
    expect(read(text).days).toEqual([
      '(no day): Talk 1: Alpha (Keynotes), Talk 2: Beta (Keynotes), Hallway, Talk 3: Gamma (Workshops), Talk 4: Delta (Workshops)',
    ]);
  });

  it('keeps a group named by a link, or holding groups, as a day of its own', () => {
    expect(
      read('## [Keynotes](https://example.com)\n### Talk 1: Alpha\n### Talk 2: Beta\n## Workshops\n### Talk 3: Gamma\n')
        .days,
    ).toEqual(['Keynotes: Talk 1: Alpha, Talk 2: Beta', '(no day): Talk 3: Gamma (Workshops)']);
    expect(
      read('## Keynotes\n### Talk 1: Alpha\n### Talk 2: Beta\n## Workshops\n### Workshops Intro\n#### Talk 3: Gamma\n')
        .days,
    ).toEqual([
      '(no day): Talk 1: Alpha (Keynotes), Talk 2: Beta (Keynotes)',
      'Workshops: Talk 3: Gamma (Workshops Intro)',
    ]);
  });

  it('reads sections with no days as one day of talks, asides at either end', () => {
    expect(read('## Overview\n## Alpha Talk\n## Beta Talk\n## Summary\n## Links\n')).toEqual({
      days: ['(no day): Alpha Talk, Beta Talk'],
      asides: ['opening notes: Overview', 'closing notes: Summary', 'closing notes: Links'],
      notes: [],
    });
  });
});

describe('inferStructure: a day named before each talk', () => {
  it('reads "Day 1 - 0945 - Title" as a talk of day 1, and the headings naming one day in a row as that day', () => {
    const text =
      '## Day 1 - 0945 - The Admin\n## Day 1 - 1030 - Second Talk\n## Day 2 - Third Talk\n## Day 2 - Fourth Talk\n## Day 3: Keynotes\n';
    expect(read(text).days).toEqual([
      'Day 1: 0945 - The Admin, 1030 - Second Talk',
      'Day 2: Third Talk, Fourth Talk',
      'Day 3: Keynotes: ',
    ]);
  });
});

describe('inferStructure: sections written as the days write their talks', () => {
  it('reads a sibling of the days whose sub-sections are mostly written so as holding talks', () => {
    expect(
      read(`${LINKED_DAY}## Autre\n### [Delta](https://d.example)\n### [Epsilon](https://e.example)\n### Hallway\n`)
        .days,
    ).toEqual(['Day 1: Alpha, Beta, Gamma', 'Autre: Delta, Epsilon, Hallway']);
    // One of three written so is not most; one sub-section is too few.
    expect(read(`${LINKED_DAY}## Autre\n### [Delta](https://d.example)\n### Lunch\n### Hallway\n`).asides).toEqual([
      'closing notes: Autre',
    ]);
    expect(read(`${LINKED_DAY}## Autre\n### [Delta](https://d.example)\n`).asides).toEqual(['closing notes: Autre']);
  });

  it('reads a section written so at the day level as a talk of the day, when the days share a way of writing talks', () => {
    expect(read(`${LINKED_DAY}## [Zeta](https://z.example)\n## Summary\n`)).toEqual({
      days: ['Day 1: Alpha, Beta, Gamma, Zeta'],
      asides: ['closing notes: Summary'],
      notes: ['5: Read `Zeta` as a talk of Day 1 (its heading level differs from its neighbours)'],
    });
    // Two talks share no way of writing.
    expect(
      read('## Day 1\n### [Alpha](https://a.example)\n### [Beta](https://b.example)\n## [Zeta](https://z.example)\n')
        .asides,
    ).toEqual(['closing notes: Zeta']);
  });
});

describe('inferStructure: sections after the last day', () => {
  it('reads a run of them as its talks when most name a speaker, up to an aside or a higher heading', () => {
    const named = '## Day 1\n### Alpha Talk\n## Service Mesh Patterns\nJane Doe\n\n## Testing with Rego\nJohn Roe\n\n';
    expect(read(`${named}## Summary\n`)).toEqual({
      days: ['Day 1: Alpha Talk, Service Mesh Patterns, Testing with Rego'],
      asides: ['closing notes: Summary'],
      notes: [],
    });
    expect(read(`${named}# Appendix\n## Later\nAnn Bo\n`).asides).toEqual(['closing notes: Appendix']);
  });

  it('needs 60% of two or more sections to say so', () => {
    const sections = (names: boolean[]) =>
      names
        .map((named, index) => `## Section ${'ABCDE'[index]}\n${named ? 'Jane Doe' : 'Some thoughts.'}\n\n`)
        .join('');
    // 3 of 5 is 60%; 2 of 4 is less.
    expect(read(`## Day 1\n### Alpha Talk\n${sections([true, true, true, false, false])}`).asides).toEqual([]);
    expect(read(`## Day 1\n### Alpha Talk\n${sections([true, true, false, false])}`).asides).toHaveLength(4);
    expect(read(`## Day 1\n### Alpha Talk\n${sections([true])}`).asides).toEqual(['closing notes: Section A']);
  });

  it('reads a run that shares a way of writing talks as talks', () => {
    expect(
      read('## Day 1\n### Alpha Talk\n## 10:00 Service Mesh\n## 11:00 Testing Rego\n## 12:00 Lunch Talk\n'),
    ).toEqual({
      days: ['Day 1: Alpha Talk, 10:00 Service Mesh, 11:00 Testing Rego, 12:00 Lunch Talk'],
      asides: [],
      notes: [],
    });
  });
});
