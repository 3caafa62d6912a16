import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import type { Session } from '../../src/model/types.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { briefRecap } from '../../src/plan/briefRecap.js';
import { speakersLine } from '../../src/plan/speakersLine.js';
import { CAPTION_POINTS_CHARS, closedMarks, keyPoints, notedWords } from '../../src/plan/keyPoints.js';
import { sectionSlides } from '../../src/plan/layouts/section.js';
import { planDecks } from '../../src/plan/planDecks.js';
import { LONG_TALK_WORDS, talkSlides } from '../../src/plan/recapBudget.js';
import { textFrame } from '../../src/plan/textFrame.js';
import { corpusNotesIn } from '../support/corpusFiles.js';
import { session } from '../support/planFixtures.js';

const exampleText = readFileSync(new URL('../../examples/kubecon-eu-2021.md', import.meta.url), 'utf8');
const CORPUS = join(import.meta.dirname, '../fixtures/corpus');

function talk(markdown: string): Session {
  const conference = buildConference(parseNotes(`# Conf\n\n## Day 1\n\n${markdown}`, 'notes.md'));
  return conference.days[0]!.sessions[0]!;
}

describe('talkSlides: slides per talk', () => {
  it('gives one slide a talk, two to a long one whose points fill two, without a budget', () => {
    expect(LONG_TALK_WORDS).toBe(250);
    expect(
      talkSlides(
        [
          { words: 249, need: 2 },
          { words: 250, need: 2 },
          { words: 250, need: 1 },
          { words: 900, need: 5 },
          { words: 0, need: 0 },
        ],
        null,
      ),
    ).toEqual([1, 2, 1, 2, 1]);
  });

  it('shares a budget by words noted (D’Hondt), never below one slide a talk nor above what the points fill', () => {
    // 3 spare slides: 600/2=300, then 600/3=200, then 600/4=150 each beat 200/2=100.
    expect(
      talkSlides(
        [
          { words: 600, need: 9 },
          { words: 200, need: 9 },
          { words: 100, need: 9 },
        ],
        6,
      ),
    ).toEqual([4, 1, 1]);
    expect(
      talkSlides(
        [
          { words: 600, need: 2 },
          { words: 200, need: 9 },
          { words: 100, need: 9 },
        ],
        6,
      ),
    ).toEqual([2, 3, 1]);
    expect(
      talkSlides(
        [
          { words: 600, need: 1 },
          { words: 200, need: 1 },
        ],
        10,
      ),
    ).toEqual([1, 1]);
    // A tie goes to the talk noted first.
    expect(
      talkSlides(
        [
          { words: 300, need: 9 },
          { words: 300, need: 9 },
        ],
        3,
      ),
    ).toEqual([2, 1]);
    // A budget below one slide a talk still gives each talk its slide.
    expect(
      talkSlides(
        [
          { words: 600, need: 3 },
          { words: 200, need: 3 },
          { words: 100, need: 3 },
        ],
        1,
      ),
    ).toEqual([1, 1, 1]);
  });
});

describe('keyPoints', () => {
  it('prefers the notes’ own takeaways, wherever they are in the talk', () => {
    const points = keyPoints(
      talk(
        '### Scaling Prometheus - Jane Doe, Acme\n\n- Sharding\n  - by tenant\n- Federation\n\nTakeaways:\n\n- Start with Thanos\n- Measure cardinality\n',
      ),
    );
    expect(points.source).toBe('takeaways');
    expect(points.points.map((point) => point.item.markdown)).toEqual(['Start with Thanos', 'Measure cardinality']);
    expect(points.rest.join('\n')).toContain('- by tenant');
  });

  it('takes what follows a takeaways heading, and an inline TL;DR', () => {
    expect(
      keyPoints(
        talk('### Talk\n\n- Detail\n\n#### Lessons learned\n\n- Lesson one\n\n#### Demo\n\n- Not a lesson\n'),
      ).points.map((point) => point.item.markdown),
    ).toEqual(['Lesson one']);
    expect(
      keyPoints(talk('### Talk\n\n- Detail\n\nTL;DR: keep it simple.\n')).points.map((point) => point.item.markdown),
    ).toEqual(['keep it simple.']);
  });

  it('falls back to the top-level bullets, their sub-points told in the notes, then to first sentences of prose', () => {
    const bullets = keyPoints(talk('### Talk\n\n- One\n  - one detail\n- Two\n'));
    expect(bullets).toMatchObject({
      source: 'bullets',
      points: [
        { item: { markdown: 'One', children: [] }, untold: '- one detail' },
        { item: { markdown: 'Two' }, untold: null },
      ],
    });
    const prose = keyPoints(talk('### Talk\n\nThe first sentence is long enough. The second one is not shown.\n'));
    expect(prose.source).toBe('prose');
    expect(prose.points[0]!.item.markdown).toBe('The first sentence is long enough.');
    expect(prose.points[0]!.untold).toContain('The second one is not shown.');
  });

  it('puts items that are one link each ("Slides") after the points, on one line; a list of links only stays as it is', () => {
    const item = (markdown: string, children: string[] = []) => ({
      markdown,
      children: children.map((child) => ({ markdown: child, children: [], blocks: [] })),
      blocks: [],
    });
    const list = (...items: ReturnType<typeof item>[]) => ({
      kind: 'list' as const,
      line: 3,
      ordered: false,
      caption: null,
      items,
    });
    const points = keyPoints(
      session('Fast builds', {
        blocks: [
          list(
            item('[Slides](https://ex.org/s)'),
            item('Caches matter more than cores do.'),
            item('<https://ex.org/v>'),
            item('[Video](https://ex.org/w) of the demo'),
            item('[Demo](https://ex.org/d)', ['a detail']),
          ),
        ],
      }),
    );
    expect(points.points.map((point) => [point.item.markdown, point.untold])).toEqual([
      ['Caches matter more than cores do.', null],
      ['[Video](https://ex.org/w) of the demo', null],
      ['[Demo](https://ex.org/d)', '- a detail'],
      ['[Slides](https://ex.org/s) · <https://ex.org/v>', null],
    ]);
    expect(points.points.at(-1)!.full).toBe('- [Slides](https://ex.org/s)\n- <https://ex.org/v>');
    const onlyLinks = keyPoints(
      session('Fast builds', { blocks: [list(item('[Slides](https://ex.org/s)'), item('https://ex.org/v'))] }),
    );
    expect(onlyLinks.points.map((point) => point.item.markdown)).toEqual([
      '[Slides](https://ex.org/s)',
      'https://ex.org/v',
    ]);
  });

  it('shows the quote an item holds alone, not an empty bullet, and tells the rest of it in the notes', () => {
    const points = keyPoints(
      talk(
        '### Hello subgrid - Jane Roe\n\n- > Type is the voice of our words\n- > A variable font acts like many\n  > font files in **one\n  > file**\n\n  More words.\n- Learn flex-basis\n\n### Another - Max Roe\n\n- x\n',
      ),
    );
    expect(points.points.map((point) => [point.item.markdown, point.untold])).toEqual([
      ['“Type is the voice of our words”', null],
      ['“A variable font acts like many font files in **one file**”', 'More words.'],
      ['Learn flex-basis', null],
    ]);
  });

  it('shows a caption item’s sub-points after its colon, as many as fit 100 characters, the first always', () => {
    expect(CAPTION_POINTS_CHARS).toBe(100);
    const fits = ['Immutability', 'Single purpose', 'Reusability'];
    // The first four joined by ", " are 100 characters exactly; the fifth makes 103.
    const many = ['a'.repeat(23), 'b'.repeat(23), 'c'.repeat(24), 'd'.repeat(24), 'e'];
    const long = ['x'.repeat(120), 'y'];
    const captioned = (caption: string, subPoints: string[]) =>
      `- ${caption}\n${subPoints.map((point) => `  - ${point}\n`).join('')}`;
    const points = keyPoints(
      talk(
        `### Class Clash - Jane Roe\n\n${captioned('Properties:', fits)}${captioned('The haters say：', many)}${captioned('To love:', long)}${captioned('No colon', fits)}- Alone:\n\n### Other - Max Roe\n\n- x\n`,
      ),
    );
    expect(points.points.map((point) => point.item.markdown)).toEqual([
      'Properties: Immutability, Single purpose, Reusability',
      `The haters say： ${many.slice(0, 4).join(', ')}, …`,
      `To love: ${'x'.repeat(120)}, …`,
      'No colon',
      'Alone:',
    ]);
    expect(points.points[0]!.untold).toBe('- Immutability\n- Single purpose\n- Reusability');
  });

  it('closes the bold or code a first sentence leaves open', () => {
    expect(closedMarks('In short: **use CRDs. They')).toBe('In short: **use CRDs. They**');
    expect(closedMarks('Run `kubectl apply')).toBe('Run `kubectl apply`');
    expect(closedMarks('**done** and `ok`')).toBe('**done** and `ok`');
    const point = keyPoints(
      talk('### Talk\n\nMy summary of the talk: **Kubernetes itself adds features with CRDs. Why would we not?**\n'),
    ).points[0]!;
    expect(point.item.markdown).toBe('My summary of the talk: **Kubernetes itself adds features with CRDs.**');
  });

  it('counts the words noted about a talk', () => {
    expect(notedWords(talk('### Talk\n\n- one two\n  - three\n\nfour five six.\n'))).toBe(6);
  });
});

describe('briefRecap on the example', () => {
  // Planned for each test, not once for the file, so a mutant of the planner runs only the tests that reach it.
  // The example is read here too, not at module level, so a mutant of the parse stage does not reach every test.
  let example: ReturnType<typeof buildConference>;
  let exampleSessions: Session[];
  let slides: ReturnType<typeof briefRecap>['slides'];
  let plan: ReturnType<typeof briefRecap>['plan'];
  beforeEach(() => {
    example = buildConference(parseNotes(exampleText, 'examples/kubecon-eu-2021.md'));
    exampleSessions = example.days.flatMap((day) => day.sessions);
    ({ slides, plan } = briefRecap(example));
  });

  it('has one slide a talk, two for the long ones, and no title-only talk slides', () => {
    expect(slides).toHaveLength(29);
    expect(plan).toMatchObject({ minutes: null, budget: null, total: 29 });
    expect(plan.talks.map((entry) => entry.slides).sort()).toEqual([...Array(14).fill(1), 2, 2]);
    expect(slides.filter((made) => made.layout === 'session')).toEqual([]);
    const talkSlideCount = slides.filter((made) => made.layout === 'talk').length;
    expect(talkSlideCount).toBe(18);
    for (const made of slides.filter((each) => each.layout === 'talk'))
      expect(made.items.length + made.subtitle.length).toBeGreaterThan(0);
  });

  it('names the speakers and organisation, and links each talk to its session deck', () => {
    const dod = slides.find((made) => made.title.startsWith('How DoD Uses K8s'))!;
    expect(dod.subtitle).toEqual(['Michael Medellin & Gordon Tillman · Department of Defense']);
    expect(dod.link).toBeUndefined();
    const linked = briefRecap(example, { deckOf: (session) => `sessions/${session.line}.html` }).slides.find(
      (made) => made.title === dod.title,
    )!;
    expect(linked.link).toEqual({
      href: `sessions/${exampleSessions.find((session) => session.title === dod.title)!.line}.html`,
      text: 'All the notes of this talk →',
    });
  });

  it('tells in the speaker notes what the slides leave out', () => {
    const keynote = slides.find((made) => made.title === 'Keynote day 1')!;
    const notes = keynote.notes.join('\n');
    expect(notes).toContain('- Storage\n- Network');
    expect(notes).toContain('Peleton had to scale massively');
  });

  it('links each agenda entry to its talk’s first slide', () => {
    const entries = slides
      .filter((made) => made.layout === 'agenda')
      .flatMap((made) => made.items.flatMap((item) => item.children));
    expect(entries).toHaveLength(16);
    for (const entry of entries) {
      const [, title, number] = /^\[(.+)\]\(#(\d+)\)$/.exec(entry.markdown)!;
      expect(slides[Number(number) - 1]).toMatchObject({ layout: 'talk', title: title!.replace(/\\([[\]])/g, '$1') });
    }
  });

  it('fits --minutes 20 into 23 slides: dividers give way to a header line, one slide a talk', () => {
    const fitted = briefRecap(example, { minutes: 20 });
    expect(fitted.plan).toMatchObject({ minutes: 20, budget: 20, total: 23 });
    expect(fitted.slides).toHaveLength(23);
    expect(fitted.slides.filter((made) => made.layout === 'divider')).toEqual([]);
    expect(fitted.slides.find((made) => made.title === 'Keynote day 2')!.header).toBe('6 May');
    expect(fitted.plan.talks.every((entry) => entry.slides === 1)).toBe(true);
  });

  it('keeps the dividers when the minutes hold them exactly, and gives their minutes to the talks when not', () => {
    // 7 fixed slides, 4 dividers and 16 talks: 27 minutes hold them all.
    const at = (minutes: number) => {
      const fitted = briefRecap(example, { minutes });
      return [fitted.plan.total, fitted.slides.filter((made) => made.layout === 'divider').length];
    };
    expect([at(26), at(27)]).toEqual([
      [26, 0],
      [27, 4],
    ]);
  });

  it('gives the spare minutes to the talks noted most', () => {
    const fitted = briefRecap(example, { minutes: 30 });
    expect(fitted.plan.total).toBe(30);
    const most = exampleSessions.reduce((best, session) => (notedWords(session) > notedWords(best) ? session : best));
    const slidesOf = (title: string) => fitted.plan.talks.find((entry) => entry.title === title)!.slides;
    expect(slidesOf(most.title)).toBe(Math.max(...fitted.plan.talks.map((entry) => entry.slides)));
    expect(slidesOf(most.title)).toBeGreaterThan(1);
  });
});

describe('brief recap of every corpus file', () => {
  const files = corpusNotesIn(CORPUS);
  it.each(files)('%s: at most 2 slides a talk, and the recap is the default', (name) => {
    const conference = buildConference(parseNotes(readFileSync(join(CORPUS, name), 'utf8'), join(CORPUS, name)));
    const [recap] = planDecks(conference, { decks: ['recap', 'session'] });
    expect(recap!.recapPlan).toBeDefined();
    for (const entry of recap!.recapPlan!.talks) expect(entry.slides, entry.title).toBeLessThanOrEqual(2);
    const talks = conference.days.flatMap((day) => day.sessions).length;
    expect(recap!.slides.filter((made) => made.layout === 'talk').length).toBe(
      recap!.recapPlan!.talks.reduce((sum, entry) => sum + entry.slides, 0),
    );
    expect(recap!.recapPlan!.talks).toHaveLength(talks);
  });
});

describe('speakersLine', () => {
  it('groups speakers by organisation, in order', () => {
    const session = {
      speakers: [
        { name: 'A', org: 'X' },
        { name: 'B', org: 'X' },
        { name: 'C', org: null },
        { name: 'D', org: 'Y' },
      ],
    } as Session;
    expect(speakersLine(session)).toBe('A & B · X; C; D · Y');
  });
});

describe('key points of items written over several lines', () => {
  it('shows the first line and tells the whole item in the notes', () => {
    const [point] = keyPoints(talk('### Talk\n\n- WebPlatform\n  ・PWA\n  ・PWA の結果を発表\n')).points;
    expect(point!.item.markdown).toBe('WebPlatform');
    expect(point!.untold).toMatch(/^WebPlatform\n\s*・PWA\n\s*・PWA の結果を発表$/);
  });

  it('keeps the lines of an item wrapped at a fixed width together, up to a line that starts anew', () => {
    // pandoc's github_document output (corpus file 67): items wrapped at 72 columns.
    const notes =
      '### Talk\n\n  - To migrate analysts to R, first get them better at Excel. If R\n    doesn’t work, then at least you’ll have better Excel\\!\n  - Skill progression demonstrated by users in Scratch: Scaffid &\n    Chambers\n  - Slides\n    Video\n';
    const [migrate, skill, slides] = keyPoints(talk(notes)).points;
    expect(migrate!.item.markdown).toBe(
      'To migrate analysts to R, first get them better at Excel. If R doesn’t work, then at least you’ll have better Excel\\!',
    );
    expect(migrate!.untold).toBeNull();
    expect(skill!.item.markdown).toBe('Skill progression demonstrated by users in Scratch: Scaffid & Chambers');
    expect(slides!.item.markdown).toBe('Slides');
    expect(slides!.untold).toMatch(/^Slides\n\s*Video$/);
  });
});

describe('key points of a list with an empty item', () => {
  it('shows no bullet for a "- " line, which holds no words (corpus file 96)', () => {
    const points = keyPoints(
      talk('### Talk\n\n- Network service Mesh solves L2/L3 problems\n- multi cloud routing\n- \n'),
    ).points;
    expect(points.map((point) => point.item.markdown)).toEqual([
      'Network service Mesh solves L2/L3 problems',
      'multi cloud routing',
    ]);
  });
});

describe('briefRecap: a day without sessions', () => {
  it('makes no slide for it, and tells its heading and words after the slide before', () => {
    const notes = [
      '# Conf 2030',
      '',
      '## Day 0',
      '',
      'The flight over was long.',
      '',
      '## Day 1',
      '',
      '### Fast builds - Jane Roe',
      '',
      '- caches matter',
      '',
      '## Day 2',
      '',
      'Rest day: a walk by the river.',
      '',
      '## Day 3',
      '',
      '### Slow tests - Max Roe',
      '',
      '- flaky ones first',
      '',
    ].join('\n');
    const { slides } = briefRecap(buildConference(parseNotes(notes, 'notes.md')));
    expect(slides.map((made) => [made.layout, made.title])).toEqual([
      ['title', 'Conf 2030'],
      ['agenda', 'Agenda'],
      ['divider', 'Day 1'],
      ['talk', 'Fast builds'],
      ['divider', 'Day 3'],
      ['talk', 'Slow tests'],
      ['glance', 'At a glance'],
    ]);
    expect(slides[0]!.notes).toEqual(['Day 0', 'The flight over was long.']);
    expect(slides[3]!.notes.slice(-2)).toEqual(['Day 2', 'Rest day: a walk by the river.']);
  });
});

describe('briefRecap: what the title slide tells', () => {
  it("tells the notes' intro and their opening sections, not their closing ones", () => {
    const notes =
      '# Conf\n\nIntro para.\n\n## Travel\n\nTook the train.\n\n## Day 1\n\n### Talk A\n\n- point\n\n## Day 2\n\n### Talk B\n\n- point\n\n## Wrap-up\n\nWent well.\n';
    const conference = buildConference(parseNotes(notes, 'notes.md'));
    expect(conference.extras.map((extra) => [extra.title, extra.placement])).toEqual([
      ['Travel', 'opening'],
      ['Wrap-up', 'closing'],
    ]);
    expect(briefRecap(conference).slides[0]!.notes).toEqual(['Intro para.', 'Travel', 'Took the train.']);
  });
});

describe('briefRecap: a day without sessions after a day of several talks', () => {
  it("tells its heading as written and its words in the notes of the day before's last slide", () => {
    const notes =
      '# Conf\n\n## Day 1\n\n### Fast builds - Jane Roe\n\n- caches\n\n### Slow tests - Max Roe\n\n- flaky\n\n## Day 2 {#rest}\n\nRest day.\n\n## Day 3\n\n### Last talk\n\n- end\n';
    const { slides } = briefRecap(buildConference(parseNotes(notes, 'notes.md')));
    expect(slides.map((made) => [made.layout, made.title, made.notes])).toEqual([
      ['title', 'Conf', []],
      ['agenda', 'Agenda', []],
      ['divider', 'Day 1', []],
      ['talk', 'Fast builds', []],
      ['talk', 'Slow tests', ['Day 2 {#rest}', 'Rest day.']],
      ['divider', 'Day 3', []],
      ['talk', 'Last talk', []],
      ['glance', 'At a glance', []],
    ]);
  });
});

describe('briefRecap: closing sections', () => {
  it('sums a closing section longer than two slides up on one, as the full deck does not', () => {
    const points = Array.from(
      { length: 14 },
      (_, index) => `- Lesson ${index + 1} ${'with a few more words '.repeat(4)}`,
    );
    const notes = `# Conf\n\n## Day 1\n\n### Talk A\n\n- point\n\n## Wrap-up\n\n${points.join('\n')}\n`;
    const conference = buildConference(parseNotes(notes, 'notes.md'));
    expect(conference.extras.map((extra) => [extra.title, extra.placement])).toEqual([['Wrap-up', 'closing']]);
    const closingOf = (slides: { layout: string; title: string }[]) =>
      slides.filter((made) => made.layout === 'closing').map((made) => made.title);
    expect(closingOf(briefRecap(conference).slides)).toEqual(['Wrap-up']);
    expect(closingOf(sectionSlides(conference.extras[0]!, textFrame()))).toEqual([
      'Wrap-up',
      'Wrap-up (cont.)',
      'Wrap-up (cont.)',
    ]);
  });
});
