import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import type { Block, Conference, Session } from '../../src/model/types.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

const EXAMPLE_FILE = 'examples/kubecon-eu-2021.md';
const exampleText = readFileSync(new URL('../../examples/kubecon-eu-2021.md', import.meta.url), 'utf8');

function build(text: string, file = 'notes.md') {
  return buildConference(parseNotes(text, file));
}

/** 1-based line of the first line of `text` that equals `line`. */
function lineNumberOf(text: string, line: string): number {
  const index = text.split('\n').indexOf(line);
  expect(index, `line ${JSON.stringify(line)} in the file`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

function lists(blocks: Block[]): Extract<Block, { kind: 'list' }>[] {
  return blocks.filter((block): block is Extract<Block, { kind: 'list' }> => block.kind === 'list');
}

describe('buildConference on examples/kubecon-eu-2021.md', () => {
  // Built before each test, not once: a mutant then runs only the tests whose code reaches it.
  let conference: Conference;
  let sessions: Session[];
  beforeEach(() => {
    conference = build(exampleText, EXAMPLE_FILE);
    sessions = conference.days.flatMap((day) => day.sessions);
  });
  const session = (title: string): Session => {
    const found = sessions.find((candidate) => candidate.title === title);
    if (!found) throw new Error(`no session titled ${title}`);
    return found;
  };

  it('takes title and date from the TOML front matter', () => {
    expect(conference.title).toBe('KubeCon / Cloud Native Con Europe 2021');
    expect(conference.date).toBe('2021-12-07');
    expect(conference.files).toEqual([EXAMPLE_FILE]);
    expect(conference.warnings).toEqual([]);
  });

  it('keeps the opening prose as the intro', () => {
    expect(conference.intro.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(conference.intro[0]).toMatchObject({ role: 'prose', line: 8 });
  });

  it('finds four days with 5, 4, 4 and 3 sessions', () => {
    expect(conference.days.map((day) => day.title)).toEqual(['5 May', '6 May', '7 May', 'Replays']);
    expect(conference.days.map((day) => day.sessions.length)).toEqual([5, 4, 4, 3]);
    expect(sessions).toHaveLength(16);
    expect(conference.days[0]!.line).toBe(lineNumberOf(exampleText, '## 5 May'));
  });

  it('keeps the session-less closing section as an extra with its list', () => {
    expect(conference.extras.map((extra) => extra.title)).toEqual(['Interesting projects that require more research']);
    const [list] = lists(conference.extras[0]!.blocks);
    const items = list!.items.map((item) => item.markdown);
    expect(items).toContain('Portainer');
    expect(items).toContain('Flagger');
    // Nested bullets stay children of their item.
    expect(list!.items.find((item) => item.markdown === 'Flagger')!.children.map((child) => child.markdown)).toEqual([
      '[docs](https://docs.flagger.app/)',
    ]);
  });

  it("records each session heading's 1-based file line", () => {
    const dod = session('How DoD Uses K8s and Flux to Achieve Compliance and Deployment Consistency');
    expect(dod.line).toBe(lineNumberOf(exampleText, `### ${dod.heading}`));
    expect(dod.line).toBe(73);
    const notary = session('Notary v2: Supply Chain Security for Containers');
    expect(notary.line).toBe(lineNumberOf(exampleText, `### ${notary.heading}`));
    for (const each of sessions) {
      expect(exampleText.split('\n')[each.line - 1]).toBe(`### ${each.heading}`);
      expect(each.file).toBe(EXAMPLE_FILE);
    }
  });

  it("reads the DoD session's speakers", () => {
    expect(session('How DoD Uses K8s and Flux to Achieve Compliance and Deployment Consistency').speakers).toEqual([
      { name: 'Michael Medellin', org: 'Department of Defense' },
      { name: 'Gordon Tillman', org: 'Department of Defense' },
    ]);
  });

  it('joins a caption line to the list it introduces', () => {
    const linkerd = session('Seamless Multi-Cluster Communication and Observability with Linkerd');
    expect(linkerd.speakers).toEqual([{ name: 'Max Körbächer', org: 'Liquid Reply' }]);
    const takeAways = lists(linkerd.blocks).find((list) => list.caption === 'take aways:');
    expect(takeAways).toBeDefined();
    expect(takeAways!.items.map((item) => item.markdown)).toEqual([
      'Existing apps need to update the endpoints they call',
      'Linkerd upgrades are hard',
      'Service Meshes are a rabbit hole, think twice before you use them.',
    ]);
    // The caption paragraph is not kept a second time as prose.
    expect(linkerd.blocks.some((block) => block.kind === 'paragraph' && block.markdown === 'take aways:')).toBe(false);
  });
});

describe('buildConference on small documents', () => {
  it('puts H2-only notes into one day holding those sessions', () => {
    const conference = build('## Talk A - Ann Lee, Acme\n\nSome notes.\n\n## Talk B\n\n- a point\n', 'team-notes.md');
    expect(conference.days).toHaveLength(1);
    const [day] = conference.days;
    expect(day!.line).toBeNull();
    expect(day!.sessions.map((session) => [session.title, session.line])).toEqual([
      ['Talk A', 1],
      ['Talk B', 5],
    ]);
    expect(day!.sessions[0]!.speakers).toEqual([{ name: 'Ann Lee', org: 'Acme' }]);
    expect(conference.extras).toEqual([]);
    expect(conference.warnings).toEqual([]);
  });

  it('takes a single leading H1 as the document title, not as a day', () => {
    const conference = build(
      '# DevOpsDays 2024\n\nIntro text.\n\n## Day 1\n\n### Talk A\n\n- x\n\n## Day 2\n\n### Talk B\n\n- y\n',
    );
    expect(conference.title).toBe('DevOpsDays 2024');
    expect(conference.intro).toEqual([{ kind: 'paragraph', line: 3, role: 'prose', markdown: 'Intro text.' }]);
    expect(conference.days.map((day) => [day.title, day.sessions.map((session) => session.title)])).toEqual([
      ['Day 1', ['Talk A']],
      ['Day 2', ['Talk B']],
    ]);
  });

  it('prefers the front matter title to the H1, and keeps the H1 as the first line of the intro', () => {
    const conference = build('---\ntitle: From Front Matter\n---\n# From Heading\n\n## Talk\n');
    expect(conference.title).toBe('From Front Matter');
    expect(conference.intro).toEqual([{ kind: 'paragraph', line: 4, role: 'prose', markdown: 'From Heading' }]);
    expect(build('---\ntitle: Same Title\n---\n# Same title\n\n## Talk\n').intro).toEqual([]);
  });

  it('keeps a first line that could name headingless notes as prose when the front matter names them', () => {
    const text =
      '---\ntitle: From Front Matter\n---\n\nArrived yesterday, day two today\n\n---\n\nTalk one\n\nnotes\n\n---\n\nTalk two\n\nnotes\n';
    const conference = build(text);
    expect(conference.title).toBe('From Front Matter');
    expect(conference.intro).toEqual([
      { kind: 'paragraph', line: 5, role: 'prose', markdown: 'Arrived yesterday, day two today' },
    ]);
    expect(conference.days[0]!.sessions.map((session) => session.title)).toEqual(['Talk one', 'Talk two']);
    expect(build(text.replace('title: From Front Matter', 'date: 2024-01-01')).title).toBe(
      'Arrived yesterday, day two today',
    );
  });

  it('shows notes without headings as one session and warns', () => {
    const conference = build('Just some notes.\n\n- one\n- two\n', 'notes/devconf_2024.md');
    expect(conference.title).toBe('devconf 2024');
    expect(conference.days).toHaveLength(1);
    expect(conference.days[0]!.sessions).toHaveLength(1);
    const [only] = conference.days[0]!.sessions;
    expect(only!.title).toBe('devconf 2024');
    expect(only!.blocks.map((block) => block.kind)).toEqual(['paragraph', 'list']);
    expect(conference.intro).toEqual([]);
    expect(conference.warnings).toHaveLength(1);
    expect(conference.warnings[0]).toMatchObject({
      file: 'notes/devconf_2024.md',
      message: expect.stringContaining('No headings'),
    });
  });

  it('takes the event the notes name with a year over a front matter title that names a day', () => {
    const conference = build(
      '---\ntitle: Day 3 – Panels and Demos\n---\n\nA long day at FooConf 2031 again.\n\n## Opening\n\nnotes\n',
    );
    expect(conference.title).toBe('FooConf 2031');
  });

  it('takes the event the notes name with a year over the file name', () => {
    const text =
      'Slides and notes from BarCamp Oslo 2029, in order.\n\n## First talk\n\nnotes\n\n## Second talk\n\nnotes\n';
    expect(build(text, 'notes/README.md').title).toBe('BarCamp Oslo 2029');
  });

  it('keeps a lone H1 that names a day in the intro when the event names the recap', () => {
    const conference = build('# Saturday, March 9\n\nSecond day of QuuxCon 2030.\n\n## Talk one\n\nnotes\n');
    expect(conference.title).toBe('QuuxCon 2030');
    expect(conference.intro[0]).toMatchObject({ kind: 'paragraph', markdown: 'Saturday, March 9' });
  });

  it('does not take a date or a sentence opening a year for an event', () => {
    const text = 'In May 2029 we went. In 2030 again.\n\n## First talk\n\nnotes\n\n## Second talk\n\nnotes\n';
    expect(build(text, 'notes/meetup.md').title).toBe('meetup');
  });

  it('counts lines in CRLF files the same as in LF files', () => {
    const lf = '+++\ntitle = "T"\n+++\n\n## Day 1\n\n### Talk\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(build(crlf).days[0]!.sessions[0]!.line).toBe(7);
    expect(build(lf).days[0]!.sessions[0]!.line).toBe(7);
  });
});

describe('buildConference: warnings, readings and titles of small notes', () => {
  const talks = (conference: Conference) =>
    conference.days.map((day) => [day.title, day.sessions.map((session) => [session.title, session.line])]);

  it("passes the parser's repairs on as warnings of the file", () => {
    const conference = build('##Day 1\n\n### Talk A\n\nnotes\n', 'notes/day.md');
    expect(conference.warnings).toEqual([
      { file: 'notes/day.md', line: 1, message: 'Read `##Day 1` as a heading (no space after `#`)' },
    ]);
    expect(talks(conference)).toEqual([['Day 1', [['Talk A', 3]]]]);
    expect(conference.structure).toEqual({
      days: 'h2',
      talks: 'h3',
      confidence: 1,
      runnerUp: null,
      source: 'inferred',
    });
  });

  it("passes the structure's notes on guesses on as warnings at their lines", () => {
    const conference = build('## Day 1\n### A. First\n### B. Second\n## C. Third\n### D. Fourth\n');
    expect(conference.warnings).toEqual([
      {
        file: 'notes.md',
        line: 4,
        message: 'Read `C. Third` as a talk of Day 1 (its heading level differs from its neighbours)',
      },
    ]);
    // The lettered headings read as a series: the letters are off.
    expect(conference.days[0]!.sessions.map((session) => session.title)).toEqual([
      'First',
      'Second',
      'Third',
      'Fourth',
    ]);
  });

  it('says so when bold lines stood in for headings', () => {
    const conference = build('**Talk A**\n\nnotes a\n\n**Talk B**\n\nnotes b\n');
    expect(conference.warnings).toEqual([
      { file: 'notes.md', line: null, message: 'No headings: bold lines were read as headings' },
    ]);
    expect(talks(conference)).toEqual([
      [
        'notes',
        [
          ['Talk A', 1],
          ['Talk B', 5],
        ],
      ],
    ]);
    expect(conference.structure).toMatchObject({ days: null, talks: 'bold' });
  });

  it('says which carrier headingless notes were read from: rules or list items', () => {
    const ruled = build('Intro.\n\n---\n\nTalk one\n\nnotes\n\n---\n\nTalk two\n\nnotes\n');
    expect(ruled.warnings.map((warning) => warning.message)).toEqual([
      'No headings: talks were read from `---` rules between them',
    ]);
    expect(ruled.structure).toMatchObject({ days: null, talks: 'rules', source: 'inferred' });
    const listed = build('- Talk one\n  - point\n- Talk two\n  - point\n');
    expect(listed.warnings.map((warning) => warning.message)).toEqual([
      'No headings: talks were read from the items of the top-level list',
    ]);
    expect(listed.structure).toMatchObject({ days: null, talks: 'list' });
    expect(talks(listed)).toEqual([
      [
        'notes',
        [
          ['Talk one', 1],
          ['Talk two', 3],
        ],
      ],
    ]);
  });

  it('reads the structure the front matter asks for before the one a config asks for, and says where it came from', () => {
    const text = '## Group\n\n### Talk A\n\nnotes\n\n### Talk B\n\nnotes\n';
    const asked = build(`---\nstructure: { days: none, talks: h3 }\n---\n${text}`);
    expect(asked.structure).toEqual({ days: null, talks: 'h3', confidence: 1, runnerUp: null, source: 'front matter' });
    expect(talks(asked)).toEqual([
      [
        'notes',
        [
          ['Talk A', 6],
          ['Talk B', 10],
        ],
      ],
    ]);
    const configured = buildConference(parseNotes(text, 'notes.md'), { structure: { days: null, talks: 'h3' } });
    expect(configured.structure).toEqual({ days: null, talks: 'h3', confidence: 1, runnerUp: null, source: 'config' });
    const both = buildConference(parseNotes(`---\nstructure: { days: h2, talks: h3 }\n---\n${text}`, 'notes.md'), {
      structure: { days: null, talks: 'h2' },
    });
    expect(both.structure).toMatchObject({ days: 'h2', talks: 'h3', source: 'front matter' });
  });

  it('reads every talk heading speaker first when most of them write the speaker first', () => {
    const conference = build(
      '## Jane Roe - Why networks matter to us\n\nnotes\n\n## John Doe - How we run the platform\n\nnotes\n\n## Ann Lee - What is new in the mesh\n\nnotes\n',
    );
    expect(
      conference.days[0]!.sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name)]),
    ).toEqual([
      ['Why networks matter to us', ['Jane Roe']],
      ['How we run the platform', ['John Doe']],
      ['What is new in the mesh', ['Ann Lee']],
    ]);
  });

  it("reads a day's numbered talk headings as a series, the numbers off", () => {
    const conference = build(
      '## 1 Why networks matter to us\n\nnotes\n\n## 2 How we run the platform\n\nnotes\n\n## 3 What is new in the mesh\n\nnotes\n',
    );
    expect(conference.days[0]!.sessions.map((session) => session.title)).toEqual([
      'Why networks matter to us',
      'How we run the platform',
      'What is new in the mesh',
    ]);
  });

  it("names the recap after a lone H1 over only notes, the file's one talk", () => {
    const conference = build('# Why Networks Matter\n\nSome notes.\n\n- a point\n', 'notes/x.md');
    expect(conference.title).toBe('Why Networks Matter');
    expect(talks(conference)).toEqual([['Why Networks Matter', [['Why Networks Matter', 1]]]]);
    expect(conference.intro).toEqual([]);
  });

  it('names the recap after a lone heading of any rank that names an event with its year, and reads the talks under it', () => {
    const conference = build('## FOSDEM 2019 Go devroom\n\n### Talk A\n\nnotes\n\n### Talk B\n\nnotes\n');
    expect(conference.title).toBe('FOSDEM 2019 Go devroom');
    expect(conference.intro).toEqual([]);
    expect(talks(conference)).toEqual([
      [
        'FOSDEM 2019 Go devroom',
        [
          ['Talk A', 3],
          ['Talk B', 7],
        ],
      ],
    ]);
    // A lone heading that names no event is a day or a group, not the title.
    const plain = build('Intro\n\n## Random Heading\n\n### Talk A\n\nnotes\n\n### Talk B\n\nnotes\n');
    expect(plain.title).toBe('notes');
    expect(plain.intro.map((block) => block.markdown)).toEqual(['Intro']);
  });

  it('keeps the sections around the days as extras, titled in title case, with their kind and place', () => {
    const conference = build('# Travel\n\nTrain.\n\n# Day 1\n\n## Alpha Talk\n\nnotes\n\n# THINGS TO GOOGLE\n\n- x\n');
    expect(
      conference.extras.map(({ title, heading, line, kind, placement, blocks }) => ({
        title,
        heading,
        line,
        kind,
        placement,
        blocks: blocks.map((block) => block.kind),
      })),
    ).toEqual([
      { title: 'Travel', heading: 'Travel', line: 1, kind: 'notes', placement: 'opening', blocks: ['paragraph'] },
      {
        title: 'Things to Google',
        heading: 'THINGS TO GOOGLE',
        line: 11,
        kind: 'research',
        placement: 'closing',
        blocks: ['list'],
      },
    ]);
    expect(talks(conference)).toEqual([['Day 1', [['Alpha Talk', 7]]]]);
  });

  it('shows notes with nothing to hang talks on as one session titled after the recap, at their first line', () => {
    const conference = build('\n\nIntro para.\n\nMore prose.\n', 'notes/devconf.md');
    expect(conference.days).toEqual([
      {
        title: 'devconf',
        heading: null,
        line: null,
        intro: [],
        sessions: [
          {
            title: 'devconf',
            heading: 'devconf',
            speakers: [],
            file: 'notes/devconf.md',
            line: 3,
            group: null,
            byline: [],
            blocks: [
              expect.objectContaining({ markdown: 'Intro para.' }),
              expect.objectContaining({ markdown: 'More prose.' }),
            ],
          },
        ],
      },
    ]);
    expect(conference.warnings.map((warning) => warning.message)).toEqual([
      'No headings, rules or nested list found: the notes are shown as one session',
    ]);
  });
});

describe('buildConference: readings that compete, and notes with nothing in them', () => {
  it('says so when the structure asked for finds no talks, and reads the structure the notes show', () => {
    const text = '## Talk A\n\nnotes\n\n## Talk B\n\nnotes\n';
    for (const talks of ['list', 'prose']) {
      const conference = buildConference(parseNotes(text, 'notes.md'), { structure: { days: null, talks } });
      expect(conference.warnings).toEqual([
        {
          file: 'notes.md',
          line: null,
          message: `The structure asked for (talks: ${talks}) found no talks: the structure was inferred`,
        },
      ]);
      expect(conference.structure).toMatchObject({ days: null, talks: 'h2', source: 'inferred' });
      expect(conference.days[0]!.sessions.map((session) => session.title)).toEqual(['Talk A', 'Talk B']);
    }
  });

  it('names the reading that came second, without its evidence', () => {
    const conference = build(
      '## Alpha Talk\n\nnotes\n\n## Beta Talk\n\n- 10:00 Alpha\n- 11:00 Beta\n- 12:00 Gamma\n- 13:00 Delta\n',
    );
    expect(conference.structure).toEqual({
      days: null,
      talks: 'list',
      confidence: 0.63,
      runnerUp: { days: null, talks: 'h2' },
      source: 'inferred',
    });
  });

  it('calls a day the notes did not name "Talks" when there are other days', () => {
    const conference = build(
      '# Conf\n\n- 10:00 A\n- 11:00 B\n- 12:00 C\n\n## Day 1\n\n- 13:00 D\n- 14:00 E\n- 15:00 F\n',
    );
    expect(conference.title).toBe('Conf');
    expect(conference.days.map((day) => [day.title, day.sessions.map((session) => session.title)])).toEqual([
      ['Talks', ['A', 'B', 'C']],
      ['Day 1', ['D', 'E', 'F']],
    ]);
  });

  it('takes the first line of headingless notes out of the intro when it names them, and gives their day no intro', () => {
    const conference = build(
      'Arrived yesterday, day two today\n\n---\n\nTalk one\n\nnotes\n\n---\n\nTalk two\n\nnotes\n',
    );
    expect(conference.title).toBe('Arrived yesterday, day two today');
    expect(conference.intro).toEqual([]);
    expect(conference.days).toHaveLength(1);
    expect(conference.days[0]!.intro).toEqual([]);
  });

  it('keeps a first line that names only a day as the title, though the notes name an event with its year', () => {
    const conference = build(
      'Day 2 – Keynotes\n\n---\n\nTalk one at FooConf 2031\n\nnotes\n\n---\n\nTalk two\n\nnotes\n',
    );
    expect(conference.title).toBe('Day 2 – Keynotes');
  });

  it('names the recap after the file, not after a lone heading below H1 over only notes', () => {
    const conference = build('## Why Networks Matter\n\nSome notes.\n\n- a point\n', 'notes/x.md');
    expect(conference.title).toBe('x');
    expect(conference.days[0]!.sessions.map((session) => session.title)).toEqual(['Why Networks Matter']);
  });

  it('makes no session of notes with nothing in them', () => {
    for (const text of ['', '---\ntitle: Empty Notes\n---\n']) {
      const conference = build(text);
      expect(conference.days).toEqual([]);
      expect(conference.intro).toEqual([]);
      expect(conference.warnings).toEqual([]);
    }
  });

  it('refuses notes of more talks than a recap holds', () => {
    const text = Array.from({ length: 1001 }, (_, index) => `## Talk ${index}\n`).join('\n');
    expect(() => build(text)).toThrow('Cannot make a recap of 1001 talks, expected at most 1000');
  });
});
