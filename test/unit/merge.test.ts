import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { combineBlocks } from '../../src/merge/combineBlocks.js';
import { dayKey } from '../../src/merge/dayKey.js';
import { findClockTime } from '../../src/merge/findClockTime.js';
import { mergeNotes } from '../../src/merge/mergeNotes.js';
import { mergeSequences } from '../../src/merge/mergeSequences.js';
import { noteAuthors } from '../../src/merge/noteAuthors.js';
import { normalizeText } from '../../src/merge/normalizeText.js';
import { sameDay } from '../../src/merge/sameDay.js';
import { sessionTime } from '../../src/merge/sessionTime.js';
import { sortWhereKnown } from '../../src/merge/sortWhereKnown.js';
import { titleKey } from '../../src/merge/titleKey.js';
import { SAME_TITLE, titleSimilarity } from '../../src/merge/titleSimilarity.js';
import { buildConference } from '../../src/model/buildConference.js';
import type { Block, Conference, ListItem, Session } from '../../src/model/types.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

function notes(text: string, file: string): Conference {
  return buildConference(parseNotes(text, file));
}

function fixture(name: string): Conference {
  const file = `test/fixtures/team/${name}.md`;
  return notes(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), file);
}

const sameTalk = (a: string, b: string) => titleSimilarity(titleKey(a), titleKey(b)) >= SAME_TITLE;

/** Every bullet of the blocks, nested ones too, as plain words. */
function bullets(blocks: Block[]): string[] {
  const walk = (items: ListItem[]): string[] =>
    items.flatMap((item) => [normalizeText(item.markdown), ...walk(item.children)]);
  return blocks.flatMap((block) => (block.kind === 'list' ? walk(block.items) : []));
}

const list = (items: (string | [string, string[]])[], caption: string | null = null): Block => ({
  kind: 'list',
  line: 1,
  ordered: false,
  caption,
  items: items.map((item) =>
    typeof item === 'string'
      ? { markdown: item, children: [], blocks: [] }
      : {
          markdown: item[0],
          children: item[1].map((child) => ({ markdown: child, children: [], blocks: [] })),
          blocks: [],
        },
  ),
});

const sessions = (conference: Conference): Session[] => conference.days.flatMap((day) => day.sessions);

describe('talk titles', () => {
  it('match across case, punctuation, curly quotes, labels, time slots and small typos', () => {
    expect(
      sameTalk(
        "Don't Panic: A Practical Guide to Kubernetes Upgrades",
        '11:30 Session: “Don’t Panic” — a practical guide to Kubernetes upgrades',
      ),
    ).toBe(true);
    expect(sameTalk('OBSERVABILITY AT SCALE USING OPENTELEMETRY', 'Observability at Scale with OpenTelemetry')).toBe(
      true,
    );
    expect(sameTalk('Talk 3: Supply chain security with Sigstore', 'Supply Chain Security with Sigstre')).toBe(true);
    expect(sameTalk('Trust No One', 'Trust no one: confidential containers')).toBe(true);
    expect(sameTalk('[14:00] GitOps at Scale with Flux', 'Gitops at scale with flux (2:00 pm)')).toBe(true);
  });

  it('do not match different talks, nor talks that differ in a number', () => {
    expect(sameTalk('Introduction to Kubernetes', 'Introduction to Prometheus')).toBe(false);
    expect(sameTalk('Day 1 operations', 'Day 2 operations')).toBe(false);
    expect(sameTalk('Securing Kubernetes clusters', 'Securing Kubernetes clusters part 2')).toBe(false);
    expect(sameTalk('Keynote', 'Closing keynote')).toBe(false);
    expect(titleSimilarity('', 'anything')).toBe(0);
  });

  it('read time slots, not version numbers or counts', () => {
    expect(findClockTime('11:30 Session: Foo')?.minutes).toBe(11 * 60 + 30);
    expect(findClockTime('Keynote (2:30 pm)')?.minutes).toBe(14 * 60 + 30);
    expect(findClockTime('9am - Opening')?.minutes).toBe(9 * 60);
    expect(findClockTime('10.30am Breakout')?.minutes).toBe(10 * 60 + 30);
    expect(findClockTime('9:30–10:15 Talk: Foo')).toMatchObject({ minutes: 570, index: 0, length: 10 });
    for (const text of [
      'Kubernetes 1.24 release',
      '3 ways to fail',
      'Zero to 100 in 60 seconds',
      'v1.2.3',
      '25:00 nothing',
    ])
      expect(findClockTime(text), text).toBeNull();
  });
});

describe('day headings', () => {
  it('name the same day by date, by "Day N" or by the same words', () => {
    expect(sameDay(dayKey('Day 1 — Wednesday 18 May'), dayKey('Wednesday, May 18'))).toBe('same');
    expect(sameDay(dayKey('Day 2'), dayKey('Second day'))).toBe('same');
    expect(sameDay(dayKey('Replays'), dayKey('replays'))).toBe('same');
    expect(sameDay(dayKey('18 May'), dayKey('19 May'))).toBe('different');
    expect(sameDay(dayKey('Day 1'), dayKey('Day 3'))).toBe('different');
    expect(sameDay(dayKey('Day 1'), dayKey('Wednesday 18 May'))).toBe('unknown');
  });

  it('take no date from a bare weekday', () => {
    expect(dayKey('Tuesday')).toMatchObject({ monthDay: null, number: null });
    expect(dayKey('Day 3 (May 20, 2022)')).toMatchObject({ monthDay: '05-20', year: 2022, number: 3 });
  });
});

describe('ordering helpers', () => {
  it('merge orderings where they agree', () => {
    expect(
      mergeSequences([
        ['a', 'b', 'd'],
        ['b', 'c', 'd'],
        ['e', 'a'],
      ]),
    ).toEqual(['e', 'a', 'b', 'c', 'd']);
    expect(mergeSequences<string>([[], ['x']])).toEqual(['x']);
  });

  it('sort the items with a key among their own places only', () => {
    expect(
      sortWhereKnown(['c3', 'x', 'a1', 'y', 'b2'], (item) => (item.length === 2 ? Number(item[1]) : null)),
    ).toEqual(['a1', 'x', 'b2', 'y', 'c3']);
  });

  it('keep the order of items with equal keys, and take 0 and "" for keys', () => {
    const keys: Record<string, number | string | null> = { b: 1, a: 1, c: 0, n: null, z: '', y: 'y' };
    expect(sortWhereKnown(['b', 'a', 'n', 'c'], (item) => keys[item]!)).toEqual(['c', 'b', 'n', 'a']);
    expect(sortWhereKnown(['y', 'n', 'z'], (item) => keys[item]!)).toEqual(['z', 'n', 'y']);
  });

  it('sort many items with ties by key, then by place', () => {
    const items = Array.from({ length: 200 }, (_, index) => ({ index, key: (index * 37) % 10 }));
    const expected = [...items].sort((a, b) => a.key - b.key || a.index - b.index);
    expect(sortWhereKnown(items, (item) => item.key)).toEqual(expected);
    expect(sortWhereKnown([...items].reverse(), (item) => item.key).map((item) => item.key)).toEqual(
      expected.map((item) => item.key),
    );
  });

  it('put a new item after the furthest known item before it, else before the next known one, else last', () => {
    expect(
      mergeSequences([
        ['a', 'b'],
        ['x', 'b'],
      ]),
    ).toEqual(['a', 'x', 'b']);
    expect(
      mergeSequences([
        ['a', 'b', 'c'],
        ['c', 'a', 'y'],
      ]),
    ).toEqual(['a', 'b', 'c', 'y']);
    expect(mergeSequences([['a'], ['x', 'y']])).toEqual(['a', 'x', 'y']);
    expect(
      mergeSequences([
        ['a', 'b', 'c'],
        ['x', 'y', 'c', 'z'],
      ]),
    ).toEqual(['a', 'b', 'x', 'y', 'c', 'z']);
  });
});

describe('normalizeText', () => {
  it('drops a leading task checkbox, link targets and HTML tags, keeping what they show', () => {
    expect(normalizeText('  [x] Done it')).toBe('done it');
    expect(normalizeText('[X] a')).toBe('a');
    expect(normalizeText('[ ] a')).toBe('a');
    expect(normalizeText('[x]done')).toBe('x done');
    expect(normalizeText('a [x] b')).toBe('a x b');
    expect(normalizeText('[Docs](https://example.org/a_b) and ![the chart](c.png)')).toBe('docs and the chart');
    expect(normalizeText('a<br>b <span class="x">c</span>')).toBe('a b c');
  });

  it('drops accents, case and punctuation, keeping letters and digits', () => {
    expect(normalizeText('Café Gołąb ÉTÉ')).toBe('cafe gołab ete');
    expect(normalizeText('İstanbul')).toBe('istanbul');
    expect(normalizeText(' “Don’t” — v1.24, 100%! ')).toBe('don t v1 24 100');
    expect(normalizeText('東京 ①')).toBe('東京 1');
  });
});

describe('sessionTime', () => {
  const session = (heading: string, first: string | null): Session => ({
    title: heading,
    heading,
    speakers: [],
    file: 'a.md',
    line: 1,
    group: null,
    byline: [],
    blocks: first === null ? [] : [{ kind: 'paragraph', line: 2, role: 'prose', markdown: first }],
  });

  it("reads the heading's time slot, else a first Time:, When: or Slot: line", () => {
    expect(sessionTime(session('11:00 Keynote', 'Time: 14:00'))).toBe(660);
    expect(sessionTime(session('Keynote', 'Time: 14:00'))).toBe(840);
    expect(sessionTime(session('Keynote', '**When**: 9:30'))).toBe(570);
    expect(sessionTime(session('Keynote', '*Slot* : 2:00 pm'))).toBe(840);
    expect(sessionTime(session('Keynote', 'TIME: 10:15'))).toBe(615);
  });

  it('is null without a slot, or when the first block says something else', () => {
    expect(sessionTime(session('Keynote', null))).toBeNull();
    expect(sessionTime(session('Keynote', 'Time: soon'))).toBeNull();
    expect(sessionTime(session('Keynote', 'Timeline: 14:00'))).toBeNull();
    expect(sessionTime(session('Keynote', 'The time: 14:00'))).toBeNull();
    expect(sessionTime(session('Keynote', 'Time 14:00'))).toBeNull();
    // A heading or quote that reads "Time: …" is not the slot line.
    const headed = session('Keynote', null);
    headed.blocks = [{ kind: 'heading', line: 2, markdown: 'Time: 14:00' }];
    expect(sessionTime(headed)).toBeNull();
  });
});

describe('combineBlocks', () => {
  it('adds only the points the first notes lack, typos and punctuation aside', () => {
    const base = [
      list(['Rotation is the hard part, not encryption', 'Three options compared: Sealed Secrets, SOPS, ESO']),
    ];
    const extra = [
      list([
        'rotation is the HARD part — not encryption!',
        'Three options compard: Sealed Secrets, SOPS, ESO',
        'Vault hands out short-lived credentials',
      ]),
    ];
    const before = structuredClone(extra);
    const combined = combineBlocks(base, extra);
    expect(bullets(combined)).toEqual([
      'rotation is the hard part not encryption',
      'three options compared sealed secrets sops eso',
      'vault hands out short lived credentials',
    ]);
    expect(combined).toHaveLength(1);
    expect(extra).toEqual(before);
    expect(bullets(base)).toHaveLength(2);
  });

  it('hands the sub-points of a repeated bullet to the one already there', () => {
    const combined = combineBlocks(
      [list([['Cilium', ['replaces kube-proxy']]])],
      [list([['cilium', ['Replaces kube-proxy', 'Hubble for flow logs']]])],
    );
    expect(combined).toHaveLength(1);
    const [cilium] = (combined[0] as Extract<Block, { kind: 'list' }>).items;
    expect(cilium!.children.map((child) => child.markdown)).toEqual(['replaces kube-proxy', 'Hubble for flow logs']);
  });

  it('keeps short bullets that repeat under different parents', () => {
    const combined = combineBlocks(
      [list([['Mentorship in three acts', ['slides']]])],
      [list([['The math every programmer needs', ['slides']]])],
    );
    expect(bullets(combined)).toEqual([
      'mentorship in three acts',
      'slides',
      'the math every programmer needs',
      'slides',
    ]);
  });

  it('joins lists of the same caption and drops links already given', () => {
    const base: Block[] = [
      list(['Automate pre-flight checks'], 'Takeaways:'),
      { kind: 'paragraph', line: 3, role: 'links', markdown: '[Slides](https://example.org/slides)' },
    ];
    const extra: Block[] = [
      list(['automate pre-flight checks!', 'Test on a copy of production'], 'Take aways'),
      {
        kind: 'paragraph',
        line: 9,
        role: 'links',
        markdown: '<https://example.org/slides>\n[Video](https://example.org/video)',
      },
    ];
    const combined = combineBlocks(base, extra);
    expect(combined.filter((block) => block.kind === 'list')).toHaveLength(1);
    expect(bullets(combined)).toEqual(['automate pre flight checks', 'test on a copy of production']);
    expect(combined.at(-1)).toMatchObject({
      kind: 'paragraph',
      role: 'links',
      markdown: '[Video](https://example.org/video)',
    });
  });

  it('drops repeated prose and code, keeps new ones', () => {
    const code: Block = { kind: 'code', line: 1, lang: 'sh', code: 'kubectl get pods' };
    const combined = combineBlocks(
      [{ kind: 'paragraph', line: 1, role: 'prose', markdown: 'A great talk about upgrades.' }, code],
      [
        { kind: 'paragraph', line: 1, role: 'prose', markdown: 'A great talk about upgrades!' },
        { ...code },
        { kind: 'paragraph', line: 2, role: 'prose', markdown: 'The demo failed twice.' },
      ],
    );
    expect(combined.map((block) => block.kind)).toEqual(['paragraph', 'code', 'paragraph']);
  });
});

describe('noteAuthors', () => {
  let plain: Conference;
  let named: Conference;
  beforeEach(() => {
    plain = notes('## Talk - Ann Lee, Acme\n\n- point\n', 'notes/carol-diaz.md');
    named = notes('---\nauthors: [Alice, { name: Bob }]\n---\n\n## Talk\n', 'notes/team.md');
  });

  it('takes front matter authors, else (in a team recap) the file name', () => {
    expect(noteAuthors(named, {}, true)).toEqual(['Alice', 'Bob']);
    expect(noteAuthors(plain, {}, true)).toEqual(['Carol Diaz']);
    expect(noteAuthors(plain, {}, false)).toEqual([]);
  });

  it('applies display names, without regard to case, by name or by file name', () => {
    expect(noteAuthors(named, { alice: 'Alice Martin' }, true)).toEqual(['Alice Martin', 'Bob']);
    expect(noteAuthors(plain, { 'carol-diaz': 'Carol D.' }, true)).toEqual(['Carol D.']);
    // By the name the file name reads as, and by a configured name written with spaces around it.
    expect(noteAuthors(plain, { 'carol diaz': 'Carol D.' }, true)).toEqual(['Carol D.']);
    expect(noteAuthors(named, { ' Alice ': 'Alice Martin' }, true)).toEqual(['Alice Martin', 'Bob']);
  });
});

describe('mergeNotes on the team fixtures (three people, three styles)', () => {
  // Merged before each test, not once: a mutant then runs only the tests whose code reaches it.
  let alice: Conference;
  let bob: Conference;
  let carol: Conference;
  let merged: Conference;
  beforeEach(() => {
    [alice, bob, carol] = [fixture('alice'), fixture('bob'), fixture('carol')];
    merged = mergeNotes([alice, bob, carol], { displayNames: { bob: 'Bob Stone' } });
  });
  const talk = (title: string) => sessions(merged).find((session) => session.title.includes(title))!;

  it('lists every author, the title the notes agree on, earliest date, all files', () => {
    // "KubeCon + CloudNativeCon Europe 2022", "KubeCon EU 2022", "KubeCon Valencia — my notes" and the date's year.
    expect(merged.title).toBe('KubeCon 2022');
    expect(merged.date).toBe('2022-05-18');
    expect(merged.authors).toEqual(['Alice', 'Bob Stone', 'Carol']);
    expect(merged.files).toEqual([
      'test/fixtures/team/alice.md',
      'test/fixtures/team/bob.md',
      'test/fixtures/team/carol.md',
    ]);
  });

  it('warns where the notes disagree on the title or the date', () => {
    const messages = merged.warnings.map((warning) => `${warning.file}: ${warning.message}`);
    expect(messages).toContainEqual(
      'test/fixtures/team/bob.md: Conference title "KubeCon EU 2022" differs from the one the notes agree on; using "KubeCon 2022"',
    );
    expect(messages).toContainEqual(
      // Carol's "# KubeCon Valencia — my notes" names her post: the conference is the part before "my notes".
      expect.stringMatching(/carol\.md: Conference title "KubeCon Valencia" differs/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/bob\.md: Conference date 2022-05-20 differs from 2022-05-18 .*the earliest/),
    );
  });

  it('lines up the days by date and orders talks by day, then by time slot', () => {
    expect(merged.days.map((day) => day.title)).toEqual([
      'Day 1 — Wednesday 18 May',
      'Day 2 — Thursday 19 May',
      'Friday, May 20',
    ]);
    expect(merged.days.map((day) => day.sessions.map((session) => titleKey(session.title)))).toEqual([
      ['keynotes', 'don t panic a practical guide to kubernetes upgrades', 'keeping secrets out of git'],
      [
        'keynotes',
        'webassembly on kubernetes',
        'observability at scale with opentelemetry',
        'ebpf for everyone',
        'cloud native buildpacks deep dive',
      ],
      ['gitops at scale with flux'],
    ]);
    expect(merged.extras.map((extra) => extra.title)).toEqual(['Things to look into']);
  });

  it('makes one session of a talk several people noted, and says who noted it', () => {
    expect(sessions(merged)).toHaveLength(9);
    expect(talk("Don't Panic").notedBy).toEqual(['Alice', 'Bob Stone']);
    expect(talk('eBPF').notedBy).toEqual(['Alice', 'Carol']);
    expect(talk('GitOps').notedBy).toEqual(['Bob Stone', 'Carol']);
    expect(talk('Buildpacks').notedBy).toEqual(['Carol']);
    expect(merged.days.map((day) => day.sessions[0]!.notedBy)).toEqual([
      ['Alice', 'Bob Stone'],
      ['Alice', 'Bob Stone'],
      ['Bob Stone', 'Carol'],
    ]);
  });

  it('matches a talk by the same speakers on the same day when its titles differ', () => {
    const secrets = talk('Keeping Secrets Out of Git');
    expect(secrets.notedBy).toEqual(['Alice', 'Bob Stone']);
    expect(secrets.speakers).toEqual([{ name: 'Maria Lopez', org: 'Fintech Co' }]);
    // The other title is kept for the presenter (as read, without its time slot).
    expect(secrets.blocks).toContainEqual(
      expect.objectContaining({
        role: 'prose',
        markdown: 'Bob Stone noted this talk as “Sealed secrets in practice”.',
      }),
    );
  });

  it('combines points without repeating a bullet, and loses none', () => {
    for (const session of sessions(merged)) {
      const points = bullets(session.blocks);
      expect(new Set(points).size, session.title).toBe(points.length);
    }
    expect(bullets(talk('Keynotes').blocks)).toContain('lots of talk about webassembly');
    expect(
      bullets(talk("Don't Panic").blocks).filter((point) => point.startsWith('upgrade one minor version')),
    ).toHaveLength(1);
    expect(bullets(talk('Observability').blocks)).toEqual([
      'one collector per node one gateway per cluster',
      'tail sampling keeps the interesting traces',
      'metrics and traces share the same resource attributes',
      'exemplars link metrics to traces',
    ]);
    // Nothing anyone wrote is lost: each person's talk has a merged session holding every one of its bullets.
    const all = sessions(merged).map((session) => new Set(bullets(session.blocks)));
    for (const person of [alice, bob, carol]) {
      for (const session of sessions(person)) {
        const points = bullets(session.blocks);
        expect(
          all.some((kept) => points.every((point) => kept.has(point))),
          session.title,
        ).toBe(true);
      }
    }
  });
});

describe('mergeNotes, harder line-ups', () => {
  it('keeps same-named keynotes on their own days when only other talks tell the days apart', () => {
    const ann = notes(
      '# Conf\n\n## First day\n\n### Keynote\n\n- welcome\n\n### Scaling Postgres on Kubernetes\n\n- a\n\n## Second day\n\n### Keynote\n\n- goodbye\n\n### Zero Trust Networking in Practice\n\n- b\n',
      'ann.md',
    );
    const ben = notes(
      '# Conf\n\n## Monday\n\n### Scaling postgres on kubernetes\n\n- c\n\n### Keynote\n\n- hello all\n\n## Tuesday\n\n### Keynote\n\n- farewell\n\n### Zero trust networking in practice\n\n- d\n',
      'ben.md',
    );
    const merged = mergeNotes([ann, ben]);
    expect(merged.days.map((day) => day.title)).toEqual(['First day', 'Second day']);
    expect(merged.days.map((day) => day.sessions.map((session) => bullets(session.blocks)))).toEqual([
      [
        ['welcome', 'hello all'],
        ['a', 'c'],
      ],
      [
        ['goodbye', 'farewell'],
        ['b', 'd'],
      ],
    ]);
  });

  it('matches the same speakers on the same day, but not on another day', () => {
    const ann = notes(
      '## 18 May\n\n### Sealed Secrets in Practice - Maria Lopez, Fintech\n\n- one\n\n## 19 May\n\n### Secrets Rotation at Scale - Maria Lopez, Fintech\n\n- two\n',
      'ann.md',
    );
    const ben = notes('## May 18\n\n### Moving secrets out of git - Maria Lopez\n\n- three\n', 'ben.md');
    const merged = mergeNotes([ann, ben]);
    expect(merged.days.map((day) => day.sessions.map((session) => session.notedBy))).toEqual([
      [['Ann', 'Ben']],
      [['Ann']],
    ]);
  });

  it('orders a day by time slot where the notes give one', () => {
    const ann = notes(
      '## Day 1\n\n### 14:00 Late Talk\n\n- x\n\n### Untimed Talk\n\n- y\n\n### 9:00 Early Talk\n\n- z\n',
      'ann.md',
    );
    const merged = mergeNotes([ann, notes('## Day 1\n\n### 11:00 Middle Talk\n\n- m\n', 'ben.md')]);
    expect(merged.days[0]!.sessions.map((session) => titleKey(session.title))).toEqual([
      'early talk',
      'untimed talk',
      'middle talk',
      'late talk',
    ]);
  });

  it('places talks noted without days next to their neighbours, or under their author when nothing matches', () => {
    const ann = notes(
      '## Day 1\n\n### Alpha Talk on Things\n\n- a\n\n## Day 2\n\n### Beta Talk on Things\n\n- b\n',
      'ann.md',
    );
    const cat = notes('## Beta talk on things\n\n- b2\n\n## Gamma Talk\n\n- g\n', 'cat.md');
    const dan = notes('## Delta Talk\n\n- d\n', 'dan.md');
    const merged = mergeNotes([ann, cat, dan]);
    expect(merged.days.map((day) => [day.title, day.sessions.map((session) => session.title)])).toEqual([
      ['Day 1', ['Alpha Talk on Things']],
      ['Day 2', ['Beta Talk on Things', 'Gamma Talk']],
      ['Talks noted by Dan', ['Delta Talk']],
    ]);
    expect(merged.warnings).toContainEqual({
      file: 'dan.md',
      line: null,
      message: 'No day found for 1 talk in these notes; they are shown under "Talks noted by Dan"',
    });
  });

  it('leaves a single file as it is, but for display names', () => {
    const alice = fixture('alice');
    expect(mergeNotes([alice])).toEqual(alice);
    expect(mergeNotes([alice], { displayNames: { ALICE: 'Alice Martin' } }).authors).toEqual(['Alice Martin']);
  });

  it('merging any split of the example between two people gives back the example', () => {
    const example = notes(
      readFileSync(new URL('../../examples/kubecon-eu-2021.md', import.meta.url), 'utf8'),
      'examples/kubecon-eu-2021.md',
    );
    const all = sessions(example);
    const copyFor = (file: string, keep: (index: number) => boolean): Conference => {
      let index = 0;
      const days = example.days.map((day) => ({
        ...day,
        sessions: day.sessions.filter(() => keep(index++)).map((session) => ({ ...session, file })),
      }));
      return { ...structuredClone(example), files: [file], authors: [], days };
    };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('ann', 'ben', 'both'), { minLength: all.length, maxLength: all.length }),
        (owners) => {
          const merged = mergeNotes([
            copyFor('ann.md', (index) => owners[index] !== 'ben'),
            copyFor('ben.md', (index) => owners[index] !== 'ann'),
          ]);
          expect(merged.days.map((day) => day.title)).toEqual(example.days.map((day) => day.title));
          // Each talk on its own day, once, with its bullets as written; each person's order kept.
          merged.days.forEach((day, dayIndex) =>
            expect(new Set(day.sessions.map((session) => session.title))).toEqual(
              new Set(example.days[dayIndex]!.sessions.map((session) => session.title)),
            ),
          );
          const original = new Map(all.map((session, index) => [session.title, { session, owner: owners[index]! }]));
          expect(sessions(merged)).toHaveLength(all.length);
          for (const session of sessions(merged)) {
            const { session: source, owner } = original.get(session.title)!;
            expect(bullets(session.blocks)).toEqual(bullets(source.blocks));
            expect(session.notedBy).toEqual(owner === 'both' ? ['Ann', 'Ben'] : [owner === 'ann' ? 'Ann' : 'Ben']);
          }
          for (const person of ['ann', 'ben']) {
            const mine = (title: string) => original.get(title)!.owner !== (person === 'ann' ? 'ben' : 'ann');
            expect(
              sessions(merged)
                .map((session) => session.title)
                .filter(mine),
            ).toEqual(all.map((session) => session.title).filter(mine));
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
