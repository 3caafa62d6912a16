import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { isSlotTitle } from '../../src/model/headingKinds.js';
import { parseMarkedTitle } from '../../src/model/sessionHeading.js';
import { slotHeading } from '../../src/model/slotHeading.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** Talks and days given by headings, in shapes met on unseen notes (issue 13), written with made-up text. */
function conference(text: string, file = 'notes.md') {
  return buildConference(parseNotes(text, file));
}

const talks = (text: string) =>
  conference(text).days.flatMap((day) =>
    day.sessions.map((session) => ({
      title: session.title,
      speakers: session.speakers.map((speaker) => speaker.name),
    })),
  );

const titles = (text: string) => talks(text).map((talk) => talk.title);

describe('slot headings written with times, rooms and an order (class 4)', () => {
  it('reads a slot word or a time with only an order, a room, a track or a number beside it as a slot', () => {
    for (const slot of [
      'Opening keynote',
      'Talk 1 - 10:30',
      '10:30 - Talk 1',
      'Talk #1 (10:00)',
      'Session 3 (Room B)',
      'Talk 1 | Room A',
      '1st Talk',
      '첫 번째 세션',
      'Ignite 2',
      '9:00 AM',
      '13:00-13:40 (Room 101)',
      '09:00 - 10:00 | Room 1',
      'Track A - 14:00',
    ])
      expect(isSlotTitle(slot), slot).toBe(true);
    for (const title of [
      'Talk to Your Users',
      'Keynote: The Future',
      'Lightning talks',
      'Room for Improvement',
      'Version 2.10 Released',
      'Opening',
      '2019 in Review',
    ])
      expect(isSlotTitle(title), title).toBe(false);
  });

  it('reads "Keynote by Jane Roe" after a time as a slot that names its speaker', () => {
    expect(slotHeading('9:00–10:00 – Keynote by Dr. Jane Roe (Example University)')).toEqual({
      speakers: [{ name: 'Jane Roe', org: 'Example University' }],
    });
    expect(slotHeading('Talk by John Doe')?.speakers.map((speaker) => speaker.name)).toEqual(['John Doe']);
    // A title with "by" in it is no slot.
    expect(slotHeading('Made by Hand - Jane Roe')).toBeNull();
    expect(slotHeading('Keynote by the sea')).toBeNull();
  });

  it('takes the quoted title of a label line under a timed keynote heading, the heading naming the speaker', () => {
    expect(
      talks(
        '# Data Days\n\n## 09:30–10:15 – Keynote by Dr. Jane Roe (Example University)\n\n**Title:** *“Why Networks Matter”*\n\nMy takeaway:\n- networks matter\n\n## 10:30–11:00 – Invited talk\n\n**Title:** Observability on a Budget\n\n- sample well\n\n## 11:00 – Feature Flags Without Tears\n\n**Title:** rotations\n\n- flags\n',
      ),
    ).toEqual([
      { title: 'Why Networks Matter', speakers: ['Jane Roe'] },
      { title: 'Observability on a Budget', speakers: [] },
      // A heading that is a title keeps it.
      { title: 'Feature Flags Without Tears', speakers: [] },
    ]);
  });

  it('reads a bold title with speaker lines under it in one paragraph, under a time-only heading', () => {
    expect(
      talks(
        '# Data Days\n\n## 14:00\n\n**Building Calmer On-Call Rotations**\nJane Roe, Example Corp\n\n- pagers\n\n## 14:45\n\n**Feature Flags Without Tears**\nJohn Doe, Acme\n\n- flags\n',
      ),
    ).toEqual([
      { title: 'Building Calmer On-Call Rotations', speakers: ['Jane Roe'] },
      { title: 'Feature Flags Without Tears', speakers: ['John Doe'] },
    ]);
    // A sentence of notes under the bold title names no one.
    expect(talks('## 14:00\n\n**Read this first**\nWe arrived late and missed the start.\n\n- pagers\n')).toEqual([
      { title: 'Read this first', speakers: [] },
    ]);
  });

  it('finds the "Topic:" line after a photo and other lines of the programme, not after notes', () => {
    expect(
      talks(
        '# Ops Days\n\n## Talk 1\n\n![speaker photo](jane.png)\n\n__Speaker__: Jane Roe\n\n__Company__: Example Corp\n\n__Topic__: Building Calmer On-Call Rotations\n\n- pagers hurt\n\n## Ignite 2\n\n*short talk*\n\n__Topic__: Five Minutes on Logs\n\n- logs\n\n## Talk 3\n\nWe arrived late, so the notes start in the middle.\n\n__Topic__: Observability on a Budget\n',
      ),
    ).toEqual([
      { title: 'Building Calmer On-Call Rotations', speakers: ['Jane Roe'] },
      { title: 'Five Minutes on Logs', speakers: [] },
      { title: 'Talk 3', speakers: [] },
    ]);
    const [first] = conference(
      '## Talk 1\n\n![photo](a.png)\n\n__Company__: Acme\n\n__Topic__: Calm On-Call\n\n- point\n',
    ).days[0]!.sessions;
    expect(first!.byline).toEqual(['__Topic__: Calm On-Call']);
  });
});

describe('talks after the last day or group, read together (class 1)', () => {
  const day =
    '# Cloud Days\n\n## Day one\n\n### Keynotes\n\n- opening stats\n\n### Service Mesh Patterns\n\n- sidecars\n\n';

  it('reads H2 sections after a day of H3 talks as its talks when three or more are written alike', () => {
    const read = conference(
      `${day}## Ingress v2 and Multicluster - Google\n\n- gateway\n\n## Unit testing your configs - Snyk\n\n- rego\n\n## Multicluster Tool Box IBM\n\n- tools\n\n## Summary\n\n- good days\n\n## Travel - KLM\n\n- fine\n`,
    );
    expect(read.days.map((found) => [found.title, found.sessions.map((session) => session.title)])).toEqual([
      [
        'Day one',
        [
          'Keynotes',
          'Service Mesh Patterns',
          'Ingress v2 and Multicluster - Google',
          'Unit testing your configs - Snyk',
          // Not written so, but in the run, before the first aside.
          'Multicluster Tool Box IBM',
        ],
      ],
    ]);
    // The run ends at the first aside: what follows it stays an aside too.
    expect(read.extras.map((extra) => extra.title)).toEqual(['Summary', 'Travel - KLM']);
  });

  it('reads two sections after the last group as talks when most open with a byline', () => {
    expect(
      titles(
        '# Word Days\n\n## Lightning talks\n\n### Fast Sites\n\nSpeaker: Ann Lee\n\n- cache\n\n### Small Plugins\n\nSpeaker: Bob Ray\n\n- hooks\n\n## Accessible Forms\n\n- Jane Roe - Developer Advocate, Example Corp\n- labels\n\n## Block Themes\n\n- John Doe - Staff Engineer, Acme\n- patterns\n',
      ),
    ).toEqual(['Fast Sites', 'Small Plugins', 'Accessible Forms', 'Block Themes']);
  });

  it('counts a bare name as the first line of each section of the run, weighed together', () => {
    const group =
      '# Word Days\n\n## Lightning talks\n\n### Fast Sites\n\nSpeaker: Ann Lee\n\n### Small Plugins\n\nSpeaker: Bob Ray\n\n';
    expect(
      titles(`${group}## Accessible Forms\n\nJane Roe\n\n- labels\n\n## Block Themes\n\nJohn Doe\n\n- patterns\n`),
    ).toEqual(['Fast Sites', 'Small Plugins', 'Accessible Forms', 'Block Themes']);
    // One name among three sections is not most of them.
    expect(
      titles(`${group}## Accessible Forms\n\nJane Roe\n\n- labels\n\n## The venue\n\n- big\n\n## Food\n\n- tacos\n`),
    ).toEqual(['Fast Sites', 'Small Plugins']);
  });

  it('leaves sections after the last day as asides when they do not read as talks together', () => {
    const read = conference(
      `${day}## Accessible Forms\n\n- Jane Roe - Developer Advocate, Example Corp\n\n## The venue\n\n- big\n\n## Food\n\n- tacos\n`,
    );
    expect(read.days[0]!.sessions.map((session) => session.title)).toEqual(['Keynotes', 'Service Mesh Patterns']);
    expect(read.extras.map((extra) => extra.title)).toEqual(['Accessible Forms', 'The venue', 'Food']);
    // One section alone is no run.
    expect(conference(`${day}## Accessible Forms\n\nSpeaker: Jane Roe\n`).extras).toHaveLength(1);
  });
});

describe('groups of talks that open with a byline (class 1)', () => {
  it('reads "## Keynote" over H3 talks that each open with a bold byline as a group, then the H2 talks after it', () => {
    expect(
      talks(
        '# Open Conf\n\n## Keynote\n\n### Why the Web Needs You\n\n**Jane Roe, Example Corp**\n\n- point one\n\n### Open Data at Scale\n\n**John Doe, Acme**\n\n- point two\n\n### The Future of Browsers\n\n**Ann Lee, Initech**\n\n- point three\n\n## Rust in Production\n\n**Bob Ray, Example Corp**\n\n- memory\n\n## Testing Microservices\n\n**Cat Poe, Acme**\n\n- contracts\n',
      ),
    ).toEqual([
      { title: 'Why the Web Needs You', speakers: ['Jane Roe'] },
      { title: 'Open Data at Scale', speakers: ['John Doe'] },
      { title: 'The Future of Browsers', speakers: ['Ann Lee'] },
      { title: 'Rust in Production', speakers: ['Bob Ray'] },
      { title: 'Testing Microservices', speakers: ['Cat Poe'] },
    ]);
  });

  it('keeps "## Keynote" one talk when its parts open with notes', () => {
    expect(
      titles('# Open Conf\n\n## Keynote\n\n### Why it matters\n\n- point one\n\n### What to do\n\n- point two\n'),
    ).toEqual(['Keynote']);
  });

  it('reads a bold "Jane Roe, Acme" line as one person and her organisation, not two people', () => {
    const speakersOf = (line: string) =>
      conference(`## Rust in Production\n\n${line}\n\n- memory\n`).days[0]!.sessions[0]!.speakers;
    expect(speakersOf('**John Doe, Acme**')).toEqual([{ name: 'John Doe', org: 'Acme' }]);
    expect(speakersOf('_Jane Roe, Example Corp_')).toEqual([{ name: 'Jane Roe', org: 'Example Corp' }]);
    // Not in bold, the line may be the notes' first words.
    expect(speakersOf('Jane Roe, Acme')).toEqual([]);
  });
});

describe('headings that name the speaker and set the title apart (class 3)', () => {
  it('reads the emphasized or quoted part as the title and the rest as names', () => {
    expect(parseMarkedTitle('Jane Roe, Example University, *Deep Learning for Genomes*')).toEqual({
      title: 'Deep Learning for Genomes',
      speakers: [{ name: 'Jane Roe', org: 'Example University' }],
    });
    expect(parseMarkedTitle('“Fast Builds” - John Doe (Acme)')).toEqual({
      title: 'Fast Builds',
      speakers: [{ name: 'John Doe', org: 'Acme' }],
    });
    expect(parseMarkedTitle('Jane Roe and John Doe, Acme, "Variant Calling"')?.speakers).toEqual([
      { name: 'Jane Roe', org: 'Acme' },
      { name: 'John Doe', org: 'Acme' },
    ]);
    // Emphasis inside a title, or one word beside it, names no one.
    for (const heading of ['Why *this* matters', '**Keynote** Opening', 'Rust in *Production*', '*Fast Builds*'])
      expect(parseMarkedTitle(heading), heading).toBeNull();
  });

  it('reads H3 talks written so under a session heading as the talks of that session', () => {
    expect(
      talks(
        '# ProbGen\n\n## Session 2: Genomics\n\n### Jane Roe, Example University, *Deep Learning for Genomes*\n\n- genomes\n\n### John Doe, Acme Institute, *Variant Calling at Scale*\n\n- variants\n\n## Session 3: Methods\n\n### Ann Lee, Initech Lab, *Sampling Made Simple*\n\n- sampling\n',
      ),
    ).toEqual([
      { title: 'Deep Learning for Genomes', speakers: ['Jane Roe'] },
      { title: 'Variant Calling at Scale', speakers: ['John Doe'] },
      { title: 'Sampling Made Simple', speakers: ['Ann Lee'] },
    ]);
  });
});

describe('slot headings in tracks and parts (class 4)', () => {
  it('keeps two talks at the same time in two tracks apart, and reads a part with one slot as a group', () => {
    expect(
      titles(
        '# Devground\n\n## Track A\n\n### 14:00 ~ 14:40\n\n**분산 시스템의 장애 대응**\n- 장애는 온다\n\n### 15:00 ~ 15:40\n\n**테스트 자동화 이야기**\n- 테스트\n\n## Track B\n\n### 14:00 ~ 14:40\n\n**모니터링의 기초**\n- 지표\n',
      ),
    ).toEqual(['분산 시스템의 장애 대응', '테스트 자동화 이야기', '모니터링의 기초']);
    expect(
      titles(
        '# Devground\n\n## 1부\n\n### 세션 1\n\n**분산 시스템의 장애 대응**\n\n- 장애\n\n### 세션 2\n\n**테스트 자동화 이야기**\n\n- 테스트\n\n## 2부\n\n### 세션 3\n\n**모니터링의 기초**\n\n- 지표\n',
      ),
    ).toEqual(['분산 시스템의 장애 대응', '테스트 자동화 이야기', '모니터링의 기초']);
  });

  it('reads a slot heading with an emoji, a bold title in a quote or with the speaker after it', () => {
    expect(
      talks(
        '# Devground\n\n### 🎤 세션 1\n\n**분산 시스템의 장애 대응**\n\n- 장애\n\n### 세션 2\n**테스트 자동화 이야기** - 이영희\n- 테스트\n\n### 세션 3\n\n> **모니터링의 기초**\n\n- 지표\n\n### Talk 4\n\n**Fast Builds** (Jane Roe)\n\n- cache\n',
      ),
    ).toEqual([
      // A bold run of Korean words is a title, not a name.
      { title: '분산 시스템의 장애 대응', speakers: [] },
      { title: '테스트 자동화 이야기', speakers: ['이영희'] },
      { title: '모니터링의 기초', speakers: [] },
      { title: 'Fast Builds', speakers: ['Jane Roe'] },
    ]);
    // Under a heading that is a title, a quoted bold line stays a quote.
    expect(titles('## Fast Builds\n\n> **Caching matters**\n\n- point\n')).toEqual(['Fast Builds']);
  });
});

describe('the bold title under a slot heading, written in more ways (class 4)', () => {
  it('takes a bold line over notes, a bold first bullet, a bold sub-heading and a label inside the bold', () => {
    const read = conference(
      '# Devground\n\n## 세션 1\n\n**분산 시스템의 장애 대응**\n장애는 언제나 온다.\n\n- 장애\n\n## 세션 2\n\n- **테스트 자동화 이야기**\n- 테스트\n\n## Session 3\n\n#### **Fast Builds**\n\n- cache\n\n## 세션 4\n\n🎤 **제목 : 데이터 파이프라인**\n\n- 데이터\n',
    );
    expect(read.days[0]!.sessions.map((session) => session.title)).toEqual([
      '분산 시스템의 장애 대응',
      '테스트 자동화 이야기',
      'Fast Builds',
      '데이터 파이프라인',
    ]);
    // The line about the talk stays in its notes, the bold title goes to the speaker notes.
    const [first, second] = read.days[0]!.sessions;
    expect(first!.byline).toEqual(['**분산 시스템의 장애 대응**']);
    expect(first!.blocks[0]).toMatchObject({ kind: 'paragraph', markdown: '장애는 언제나 온다.' });
    expect(second!.blocks[0]).toMatchObject({ kind: 'list', items: [{ markdown: '테스트' }] });
  });

  it('leaves a bold first bullet that is the only one, and a bold line over notes under a titled heading', () => {
    expect(titles('## Session 2\n\n- **Caching matters**\n')).toEqual(['Session 2']);
    expect(titles('## Fast Builds\n\n**Caching matters**\nIt does.\n')).toEqual(['Fast Builds']);
  });
});
