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
    expect(read('# Keynotes\n## Talk 1: Alpha\n## Talk 2: Beta\n# Hallway\n# Day 1\n## Gamma Talk\n').days).toEqual([
      'Keynotes: Talk 1: Alpha, Talk 2: Beta',
      '(no day): Hallway',
      'Day 1: Gamma Talk',
    ]);
  });

  it('keeps a section named as no talk between a group and a day as an aside, not a day of no talks', () => {
    const { days, asides } = read('# Keynotes\n## Talk 1: Alpha\n## Talk 2: Beta\n# Lunch\n# Day 1\n## Gamma Talk\n');
    expect(days).toEqual(['Keynotes: Talk 1: Alpha, Talk 2: Beta', 'Day 1: Gamma Talk']);
    expect(asides).toEqual(['closing notes: Lunch']);
    // Once a group of loose talks is open, it takes the section as its own notes.
    expect(read('# Keynotes\n## Talk 1: Alpha\n# Delta Talk\n# Lunch\n# Day 1\n## Gamma Talk\n').days).toEqual([
      'Keynotes: Talk 1: Alpha',
      '(no day): Delta Talk',
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

  it('reads the one part of the notes that holds tracks of talks as no day: its talks are the notes’ one day', () => {
    const text =
      '## 技术\n#### 主题演讲\n**Alpha**\n#### 移动与Web\n##### Talk 1: Beta\n##### Talk 2: Gamma\n#### 大数据\n##### Talk 3: Delta\n##### Talk 4: Epsilon\n## 吐槽\n#### 演讲即招聘\nText.\n## 感想\nText.\n';
    const found = read(text);
    expect(found.days).toEqual([
      '(no day): 主题演讲, Talk 1: Beta (移动与Web), Talk 2: Gamma (移动与Web), Talk 3: Delta (大数据), Talk 4: Epsilon (大数据)',
    ]);
    expect(found.asides).toEqual(['closing notes: 吐槽', 'closing notes: 感想']);
    // Its heading opens the day, at its rank: its word is kept.
    const structure = inferStructure(buildOutline(parseMarkdown(text).children, text).sections);
    expect(structure.days[0]!.intro[0]).toMatchObject({ type: 'heading', depth: 2, children: [{ value: '技术' }] });
    expect(structure.days[0]!.heading).toBeNull();
    // In English: "## Talks" over "### Track A", "### Track B".
    const english =
      '## Talks\n### Track A\n#### Talk 1: A\n#### Talk 2: B\n### Track B\n#### Talk 3: C\n## Summary\nGood.\n';
    expect(read(english).days).toEqual(['(no day): Talk 1: A (Track A), Talk 2: B (Track A), Talk 3: C (Track B)']);
    // Two such parts are named days still (a morning and an afternoon of tracks).
    const two = english.replace('## Summary\nGood.\n', '## Afternoon\n### Track C\n#### Talk 4: D\n#### Talk 5: E\n');
    expect(read(two).days).toEqual([
      'Talks: Talk 1: A (Track A), Talk 2: B (Track A), Talk 3: C (Track B)',
      'Afternoon: Talk 4: D (Track C), Talk 5: E (Track C)',
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

describe('inferStructure: what gathers talks', () => {
  const under = (children: string) => read(`# Day 1\n## Stuff\n${children}`).days;
  it('reads a section as a group when half its sub-sections or more read as talks', () => {
    expect(under('### A. Alpha\n### B. Beta\n### Hallway\n')).toEqual([
      'Day 1: A. Alpha (Stuff), B. Beta (Stuff), Hallway (Stuff)',
    ]);
    expect(under('### A. Alpha\n### Hallway\n')).toEqual(['Day 1: A. Alpha (Stuff), Hallway (Stuff)']);
    expect(under('### A. Alpha\n### Hallway\n### Foyer\n')).toEqual(['Day 1: Stuff']);
    expect(under('### Hallway\n### Foyer\n')).toEqual(['Day 1: Stuff']);
  });

  it('counts as talks a speaker-marked title, a slot of the programme, a line naming the presenter, or a group', () => {
    expect(under('### Jane Roe, Example University, *Better Tests*\n### Li Wei, Acme, *Faster Builds*\n')).toEqual([
      'Day 1: Jane Roe, Example University, Better Tests (Stuff), Li Wei, Acme, Faster Builds (Stuff)',
    ]);
    expect(under('### Session 3\n### 14:00 ~ 14:40\n')).toEqual(['Day 1: Session 3 (Stuff), 14:00 ~ 14:40 (Stuff)']);
    expect(under('### Better Tests\nPresenter: Jane Roe\n\n### Faster Builds\nPresenter: Li Wei\n')).toEqual([
      'Day 1: Better Tests (Stuff), Faster Builds (Stuff)',
    ]);
    expect(under('### Things\n#### A. Alpha\n#### B. Beta\n')).toEqual([
      'Day 1: A. Alpha (Stuff · Things), B. Beta (Stuff · Things)',
    ]);
  });
});

describe('inferStructure: an empty heading that names the talks after it', () => {
  it('is no talk: it labels the talks written after it at its level, in any language', () => {
    expect(read('## Talks\n## Scaling Django\n- redis\n## Testing\n- fixtures\n').days).toEqual([
      '(no day): Scaling Django, Testing',
    ]);
    expect(read('# 各発表のメモ\n# 頑張りすぎないScala\n- 楽しむ\n# 例外は投げない\n- Either\n').days).toEqual([
      '(no day): 頑張りすぎないScala, 例外は投げない',
    ]);
    expect(read('## Lightning talks\n## Scaling Django\n- redis\n## Testing\n- fixtures\n').days).toEqual([
      '(no day): Scaling Django, Testing',
    ]);
  });

  it('stays a talk when it has notes or sub-sections, or names no group', () => {
    expect(read('## Talks\nA word.\n## Scaling Django\n- redis\n## Testing\n- fixtures\n').days).toEqual([
      '(no day): Talks, Scaling Django, Testing',
    ]);
    expect(read('## Scaling\n## Scaling Django\n- redis\n## Testing\n- fixtures\n').days).toEqual([
      '(no day): Scaling, Scaling Django, Testing',
    ]);
  });
});

describe('inferStructure: groups of notes without dated days', () => {
  it("keeps the groups' own notes as the day's intro, and its heading-less day without intro of its own", () => {
    const text = '## Keynotes\nKeynote notes.\n### Talk 1: Alpha\n### Talk 2: Beta\n## Workshops\n### Talk 3: Gamma\n';
    const structure = inferStructure(buildOutline(parseMarkdown(text).children, text).sections);
    expect(structure.days.map((day) => [day.heading, day.intro.map((node) => node.type)])).toEqual([
      [null, ['paragraph']],
    ]);
  });

  it('makes three groups one day, the sections between them its talks, those before and after asides', () => {
    const text =
      '## Overview\n## Keynotes\n### Talk 1: A\n### Talk 2: B\n## Hallway\n## Workshops\n### Talk 3: C\n### Talk 4: D\n## Lunch\n## Panels\n### Talk 5: E\n### Talk 6: F\n## Summary\n';
    expect(read(text)).toEqual({
      days: [
        '(no day): Talk 1: A (Keynotes), Talk 2: B (Keynotes), Hallway, Talk 3: C (Workshops), Talk 4: D (Workshops), Lunch, Talk 5: E (Panels), Talk 6: F (Panels)',
      ],
      asides: ['opening notes: Overview', 'closing notes: Summary'],
      notes: [],
    });
  });

  it('keeps a group holding groups apart, and a section after the one day its talk', () => {
    const text =
      '## Keynotes\n### Talk 1: A\n### Talk 2: B\n## Workshops\n### Talk 3: C\n### Talk 4: D\n## Hallway\n## [Panels](https://p.example)\n### Talk 5: E\n### Talk 6: F\n';
    expect(read(text).days).toEqual([
      '(no day): Talk 1: A (Keynotes), Talk 2: B (Keynotes), Talk 3: C (Workshops), Talk 4: D (Workshops), Hallway',
      'Panels: Talk 5: E, Talk 6: F',
    ]);
  });

  it('closes the one day at a heading above its highest group', () => {
    const text = '### Keynotes\n#### Talk 1: A\n#### Talk 2: B\n## Workshops\n### Talk 3: C\n### Talk 4: D\n';
    const named = '## Service Mesh Patterns\nJane Doe\n\n## Testing with Rego\nJohn Roe\n';
    expect(read(text + named).asides).toEqual([]);
  });
});

describe('inferStructure: edges', () => {
  it('reads a lone day named before a title, with no time, as a day', () => {
    expect(read('## Day 1 - Alpha Talk\n## Day 2 - Beta Talk\n').days).toEqual([
      'Day 1 - Alpha Talk: ',
      'Day 2 - Beta Talk: ',
    ]);
    expect(read('## Day 3: Keynotes\n## Day 3: Workshops\n').days).toEqual(['Day 3: Keynotes: ', 'Day 3: Workshops: ']);
    expect(read('## Day 1 - 0945 - Alpha\n## Hallway\n## Day 1 - 1030 - Beta\n').days).toEqual([
      'Day 1: 0945 - Alpha, Hallway',
      'Day 1: 1030 - Beta',
    ]);
    const text = '## Day 1 - 0945 - Alpha\n## Day 1 - 1030 - Beta\n';
    expect(inferStructure(buildOutline(parseMarkdown(text).children, text).sections).days[0]!.intro).toEqual([]);
  });

  it('reads no day without talks as an anchor, and no notes of asides only as a day', () => {
    expect(read('## Overview\n## Day 1\n## Alpha Talk\n')).toEqual({
      days: ['Day 1: ', '(no day): Alpha Talk'],
      asides: ['opening notes: Overview'],
      notes: [],
    });
    expect(read('## Summary\n## Links\n')).toEqual({
      days: [],
      asides: ['opening notes: Summary', 'opening notes: Links'],
      notes: [],
    });
    const text = '## Alpha Talk\n## Beta Talk\n';
    expect(inferStructure(buildOutline(parseMarkdown(text).children, text).sections).days[0]!.intro).toEqual([]);
  });

  it('orders the talks of a day by their lines: loose ones and slipped ones alike', () => {
    expect(read('## Day 1\n### A. First\n## Hallway\n## C. Third\n## Day 2\n### X. Other\n').days).toEqual([
      'Day 1: A. First, Hallway, C. Third',
      'Day 2: X. Other',
    ]);
  });

  it("takes the way of writing talks from the dated days' talks only, never reading an aside or a section with sub-sections as one", () => {
    const links = '## Links\n### [A](https://a.example)\n### [B](https://b.example)\n### [C](https://c.example)\n';
    expect(read(`${links}## Day 1\n### Alpha Talk\n## [Zeta](https://z.example)\n`).asides).toEqual([
      'opening notes: Links',
      'closing notes: Zeta',
    ]);
    expect(read(`${LINKED_DAY}## [Summary](https://s.example)\n`).asides).toEqual(['closing notes: Summary']);
    expect(read(`${LINKED_DAY}## [Zeta](https://z.example)\n### Sub\n`).asides).toEqual(['closing notes: Zeta']);
  });

  it("reads a sibling as holding talks with two sub-sections written so, or 60% of them, at the talks' rank", () => {
    expect(
      read(`${LINKED_DAY}## Autre\n### [Delta](https://d.example)\n### [Epsilon](https://e.example)\n`).days,
    ).toEqual(['Day 1: Alpha, Beta, Gamma', 'Autre: Delta, Epsilon']);
    const five =
      '### [D](https://d.example)\n### [E](https://e.example)\n### [F](https://f.example)\n### Hallway\n### Foyer\n';
    expect(read(`${LINKED_DAY}## Autre\n${five}`).days).toEqual([
      'Day 1: Alpha, Beta, Gamma',
      'Autre: D, E, F, Hallway, Foyer',
    ]);
    expect(
      read(`${LINKED_DAY}## Autre\n#### [Delta](https://d.example)\n#### [Epsilon](https://e.example)\n`).asides,
    ).toEqual(['closing notes: Autre']);
  });

  it('keeps the heading of names paired with a talk', () => {
    const text = '## Day 1\n### Alpha Talk\n### Beta Talk\n';
    const sections = buildOutline(parseMarkdown(text).children, text).sections;
    sections[0]!.children[0]!.speakerHeading = { heading: 'Jane Roe', text: 'Jane Roe' };
    const [alpha, beta] = inferStructure(sections).days[0]!.talks;
    expect(alpha!.speakerHeading).toEqual({ heading: 'Jane Roe', text: 'Jane Roe' });
    expect('speakerHeading' in beta!).toBe(false);
  });
});
