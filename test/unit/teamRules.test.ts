import { describe, expect, it } from 'vitest';
import { agreedTitle } from '../../src/merge/agreedTitle.js';
import { dayHeadings } from '../../src/merge/dayHeadings.js';
import { dayKey } from '../../src/merge/dayKey.js';
import { mergeNotes } from '../../src/merge/mergeNotes.js';
import { nameFromFileName } from '../../src/merge/nameFromFileName.js';
import { noteAuthors } from '../../src/merge/noteAuthors.js';
import { sameDay } from '../../src/merge/sameDay.js';
import { SAME_SPEAKER, sameSpeakerName, sameSpeakers } from '../../src/merge/speakerSimilarity.js';
import { talkTitleSimilarity, titleKeys } from '../../src/merge/talkTitleSimilarity.js';
import { textSimilarity } from '../../src/merge/textSimilarity.js';
import { titleKey } from '../../src/merge/titleKey.js';
import { SAME_TITLE, titleSimilarity } from '../../src/merge/titleSimilarity.js';
import { buildConference } from '../../src/model/buildConference.js';
import type { Conference } from '../../src/model/types.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

const notes = (text: string, file: string): Conference => buildConference(parseNotes(text, file));
const sameTalk = (a: string, b: string) => talkTitleSimilarity(a, b) >= SAME_TITLE;
const titles = (conference: Conference) =>
  conference.days.map((day) => [day.title, day.sessions.map((session) => [session.title, session.notedBy])]);

describe('talk titles written in a hurry', () => {
  it('spell out short forms: prom, k8s, kube, w/, w/o, &', () => {
    expect(titleKey('scaling prom w/ thanos')).toBe('scaling prometheus with thanos');
    expect(titleKey('Resize pods w/o disruption')).toBe('resize pods without disruption');
    expect(titleKey('K8s & kube: metrics + logs')).toBe('kubernetes and kubernetes metrics and logs');
    expect(titleKey('Sponsored Keynote: Democratizing Service Mesh')).toBe('democratizing service mesh');
    // Not inside words: "promise", "wow/o".
    expect(titleKey('Promises w/out waiting')).toBe('promises with out waiting');
  });

  it('match without a short tail after " - " or in brackets', () => {
    expect(sameTalk('Scaling Prometheus with Thanos', 'scaling prom w/ thanos - lessons')).toBe(true);
    expect(sameTalk('Keynote: Kubernetes Project Update', 'K8S project update (janet kuo)')).toBe(true);
    expect(sameTalk('Keynote: Opening Remarks', 'opening remarks - bryan liles')).toBe(true);
    // A tail of three words at most, a head of two words at least.
    expect(titleKeys('Scaling Thanos - what we learned')).toEqual(['scaling thanos what we learned', 'scaling thanos']);
    expect(titleKeys('Scaling Thanos - what we learned there')).toEqual(['scaling thanos what we learned there']);
    expect(titleKeys('Scaling Thanos (what we learned)')).toEqual(['scaling thanos what we learned', 'scaling thanos']);
    expect(titleKeys("Kubernetes - Don't Stop")).toEqual(['kubernetes don t stop']);
    expect(sameTalk('Kubernetes - the hard way', "Kubernetes - Don't Stop Believin'")).toBe(false);
  });

  it('match by the words they share (2 × shared / all) from 0.85 up, in any order', () => {
    expect(SAME_TITLE).toBe(0.85);
    // 6 of 7 words each: 12/14 ≈ 0.857, just inside.
    const inside = titleSimilarity(
      titleKey('Cost control for observability pipelines: metrics, traces, logs'),
      titleKey('Logs, traces, metrics: cost control and observability budgets'),
    );
    expect(inside).toBe(12 / 14);
    // 5 of 6 words each: 10/12 ≈ 0.833, just outside.
    const outside = titleSimilarity(
      titleKey('Cost control for observability pipelines: metrics, traces'),
      titleKey('Traces, metrics: cost control and observability budgets'),
    );
    expect(outside).toBe(10 / 12);
    expect(inside).toBeGreaterThanOrEqual(SAME_TITLE);
    expect(outside).toBeLessThan(SAME_TITLE);
    expect(sameTalk('Deep Dive: Linkerd', 'linkerd deep dive - Oliver Gould')).toBe(true);
    // Shared words never make talks whose numbers differ one talk.
    expect(titleSimilarity('scaling ci part 1 in depth', 'scaling ci part 2 in depth')).toBe(0);
  });
});

describe('titleKey', () => {
  it('drops a label only at the start, written as people write it', () => {
    for (const [title, key] of [
      ['Opening Keynote: Cloud costs', 'cloud costs'],
      ['Sponsored  Keynote: Cloud costs', 'cloud costs'],
      ['Closing  Keynote: Cloud costs', 'cloud costs'],
      ['Keynote – Cloud costs', 'cloud costs'],
      ['Keynote:Cloud costs', 'cloud costs'],
      ['Talk  3: Cloud costs', 'cloud costs'],
      ['Talk 12: Cloud costs', 'cloud costs'],
      ['Talk 3 : Cloud costs', 'cloud costs'],
      ['**Keynote:** Cloud costs', 'cloud costs'],
      ['10:30 – Keynote: Cloud costs', 'cloud costs'],
      // The time's marks and brackets go with it, a separator after it or none.
      ['**10:30** – Keynote: Cloud costs', 'cloud costs'],
      ['(10:30) Keynote: Cloud costs', 'cloud costs'],
      ['10:30 –Keynote: Cloud costs', 'cloud costs'],
      ['Opening  Keynote: Cloud costs', 'cloud costs'],
      ['[10:30] Talk 3: Cloud costs', 'cloud costs'],
      ['Kubernetes Workshop: hands on', 'kubernetes workshop hands on'],
      ['Smalltalk: the language', 'smalltalk the language'],
      ['Keynote Cloud costs', 'keynote cloud costs'],
    ])
      expect(titleKey(title!), title).toBe(key);
  });
});

describe('speaker names', () => {
  it('are one person from 0.85 alike (edit distance over length) up', () => {
    expect(SAME_SPEAKER).toBe(0.85);
    expect(sameSpeakerName('Kelsey Hightower', 'Kelsy Hightower')).toBe(true);
    // 2 edits in 15 characters ≈ 0.867, just inside; 2 in 13 ≈ 0.846, just outside.
    expect(textSimilarity('rob skillington', 'bob skilington')).toBeCloseTo(13 / 15);
    expect(sameSpeakerName('Rob Skillington', 'Bob Skilington')).toBe(true);
    expect(textSimilarity('bryan boreham', 'brian borham')).toBeCloseTo(11 / 13);
    expect(sameSpeakerName('Bryan Boreham', 'Brian Borham')).toBe(false);
    expect(sameSpeakerName('Karol Gołąb', 'karol golab')).toBe(true);
    // 3 edits in 20 characters: 0.85 exactly, the bar itself.
    expect(textSimilarity('maria del mar garcia', 'mario dal mar garsia')).toBe(SAME_SPEAKER);
    expect(sameSpeakerName('María del Mar García', 'Mario dal Mar Garsia')).toBe(true);
  });

  it('are the same speakers only when every one of them matches one of the other', () => {
    expect(sameSpeakers(['Tom Wilkie', 'Frederic Branczyk'], ['Frederic Brancyzk', 'Tom Wilkie'])).toBe(true);
    expect(sameSpeakers(['Tom Wilkie'], ['Tom Wilkie', 'Frederic Branczyk'])).toBe(false);
    expect(sameSpeakers(['Tom Wilkie', 'Tom Wilkie'], ['Tom Wilkie', 'Bryan Boreham'])).toBe(false);
    // A name matched is used up, wherever it stands in the other list.
    expect(sameSpeakers(['Tom Wilkie', 'Tom Wilkie'], ['Bryan Boreham', 'Tom Wilkie'])).toBe(false);
    expect(sameSpeakers(['Tom Wilkie', 'Ann Lee'], ['Tom Wilkie', 'Bryan Boreham'])).toBe(false);
    expect(sameSpeakers([], [])).toBe(false);
  });

  it("join a talk whose title differs and whose speaker is misspelt, while the same speaker's other talk stays apart", () => {
    const ann = notes(
      '## Day 1\n\n### Opening Remarks - Kelsey Hightower\n\n- a\n\n### Serverless is a Trap - Kelsey Hightower\n\n- b\n',
      'ann.md',
    );
    const ben = notes(
      '## Day 1\n\n### Welcome to the conference - Kelsy Hightower\n\n- c\n\n### serverless is a trap - Kelsy Hightower\n\n- d\n',
      'ben.md',
    );
    expect(titles(mergeNotes([ann, ben]))).toEqual([
      [
        'Day 1',
        [
          ['Opening Remarks', ['Ann', 'Ben']],
          ['Serverless is a Trap', ['Ann', 'Ben']],
        ],
      ],
    ]);
    expect(mergeNotes([ann, ben]).days[0]!.sessions[0]!.speakers).toEqual([{ name: 'Kelsey Hightower', org: null }]);
  });

  it('keep the other title in the speaker notes, without a name when the notes have no author', () => {
    const ann = notes('## Tuesday\n\n### Democratizing Service Mesh - Gabe Monroy\n\n- a\n', 'ann.md');
    const other = notes(
      '## Keynote\n\n### Talk 1: Service meshes for all - Gabe Monroy\n* b\n\n### Talk 2: Cheryl Hung: 2.66 Million\n* c\n',
      '04-kubecon-day2.md',
    );
    const [mesh] = mergeNotes([ann, other]).days[0]!.sessions;
    expect(mesh!.notedBy).toEqual(['Ann']);
    expect(mesh!.blocks).toContainEqual(
      expect.objectContaining({ role: 'prose', markdown: 'Also noted as “Service meshes for all”.' }),
    );
  });

  it("match a talk noted by its speaker's name only", () => {
    const ann = notes(
      '## Tuesday\n\n### Stitching Things Together - Dan Kohn\n\n- a\n\n### Network, Please Evolve - Vijoy Pandey, Cisco\n\n- b\n',
      'ann.md',
    );
    // As in file 04 of the corpus: "Talk 4: Vijay Pandey" is the talk's whole heading.
    const ben = notes(
      '## Keynote\n\n### Talk 1: Dan Kohn - Stitching things together\n* c\n\n### Talk 2: Cheryl Hung: 2.66 Million\n* d\n\n### Talk 4: Vijay Pandey\n* e\n',
      'ben.md',
    );
    expect(titles(mergeNotes([ann, ben]))).toEqual([
      [
        'Tuesday',
        [
          ['Stitching Things Together', ['Ann', 'Ben']],
          ['2.66 Million', ['Ben']],
          ['Network, Please Evolve', ['Ann', 'Ben']],
        ],
      ],
    ]);
  });
});

describe('days', () => {
  it('read a weekday, written in full or short, and line weekdays up', () => {
    expect(
      ['Sunday', 'mon', 'Tues 21 May', 'wed 22nd may', 'Thurs', 'Thu', 'Friday', 'sat'].map(
        (title) => dayKey(title).weekday,
      ),
    ).toEqual([0, 1, 2, 3, 4, 4, 5, 6]);
    expect(['Monitoring', 'Sunset talks', 'Wedding', 'Keynote'].map((title) => dayKey(title).weekday)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(sameDay(dayKey('Tuesday'), dayKey('tues 21 may'))).toBe('same');
    expect(sameDay(dayKey('Tuesday'), dayKey('Wednesday'))).toBe('different');
  });

  it('are headings only in notes where one names a day; "Keynote", "Talks" only group talks', () => {
    const grouped = notes(
      '## Keynote\n\n### Talk 1: Ann Lee - Welcome\n\n- a\n\n## Talks\n\n### Scaling Postgres\n\n- b\n',
      'x.md',
    );
    const dated = notes(
      '## Replays\n\n### Scaling Postgres\n\n- b\n\n## Tuesday\n\n### Welcome - Ann Lee\n\n- c\n',
      'y.md',
    );
    expect(dayHeadings(grouped)).toEqual([]);
    expect(dayHeadings(dated).map((day) => day.title)).toEqual(['Replays', 'Tuesday']);
    // A day no heading opened (talks before any day heading) names no day, whatever its title says.
    const unheaded = { ...dated, days: [dated.days[0]!, { ...dated.days[1]!, line: null }] };
    expect(dayHeadings(unheaded)).toEqual([]);
  });

  it('take the talks of notes whose headings name no day to the days of the talks they share', () => {
    const ann = notes(
      '## Tuesday\n\n### Welcome - Ann Lee\n\n- a\n\n### Scaling Postgres\n\n- b\n\n## Wednesday\n\n### Zero Trust Networking\n\n- c\n',
      'ann.md',
    );
    const ben = notes(
      '## Morning keynotes\n\n### Welcome - Ann Lee\n\n- d\n\n## Talks\n\n### Scaling postgres\n\n- e\n\n### Hallway track\n\n- f\n\n## Evening keynotes\n\n### Zero trust networking\n\n- g\n',
      'ben.md',
    );
    expect(titles(mergeNotes([ann, ben]))).toEqual([
      [
        'Tuesday',
        [
          ['Welcome', ['Ann', 'Ben']],
          ['Scaling Postgres', ['Ann', 'Ben']],
          ['Hallway track', ['Ben']],
        ],
      ],
      ['Wednesday', [['Zero Trust Networking', ['Ann', 'Ben']]]],
    ]);
  });

  it('take the capitals a day title written in lower case lacks', () => {
    const ann = notes(
      '# tues 21 may\n\n## Welcome - Ann Lee\n\n- a\n\n# wed 22nd may\n\n## Closing - Ann Lee\n\n- b\n',
      'ann.md',
    );
    const ben = notes(
      '## Tuesday\n\n### Welcome - Ann Lee\n\n- c\n\n## Wednesday, May 22\n\n### Closing - Ann Lee\n\n- d\n',
      'ben.md',
    );
    expect(mergeNotes([ann, ben]).days.map((day) => day.title)).toEqual(['Tues 21 May', 'Wed 22nd May']);
  });
});

describe("the team recap's date", () => {
  it("is the first day's when the day headings name an earlier date than the notes (a post written after)", () => {
    const ann = notes(
      '---\ndate: 2019-05-24\n---\n\n## Tuesday\n\n### Welcome - Ann Lee\n\n- a\n\n## Wednesday\n\n### Closing - Ann Lee\n\n- b\n',
      'ann.md',
    );
    const ben = notes(
      '# tues 21 may\n\n## Welcome - Ann Lee\n\n- c\n\n# wed 22nd may\n\n## Closing - Ann Lee\n\n- d\n',
      'ben.md',
    );
    expect(mergeNotes([ann, ben]).date).toBe('2019-05-21');
    // A day in another year, or notes without a date, change nothing.
    const other = notes('## 20 May 2018\n\n### Welcome - Ann Lee\n\n- e\n', 'cat.md');
    expect(mergeNotes([ann, other]).date).toBe('2019-05-24');
    expect(mergeNotes([ben, notes('## Tuesday\n\n### Welcome - Ann Lee\n\n- f\n', 'dan.md')]).date).toBeNull();
  });
});

describe('nameFromFileName', () => {
  it("reads one to three words of letters as a person's name", () => {
    expect(nameFromFileName('alice')).toBe('Alice');
    expect(nameFromFileName('jane-roe')).toBe('Jane Roe');
    expect(nameFromFileName('Mary_Ann_Lee')).toBe('Mary Ann Lee');
    expect(nameFromFileName('bob_notes')).toBe('Bob');
    expect(nameFromFileName('bob-note')).toBe('Bob');
    expect(nameFromFileName("o'brien")).toBe("O'brien");
  });

  it('never reads a file named after the notes as a name', () => {
    for (const stem of [
      '04-kubecon-eu-2019-day2-talkN',
      'README',
      'notes',
      'kubecon-notes',
      'day-one',
      'team',
      'talkN',
      'a',
      'anna-bea-cleo-dana',
      'x2',
      'KUBECON',
    ])
      expect(nameFromFileName(stem), stem).toBeNull();
  });

  it('never reads a word notes are named after as a name, in either case', () => {
    // Each reads as a name by its letters alone: one word of lower case letters.
    for (const word of ['readme', 'index', 'team', 'recap', 'summary', 'draft', 'talks', 'talk', 'day', 'days']
      .concat(['keynote', 'keynotes', 'conference', 'conf', 'meetup', 'kubecon', 'session', 'sessions', 'todo'])
      .concat(['misc', 'untitled', 'new', 'my', 'and', 'the'])) {
      expect(nameFromFileName(word), word).toBeNull();
      expect(nameFromFileName(`ann-${word[0]!.toUpperCase()}${word.slice(1)}`), word).toBeNull();
    }
    expect(nameFromFileName('ann-lee-roe')).toBe('Ann Lee Roe');
    expect(nameFromFileName('ann-lee-roe-kay')).toBeNull();
    expect(nameFromFileName('al')).toBe('Al');
    expect(nameFromFileName('ann lee.roe')).toBe('Ann Lee Roe');
    expect(nameFromFileName('-ann-notes-')).toBe('Ann');
    for (const stem of ['AnnLee', 'ann2', 'a-lee']) expect(nameFromFileName(stem), stem).toBeNull();
  });

  it('names the notes in a team recap, and no one when the file name is no name', () => {
    expect(noteAuthors(notes('## Talk\n\n- a\n', 'notes/04-kubecon-eu-2019-day2-talkN.md'), {}, true)).toEqual([]);
    expect(noteAuthors(notes('## Talk\n\n- a\n', 'notes/jane-roe.md'), {}, true)).toEqual(['Jane Roe']);
    expect(noteAuthors(notes('## Talk\n\n- a\n', 'notes/day-one.md'), { 'day-one': 'Priya' }, true)).toEqual(['Priya']);
  });
});

describe('agreedTitle', () => {
  it('takes the title that holds the agreed words when they are only numbers', () => {
    // "2019" is agreed (one title and the notes' year) but names no conference; "KubeConEurope 2019" holds it.
    expect(agreedTitle(['KubeCon - Other Cool Things', 'KubeConEurope 2019', 'marta vidal'], 2019)).toBe(
      'KubeConEurope 2019',
    );
    // Words with letters among them: the agreed words, as before.
    expect(agreedTitle(['KubeCon - Other Cool Things', 'KubeCon EU 2019', 'marta vidal'], 2019)).toBe('KubeCon 2019');
  });
  it('takes the title most notes give', () => {
    expect(agreedTitle(['KubeCon EU 2019', 'My KubeCon', 'kubecon  EU 2019!'])).toBe('KubeCon EU 2019');
    // Two notes are enough, wherever they stand, though the shared words would spell it otherwise.
    expect(agreedTitle(['pycon 2024', 'PyCon US', 'PYCON US 2024', 'PyCon US'])).toBe('PyCon US');
    expect(agreedTitle(['PyCon US', 'PYCON US 2024', 'pycon us', 'PyCon 2024'])).toBe('PyCon US');
  });

  it('not a title as many notes give as another: then the words they share', () => {
    expect(agreedTitle(['Rust Conf', 'Rust Conf', 'Rust Conf Montreal', 'Rust Conf Montreal'])).toBe(
      'Rust Conf Montreal',
    );
  });

  it('else the words at least half the notes share, each with the most capitals written', () => {
    expect(
      agreedTitle([
        'KubeCon - Other Cool Things',
        'kubecon eu 2019 day2 talkN',
        'KubeCon EU 2019 Barcelona — my notes',
      ]),
    ).toBe('KubeCon EU 2019');
    expect(agreedTitle(['KubeCon - Other Cool Things', 'kubecon eu 2019 day2 talkN'], 2019)).toBe('KubeCon 2019');
    expect(agreedTitle(['KubeCon - Other Cool Things', 'kubecon eu 2019 day2 talkN'])).toBe('KubeCon');
  });

  it('needs a word in at least half the notes: 3 of 5, not 2', () => {
    expect(agreedTitle(['KubeCon EU', 'KubeCon EU', 'kubecon', 'kubecon', 'Barcelona'])).toBe('KubeCon');
    expect(agreedTitle(['KubeCon EU', 'KubeCon EU', 'kubecon eu', 'kubecon', 'Barcelona'])).toBe('KubeCon EU');
  });

  it('orders the agreed words as the first title holding most of them, each as first written among equals', () => {
    expect(agreedTitle(['Rust Summit Tokyo', 'Tokyo Rust Summit'])).toBe('Rust Summit Tokyo');
    expect(agreedTitle(['Tokyo Rust Summit', 'Rust Summit Tokyo'])).toBe('Tokyo Rust Summit');
    // "Rustconf" and "rustConf" have a capital each: the first written wins.
    expect(agreedTitle(['Rustconf Tokyo', 'rustConf tokyo 2024', 'Osaka'])).toBe('Rustconf Tokyo');
  });

  it('agrees on a word written with an inner mark as on any other', () => {
    expect(agreedTitle(['Node.js Interactive 2019', 'node.js interactive'])).toBe('Node.js Interactive');
    expect(agreedTitle(["O'Reilly Velocity 2019", 'o’reilly velocity', 'Other'])).toBe("O'Reilly Velocity");
    expect(agreedTitle(["Rencontres d'Été 2024", "rencontres d'été — mes notes"])).toBe("Rencontres d'Été");
    // Half of it in another note is not the word.
    expect(agreedTitle(['Node.js Interactive', 'Node Interactive 2019'])).toBe('Node Interactive');
  });

  it('leaves out the words that name a post or a file, not the conference', () => {
    for (const word of ['my', 'notes', 'note', 'recap', 'summary', 'thoughts', 'day', 'days', 'talks', 'part'])
      expect(agreedTitle([`KubeCon ${word} alpha`, `kubecon ${word} beta`]), word).toBe('KubeCon');
  });

  it('else the first title', () => {
    expect(agreedTitle(['RustConf', 'PyCon US'])).toBe('RustConf');
    expect(agreedTitle(['Only one'])).toBe('Only one');
    expect(() => agreedTitle([])).toThrow('agreedTitle needs at least one title');
  });
});
