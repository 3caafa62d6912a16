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
