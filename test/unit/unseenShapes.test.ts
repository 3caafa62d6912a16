import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { isSlotTitle } from '../../src/model/headingKinds.js';
import { BARE_TALK, MARKED_TALK, talkEvidence } from '../../src/model/reading/evidence.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** Shapes of notes met on unseen files (issue 13), written here with made-up text. */
function conference(text: string, file = 'notes.md') {
  return buildConference(parseNotes(text, file));
}

const talks = (text: string, file?: string) =>
  conference(text, file).days.flatMap((day) =>
    day.sessions.map((session) => ({
      title: session.title,
      speakers: session.speakers.map((speaker) => speaker.name),
    })),
  );

describe('slot headings with the title in a label line (class 4)', () => {
  it('knows a slot heading from a titled one', () => {
    for (const slot of ['Talk 1', 'Talk #2', 'Session 3', 'Keynote-Speaker', 'Keynote', 'Lightning talk 4', 'Slot B:'])
      expect(isSlotTitle(slot), slot).toBe(true);
    for (const title of ['Talk to Your Users', 'Keynote: The Future', 'Sessions', 'Building Calmer On-Call Rotations'])
      expect(isSlotTitle(title), title).toBe(false);
  });

  it('takes the title from a "__Topic__:", "**Title:**" or "Topic:" line, the slot heading going to the speaker notes', () => {
    const read = conference(
      '# Ops Night\n\n## Talk 1\n\n__Topic__: Building Calmer On-Call Rotations\n\nNotes on the talk.\n\n## Talk 2\n\n**Title:** Shipping With Flags\n\n- a point\n\n## Keynote-Speaker\n\n- Topic: The Future of Ops\n- a point\n',
    );
    const sessions = read.days[0]!.sessions;
    expect(sessions.map((session) => session.title)).toEqual([
      'Building Calmer On-Call Rotations',
      'Shipping With Flags',
      'The Future of Ops',
    ]);
    expect(sessions[0]!.byline).toEqual(['__Topic__: Building Calmer On-Call Rotations']);
    expect(sessions[0]!.heading).toBe('Talk 1');
    expect(sessions[2]!.blocks).toHaveLength(1);
  });

  it('reads speakers beside the label line, in the same block or the next', () => {
    expect(
      talks(
        '## Talk 1\n\nTopic: Calm On-Call\nSpeaker: Jane Roe\n\n- point\n\n## Talk 2\n\nSpeaker: John Doe\n\nTitle: Typed Configs - Ann Lee\n\n- point\n',
      ),
    ).toEqual([
      { title: 'Calm On-Call', speakers: ['Jane Roe'] },
      { title: 'Typed Configs', speakers: ['Ann Lee', 'John Doe'] },
    ]);
  });

  it('leaves a label line under a heading that is already a title, and one three blocks down', () => {
    expect(
      talks('## Calm On-Call\n\nTopic: rotations\n\n## Talk 2\n\nNotes first.\n\nMore.\n\nTopic: Typed Configs\n'),
    ).toEqual([
      { title: 'Calm On-Call', speakers: [] },
      { title: 'Talk 2', speakers: [] },
    ]);
  });
});

describe('slot headings, more shapes (class 4)', () => {
  it('reads a slot heading that names the speaker, and a header paragraph with other lines', () => {
    expect(
      talks(
        '## Keynote - Jane Roe (Example)\n\n__Topic__ : Calm On-Call\n\n- point\n\n## Talk 2: John Doe\n\n![photo](john.png)\n\n- Title: Typed Configs\n\n- point\n',
      ),
    ).toEqual([
      { title: 'Calm On-Call', speakers: ['Jane Roe'] },
      { title: 'John Doe', speakers: ['John Doe'] },
    ]);
    const read = conference(
      '## Talk 3\n\n__Ann Lee__, Example Corp, 10 years in ops\n__Topic__: Fast Builds\n\n- point\n',
    );
    expect(
      read.days[0]!.sessions.map((session) => [session.title, session.byline.length, session.blocks.length]),
    ).toEqual([['Fast Builds', 2, 1]]);
  });

  it('reads the title from a "### Topic:" sub-heading, and not from a long paragraph', () => {
    expect(talks('## Talk 1\n\n### Topic: Calm On-Call\n\n- point\n').map((talk) => talk.title)).toEqual([
      'Calm On-Call',
    ]);
    expect(talks('## Talk 1\n\nOne.\nTwo.\nThree.\nFour.\nTopic: Calm On-Call\n').map((talk) => talk.title)).toEqual([
      'Talk 1',
    ]);
  });
});

describe('speaker-first heading pairs (class 3)', () => {
  const pairs =
    '# The Grammar of Code\n\n## John Doe\n\n- notes\n\n# Jane Roe\n\n## Writing Tests That Read Well\n\n- point\n\n# [Ann Lee](https://example.org/ann)\n\n## Scaling Teams Without Tears\n\n- point\n\n# Bob Smith (Example)\n\n## Memory Safety\n\n- point\n';

  it('reads "# Speaker" / "## Title" pairs as one talk each, the first inverted, weighing which level carries names', () => {
    expect(talks(pairs)).toEqual([
      { title: 'The Grammar of Code', speakers: ['John Doe'] },
      { title: 'Writing Tests That Read Well', speakers: ['Jane Roe'] },
      { title: 'Scaling Teams Without Tears', speakers: ['Ann Lee'] },
      // "Memory Safety" reads as a name too: the level most pairs name speakers at decides.
      { title: 'Memory Safety', speakers: ['Bob Smith'] },
    ]);
    expect(conference(pairs).days[0]!.sessions[2]!.byline).toEqual(['[Ann Lee](https://example.org/ann)']);
  });

  it('finds the pairs under a conference title and under days', () => {
    const read = conference(
      '# Conf\n\n## Day 1\n\n### Jane Roe\n\n#### Writing Tests That Read Well\n\n- a\n\n### Ann Lee\n\n#### Scaling Teams Without Tears\n\n- b\n\n### Bob Smith\n\n#### Memory Safety for Everyone\n\n- c\n',
    );
    expect(
      read.days.map((day) => [day.title, day.sessions.map((session) => [session.title, session.speakers[0]?.name])]),
    ).toEqual([
      [
        'Day 1',
        [
          ['Writing Tests That Read Well', 'Jane Roe'],
          ['Scaling Teams Without Tears', 'Ann Lee'],
          ['Memory Safety for Everyone', 'Bob Smith'],
        ],
      ],
    ]);
  });

  it('needs three pairs, most of them naming one speaker, the names different', () => {
    // Two pairs only.
    expect(
      talks(
        '# Jane Roe\n\n## Writing Tests That Read Well\n\n- a\n\n# Ann Lee\n\n## Scaling Teams Without Tears\n\n- b\n',
      ).map((talk) => talk.title),
    ).toEqual(['Jane Roe', 'Ann Lee']);
    // The same sub-heading under every talk is a part of the talk, not a speaker.
    expect(
      talks(
        '# Writing Tests That Read Well\n\n## Key Takeaways\n\n- a\n\n# Scaling Teams Without Tears\n\n## Key Takeaways\n\n- b\n\n# Memory Safety for Everyone\n\n## Key Takeaways\n\n- c\n',
      ).map((talk) => talk.speakers),
    ).toEqual([[], [], []]);
    // Three pairs among seven sections, the others holding several sub-headings: not a file of pairs.
    const one = (name: string) => `# ${name}\n\n## Writing Tests That Read Well\n\n`;
    const two = (title: string) => `# ${title}\n\n## Why it matters\n\n## What to do about it\n\n`;
    expect(
      talks(
        one('Jane Roe') +
          two('Parsing') +
          one('Ann Lee') +
          two('Lexing') +
          one('Bob Smith') +
          two('Typing') +
          two('Linking'),
      ).flatMap((talk) => talk.speakers),
    ).toEqual([]);
  });
});

describe('speakers written first in headings, organisations in parentheses (classes 5 and 6)', () => {
  const file =
    '# Jane Roe - Applying SRE to CI (Buildkite)\n\n- a\n\n# How Music Works (AppSignal)\n\n- b\n\n# Yukihiro "Matz" Matsumoto - Keynote\n\n- c\n\n#TODO [add pictures]\n\n- d\n';

  it('reads every heading speaker first when most of them read only so, a word in parentheses being the organisation', () => {
    expect(conference(file).days[0]!.sessions.map((session) => [session.title, session.speakers])).toEqual([
      ['Applying SRE to CI', [{ name: 'Jane Roe', org: 'Buildkite' }]],
      ['How Music Works (AppSignal)', []],
      ['Keynote', [{ name: 'Yukihiro "Matz" Matsumoto', org: null }]],
    ]);
  });

  it('needs two such headings, twice as many as read title first', () => {
    expect(talks('# Jane Roe - Applying SRE to CI\n\n- a\n\n# Plain Title\n\n- b\n')).toEqual([
      { title: 'Jane Roe - Applying SRE to CI', speakers: [] },
      { title: 'Plain Title', speakers: [] },
    ]);
    const mixed = talks(
      '# Jane Roe - Applying SRE to CI\n\n- a\n\n# Ann Lee - Scaling Teams Without Tears\n\n- b\n\n# Faster Builds With Caches - John Doe\n\n- c\n\n# Typed Configs for Everyone - Bob Smith\n\n- d\n',
    );
    expect(mixed.map((talk) => talk.speakers)).toEqual([[], [], ['John Doe'], ['Bob Smith']]);
  });

  it('never takes one word in parentheses (an organisation, a workshop code) for a speaker', () => {
    expect(
      talks(
        '## Visual Grammar Lab (VIGL)\n\n- a\n\n## How Music Works (AppSignal)\n\n- b\n\n## Scaling (Jane Roe, Ann Lee)\n\n- c\n',
      ).map((talk) => talk.speakers),
    ).toEqual([[], [], ['Jane Roe', 'Ann Lee']]);
  });

  it('keeps "#TODO" and "#FIXME" lines as text, and "#Day 1" as a heading', () => {
    const read = conference('#Day 1\n\n## Talk A - Jane Roe\n\n#TODO add pictures\n\n#FIXME later\n');
    expect(read.days.map((day) => [day.title, day.sessions.map((session) => session.blocks.length)])).toEqual([
      ['Day 1', [2]],
    ]);
  });
});

describe('a session the author came back to (class 6)', () => {
  it('is one session, the later notes under their own heading, with a warning', () => {
    const read = conference(
      '## Day 1\n\n### Workshop: Visual Interfaces for Graphs (VIGL)\n\n- setup\n\n### Rust Everywhere - Dan Brown\n\n- point\n\n### Workshop: Visual Interfaces for Graphs (VIGL) (continued)\n\n- exercises\n\n### Visual Interfaces for Graphs (VIGL), again\n\n- wrap-up\n',
    );
    const sessions = read.days[0]!.sessions;
    expect(sessions.map((session) => [session.title, session.speakers.length])).toEqual([
      ['Visual Interfaces for Graphs (VIGL)', 0],
      ['Rust Everywhere', 1],
    ]);
    expect(sessions[0]!.blocks.map((block) => block.kind)).toEqual(['list', 'heading', 'list', 'heading', 'list']);
    expect(read.warnings.filter((warning) => /return to/.test(warning.message)).map((warning) => warning.line)).toEqual(
      [11, 15],
    );
  });

  it('keeps short repeated titles, other days and numbered titles apart', () => {
    expect(talks('## Day 1\n\n### Q&A\n\n- a\n\n### Q&A\n\n- b\n').length).toBe(2);
    expect(talks('## Day 1\n\n### Why Python 3 Wins\n\n- a\n\n### Why Python 2 Wins\n\n- b\n').length).toBe(2);
    expect(
      talks(
        '## Day 1\n\n### Intro to Graph Learning\n\n- a\n\n## Day 2\n\n### Intro to Graph Learning (continued)\n\n- b\n',
      ).length,
    ).toBe(2);
  });
});

describe('speakers where the tool did not look (class 5)', () => {
  it('reads role lines, handle lines, labelled CJK lines, MDX components, "@ Org" and "(Name)" headings', () => {
    const read = conference(
      '# Conf\n\n## Storage at Scale\n\nJane Roe - GM, Storage, Example Corp\n\n- point\n\n## The Grammar of Code\n\nJohn Doe\n[@jdoe](https://twitter.com/jdoe)\nStaff Engineer, Acme\n\n- point\n\n## 程式的文法\n\n- 講者：Ann Lee ([@alee](https://twitter.com/alee))\n- point\n\n## Typed Configs\n\n<Speaker name="Bob Smith" position="CTO, Example" />\n\n- point\n\n## Fast Builds\n\nCarol White @ Example Corp\n\n- point\n\n## Rust Everywhere (Dan Brown)\n\n- point\n',
    );
    expect(read.days[0]!.sessions.map((session) => session.speakers)).toEqual([
      [{ name: 'Jane Roe', org: 'Example Corp' }],
      [{ name: 'John Doe', org: 'Acme' }],
      [{ name: 'Ann Lee', org: null }],
      [{ name: 'Bob Smith', org: 'CTO · Example' }],
      [{ name: 'Carol White', org: 'Example Corp' }],
      [{ name: 'Dan Brown', org: null }],
    ]);
  });
});

describe('bold lines as titles (bold-line talks, class 4)', () => {
  it('reads a bold line under a slot heading, or under a time-only heading, as the title', () => {
    expect(
      talks(
        '## 세션 1\n\n**데이터 파이프라인의 모든 것**\n\n- 내용\n\n## 14:30 - 15:10\n\n**Typed Configs at Scale**\n\nSpeaker: Ann Lee\n\n- point\n\n## Talk 3\n\n- just notes\n',
      ),
    ).toEqual([
      { title: '데이터 파이프라인의 모든 것', speakers: [] },
      { title: 'Typed Configs at Scale', speakers: ['Ann Lee'] },
      { title: 'Talk 3', speakers: [] },
    ]);
    // Under a heading that is a title, a bold line stays a point.
    expect(talks('## Fast Builds\n\n**Caching matters**\n\n- point\n')).toEqual([
      { title: 'Fast Builds', speakers: [] },
    ]);
  });

  it('reads repeated bold lines with notes as the talks of a day that has no sub-headings', () => {
    const read = conference(
      '# RustFest\n\n## Day 1\n\n**Async in Depth**\n\n- executors\n\n**Compile Times Matter**\n\n- caching\n\n## Day 2\n\n**Rust on the Web**\n\n- wasm\n\n**Fearless Refactoring**\n\n- types\n',
    );
    expect(read.days.map((day) => [day.title, day.sessions.map((session) => session.title)])).toEqual([
      ['Day 1', ['Async in Depth', 'Compile Times Matter']],
      ['Day 2', ['Rust on the Web', 'Fearless Refactoring']],
    ]);
  });

  it('needs two bold lines each followed by notes, in a section without sub-headings', () => {
    // One bold line: a point of the day.
    expect(
      conference('## Day 1\n\n**Async in Depth**\n\n- executors\n\n## Day 2\n\n### Rust on the Web\n\n- wasm\n')
        .days[0]!.sessions,
    ).toHaveLength(0);
    // Bold lines with nothing after them, and bold lines in a section with real sub-headings.
    expect(
      conference(
        '## Day 1\n\n- a\n\n**Async in Depth**\n\n**Compile Times Matter**\n\n## Day 2\n\n**Rust on the Web**\n\n- wasm\n\n**Fearless Refactoring**\n\n- types\n\n### Real Talk\n\n- x\n',
      ).days.map((day) => day.sessions.length),
    ).toEqual([0, 1]);
  });
});

describe('the title of a file about one talk (class 9)', () => {
  it('comes from the H1 that names the only talk, not from the file name', () => {
    const read = conference(
      '# Designing Resilient APIs\n\nNotes from a meetup talk.\n\n- point one\n- point two\n',
      '2019-05-23-meetup-notes.md',
    );
    expect([read.title, read.days[0]!.sessions.map((session) => session.title)]).toEqual([
      'Designing Resilient APIs',
      ['Designing Resilient APIs'],
    ]);
  });

  it('still comes from the file name when there are two H1s, and from front matter first', () => {
    // "notes" in the file name names the file, not the meetup (title/postWrappers.ts).
    expect(conference('# Alpha Talk\n\n- a\n\n# Beta Talk\n\n- b\n', 'meetup-notes.md').title).toBe('meetup');
    expect(conference('---\ntitle: Meetup 12\n---\n# Designing Resilient APIs\n\n- a\n', 'x.md').title).toBe(
      'Meetup 12',
    );
  });
});

describe('a "Presenter:" line says a section is a talk', () => {
  it('makes the sections it opens talks, their parents groups', () => {
    const read = conference(
      '## General\n\n- Date: 30/01/2024\n\n## Introduction\n\n### Why Taxonomy Matters\n\nPresenter: Jane Roe (Example Institute; Chair & Lead)\n\nNotes.\n\n## Data Systems\n\n### Naming in the Digital Age\n\nSpeaker: John Doe\n\nNotes.\n\n### Metrics From Marine Registers\n\nNotes without a speaker line.\n',
    );
    // No heading reads as a day: the parents are groups of the notes' one day.
    expect(
      read.days.map((day) => day.sessions.map((session) => [session.title, session.group, session.speakers])),
    ).toEqual([
      [
        ['Why Taxonomy Matters', 'Introduction', [{ name: 'Jane Roe', org: 'Example Institute; Chair & Lead' }]],
        ['Naming in the Digital Age', 'Data Systems', [{ name: 'John Doe', org: null }]],
        ['Metrics From Marine Registers', 'Data Systems', []],
      ],
    ]);
  });

  it('needs a label: a first line that is only a name is not enough', () => {
    expect(
      talks('## Taxonomy Block\n\n### Why Taxonomy Matters\n\nJane Roe\n\nNotes.\n').map((talk) => talk.title),
    ).toEqual(['Taxonomy Block']);
  });
});

describe('groups of talks named in other languages', () => {
  it('reads "De charla en charla", "Conférences", "Vorträge" and "Talk tecnici" as groups of talks', () => {
    for (const group of ['De charla en charla', 'Les conférences', 'Vorträge', 'Talk tecnici']) {
      const read = conference(
        `## Organización\n\nProse.\n\n## ${group}\n\n### La arquitectura fluida\n\nNotes.\n\n### Del cielo al infierno\n\nNotes.\n`,
      );
      expect(
        read.days.map((day) => day.sessions.map((session) => [session.title, session.group])),
        group,
      ).toEqual([
        [
          ['La arquitectura fluida', group],
          ['Del cielo al infierno', group],
        ],
      ]);
    }
  });
});

describe('talks in a table', () => {
  const table = (header: string) =>
    `# Conf\n\n## Day One\n\n${header} | My Notes\n--- | --- | ---\nAccessibility and JS | [Jane Roe](https://x.org/jr) | Engaging\nCold War | John Doe | Great demos\n\n## Day Two\n\n${header} | My Notes\n--- | --- | ---\nRecipe Search | Ann Lee | Slides\nDial-up Modems | Bob Smith |\n\n## More Links\n\n- [Site](https://x.org/a)\n- [Track A](https://x.org/b)\n- [Track B](https://x.org/c)\n- [Notes](https://x.org/d)\n`;

  it('reads the rows of a table whose header names a title column as talks, with the speaker column, the table staying in the day', () => {
    const read = conference(table('Talk Title | Speaker'));
    expect(
      read.days.map((day) => [
        day.title,
        day.sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name)]),
      ]),
    ).toEqual([
      [
        'Day One',
        [
          ['Accessibility and JS', ['Jane Roe']],
          ['Cold War', ['John Doe']],
        ],
      ],
      [
        'Day Two',
        [
          ['Recipe Search', ['Ann Lee']],
          ['Dial-up Modems', ['Bob Smith']],
        ],
      ],
    ]);
    expect(read.days[0]!.intro.map((block) => block.kind)).toEqual(['table']);
    expect(read.extras.map((extra) => extra.title)).toEqual(['More Links']);
  });

  it('leaves a table whose header names no title column', () => {
    expect(conference(table('Thing | Owner')).days.flatMap((day) => day.sessions)).toHaveLength(0);
  });
});

describe('evidence of a talk with a speaker of its own', () => {
  it('counts a talk whose speaker sits in a heading or column of its own as marked', () => {
    const bare = { heading: 'Cold War', text: 'Cold War', line: 1, body: [], group: null };
    expect(talkEvidence(bare, false)).toBe(BARE_TALK);
    expect(talkEvidence({ ...bare, speakerHeading: { heading: 'John Doe', text: 'John Doe' } }, false)).toBe(
      MARKED_TALK,
    );
  });
});

describe('returns to a session, judged on the headings as written', () => {
  it('keeps two numbered talks of one speaker apart, though their titles read alike', () => {
    expect(
      talks('## Day 1\n\n### Talk 1 - Ann Lee, Example Org\n\n- a\n\n### Talk 2 - Ann Lee, Example Org\n\n- b\n'),
    ).toHaveLength(2);
  });
});

describe('talks at the same level as the day (class 1)', () => {
  it('keeps them in their day, in the order written', () => {
    const read = conference(
      '# Conf\n\n## Conference Day one\n\n### Opening Keynote - Jane Roe\n\n- a\n\n## Service Mesh Patterns - ACME\n\n- c\n\n## Testing Configs With Rego - John Doe\n\n- d\n\n## Day 2\n\n### Typed Configs - Ann Lee\n\n- e\n',
    );
    expect(read.days.map((day) => [day.title, day.sessions.map((session) => session.title)])).toEqual([
      ['Conference Day one', ['Opening Keynote', 'Service Mesh Patterns - ACME', 'Testing Configs With Rego']],
      ['Day 2', ['Typed Configs']],
    ]);
  });
});

describe('groups of talks in notes without days', () => {
  const days = (text: string) =>
    conference(text).days.map((day) => ({
      day: day.title,
      heading: day.heading,
      talks: day.sessions.map((session) => [session.title, session.group]),
    }));

  it('reads "## Keynotes" and "## Workshops" as groups of the one day when no heading reads as a day', () => {
    expect(
      days(
        '# Conf\n\n## Keynotes\n\nMorning.\n\n### Keynote: Opening Words - Jane Roe\n\n- a\n\n## Notes on the hallway\n\n- x\n\n## Workshops\n\n### Workshop 1: Rust Basics\n\n- b\n',
      ),
    ).toEqual([
      {
        day: 'Conf',
        heading: null,
        talks: [
          ['Opening Words', 'Keynotes'],
          ['Notes on the hallway', null],
          ['Workshop 1: Rust Basics', 'Workshops'],
        ],
      },
    ]);
  });

  it('keeps them days beside a dated day, and when the heading says more than its text', () => {
    expect(
      days(
        '## Day 1\n\n### Keynote: Opening Words - Jane Roe\n\n- a\n\n## Replays\n\n### Talk: Typed Configs - Ann Lee\n\n- b\n',
      ).map((day) => day.day),
    ).toEqual(['Day 1', 'Replays']);
    expect(
      days(
        '## [Keynotes](https://example.org/keynotes)\n\n### Keynote: Opening Words - Jane Roe\n\n- a\n\n## Workshops\n\n### Workshop 1: Rust Basics\n\n- b\n',
      ).map((day) => day.heading),
    ).toEqual(['[Keynotes](https://example.org/keynotes)', null]);
  });
});

describe('slot and title in one heading (class 2)', () => {
  const days = (text: string) =>
    conference(text).days.map((day) => [day.title, day.sessions.map((session) => session.title)]);

  it('reads "## Day 1 - 0945 - Title" as a talk of day 1, its "### Content" part of the talk', () => {
    const read = conference(
      '# LISA\n\n## Day 1 - 0945 - The Admin Is Your Friend\n\n### Content\n\n- a\n\n## Day 1 - 1100 - Scaling Backups\n\n### Content\n\n- b\n\n## Day 2 - 0900 - Postmortems That Work\n\n### Content\n\n- c\n',
    );
    expect(read.days.map((day) => [day.title, day.sessions.map((session) => session.title)])).toEqual([
      ['Day 1', ['The Admin Is Your Friend', 'Scaling Backups']],
      ['Day 2', ['Postmortems That Work']],
    ]);
    expect(read.days[0]!.sessions[0]!.heading).toBe('Day 1 - 0945 - The Admin Is Your Friend');
  });

  it('reads a day named twice before titles as talks of that day, without a time', () => {
    expect(days('## Day 1: Rust in the Kernel\n\n- a\n\n## Day 1: Typed Configs\n\n- b\n')).toEqual([
      ['Day 1', ['Rust in the Kernel', 'Typed Configs']],
    ]);
  });

  it('keeps a day with a subtitle, a group, a date or talks under it a day', () => {
    // Once, without a time: a subtitle.
    expect(days('## Day 1 - Main Conference\n\n### Rust in the Kernel - Jane Roe\n\n- a\n')).toEqual([
      ['Day 1 - Main Conference', ['Rust in the Kernel']],
    ]);
    // Twice, but naming groups or dates, or gathering talks.
    expect(
      days(
        '## Day 1: Keynotes\n\n### Opening - Jane Roe\n\n- a\n\n## Day 1: Workshops\n\n### Rust Basics - John Doe\n\n- b\n',
      ).map(([day]) => day),
    ).toEqual(['Day 1: Keynotes', 'Day 1: Workshops']);
    expect(
      days('## Day 2 - Monday 24th\n\n### Talk 1: Rust - Jane Roe\n\n- a\n\n## Day 2 - Monday 24th\n\n- b\n').map(
        ([day]) => day,
      ),
    ).toEqual(['Day 2 - Monday 24th', 'Day 2 - Monday 24th']);
    expect(
      days(
        '## Day 1: Room A\n\n### Talk 1: Rust - Jane Roe\n\n- a\n\n## Day 1: Room B\n\n### Talk 2: Go - John Doe\n\n- b\n',
      ).map(([day]) => day),
    ).toEqual(['Day 1: Room A', 'Day 1: Room B']);
  });
});

describe('days written one level below their talks', () => {
  const days = (text: string) =>
    conference(text).days.map((day) => [day.title, day.sessions.map((session) => session.title)]);
  const markers =
    '### Day 1\n## Opening Keynote\n\n- a\n\n### Day 2\n## Typed Configs\n\n- b\n\n## Rust in the Kernel\n\n- c\n\n### Day 3\n## Closing Panel\n\n- d\n\n### Random remarks\n\n- e\n';

  it('reads each day heading as opening the talks up to the next day', () => {
    expect(days(markers)).toEqual([
      ['Day 1', ['Opening Keynote']],
      ['Day 2', ['Typed Configs', 'Rust in the Kernel']],
      ['Day 3', ['Closing Panel']],
    ]);
    // Shown as written: the days are h3, the talks h2.
    expect(conference(markers).structure).toMatchObject({ days: 'h3', talks: 'h2' });
  });

  it('leaves days with sub-headings of their own, a single day, and a closing heading after the last day', () => {
    expect(
      days('## Day 1\n\n### Rust - Jane Roe\n\n- a\n\n## Day 2\n\n### Go - John Doe\n\n- b\n\n# Summary\n\n- c\n'),
    ).toEqual([
      ['Day 1', ['Rust']],
      ['Day 2', ['Go']],
    ]);
    // A day with a sub-heading of its own holds it, not the headings above it.
    expect(
      days(
        '### Day 1\n#### Rust\n\n- a\n\n## Keynote A\n\n## Keynote B\n\n### Day 2\n#### Go\n\n- b\n\n## Keynote C\n',
      )[0],
    ).toEqual(['Day 1', ['Rust']]);
    // One heading above the days is too little to go on.
    expect(days('### Day 1\n\n- a\n\n## Keynote\n\n- b\n\n### Day 2\n\n- c\n')[0]).toEqual(['Day 1', []]);
    // Most headings after the first day at the days' own rank: they are not days' markers.
    expect(
      days(
        '### Day 1\n\n## Keynote A\n\n## Keynote B\n\n### Day 2\n\n### Notes one\n\n### Notes two\n\n### Notes three\n',
      )[0],
    ).toEqual(['Day 1', []]);
    // One day only: it holds no talk.
    expect(days('### Day 1\n## Opening Keynote\n\n- a\n\n## Typed Configs\n\n- b\n')[0]).toEqual(['Day 1', []]);
    // Headings after the last day only: not its talks.
    expect(
      days('### Day 1\n\n- a\n\n### Day 2\n\n- b\n\n## Summary Of It All\n\n- c\n\n## Links I Kept\n\n- d\n')[1],
    ).toEqual(['Day 2', []]);
  });
});

describe("sections written as the days' talks are (class 1)", () => {
  const days = (text: string) =>
    conference(text).days.map((day) => [day.title, day.sessions.map((session) => session.title)]);
  const dayOne =
    '# KubeCon\n\n## Conference Day one\n\n### Opening Keynote - Example\n\n- a\n\n### Scaling Clusters - ACME\n\n- b\n\n### Storage Deep Dive - Initech\n\n- c\n\n';

  it("reads talks that go on at the day's level after it as talks of that day, written the same way", () => {
    expect(
      days(
        `${dayOne}## Service Mesh Patterns - ACME\n\n- d\n\n## Testing your configs with Rego - Example\n\n- e\n\n## Closing thoughts\n\nIt was fun.\n`,
      ),
    ).toEqual([
      [
        'Conference Day one',
        [
          'Opening Keynote - Example',
          'Scaling Clusters - ACME',
          'Storage Deep Dive - Initech',
          'Service Mesh Patterns - ACME',
          'Testing your configs with Rego - Example',
        ],
      ],
    ]);
  });

  it('needs three talks, most of them written one way, and leaves asides and sections with parts of their own', () => {
    const twoTalks =
      '## Day 1\n\n### Opening Keynote - Example\n\n- a\n\n### Scaling Clusters - ACME\n\n- b\n\n## Service Mesh Patterns - ACME\n\n- d\n';
    expect(days(twoTalks)[0]![1]).toHaveLength(2);
    expect(days(`${dayOne}## Travel Back - ACME\n\n- d\n`)[0]![1]).toHaveLength(3);
    expect(days(`${dayOne}## Service Mesh - ACME\n\n### What I learned\n\n- d\n`)[0]![1]).toHaveLength(3);
  });

  it('reads a sibling of the days whose sub-sections are written as their talks as holding talks', () => {
    const linked = (title: string) => `## [${title}](https://example.org/${title.length})\n\n- notes\n\n`;
    const read = (other: string, children: string) =>
      days(
        `# Day 1\n\n${linked('Typed Configs')}${linked('Rust in the Kernel')}# Day 2\n\n${linked('Storage Deep Dive')}# ${other}\n\n${children}`,
      ).find(([day]) => day === other);
    expect(read('Autre', linked('Loki for Logs') + linked('Service Mesh'))).toEqual([
      'Autre',
      ['Loki for Logs', 'Service Mesh'],
    ]);
    // One sub-section, sub-sections written otherwise or at another rank, or an aside: not a holder of talks.
    expect(read('Autre', linked('Loki for Logs'))).toBeUndefined();
    expect(read('Autre', '## Loki for Logs\n\n- a\n\n## Service Mesh\n\n- b\n')).toBeUndefined();
    expect(read('Autre', `#${linked('Loki for Logs')}#${linked('Service Mesh')}`)).toBeUndefined();
    expect(read('Summary', linked('Loki for Logs') + linked('Service Mesh'))).toBeUndefined();
  });
});
