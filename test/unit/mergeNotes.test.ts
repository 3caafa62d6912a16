import { describe, expect, it } from 'vitest';
import { mergeNotes } from '../../src/merge/mergeNotes.js';
import type { Block, Conference, Day, Section, Session } from '../../src/model/types.js';

// Small notes built inside each test, so each of mergeNotes' changed lines runs only the tests that reach it.
const paragraph = (markdown: string): Block => ({ kind: 'paragraph', line: 1, role: 'prose', markdown });
const talk = (title: string, blocks: Block[] = []): Session => ({
  title,
  heading: `### ${title}`,
  speakers: [],
  file: 'notes.md',
  line: 3,
  group: null,
  byline: [],
  blocks,
});
const day = (title: string | null, sessions: Session[], intro: Block[] = []): Day => ({
  title: title ?? '',
  heading: title === null ? null : `## ${title}`,
  line: title === null ? null : 2,
  intro,
  sessions,
});
const notes = (file: string, fields: Partial<Conference> = {}): Conference => ({
  title: 'KubeCon Europe',
  date: null,
  authors: [],
  files: [file],
  intro: [],
  days: [day('Day 1', [talk('Opening Keynote')])],
  extras: [],
  warnings: [],
  ...fields,
});
const section = (title: string, blocks: Block[]): Section => ({
  title,
  heading: `## ${title}`,
  line: 9,
  kind: 'notes',
  placement: 'closing',
  blocks,
});
const messages = (conference: Conference) =>
  conference.warnings.map((warning) => `${warning.file}: ${warning.message}`);

describe('mergeNotes, one person or none', () => {
  it('needs one notes file at least', () => {
    expect(() => mergeNotes([])).toThrow('mergeNotes needs at least one conference');
  });

  it("returns one person's notes as they are, authored as their front matter says, not by their file name", () => {
    const alone = notes('carol.md');
    const merged = mergeNotes([alone]);
    expect(merged).toEqual({ ...alone, authors: [] });
    expect(
      mergeNotes([notes('carol.md', { authors: ['carol'] })], { displayNames: { Carol: 'Carol Ng' } }).authors,
    ).toEqual(['Carol Ng']);
  });
});

describe('mergeNotes, title and date', () => {
  it('takes the title the notes agree on and warns of one that differs, naming its file', () => {
    const merged = mergeNotes([
      notes('a.md', { title: 'KubeCon Europe 2024' }),
      notes('b.md', { title: 'kubecon europe 2024!' }),
      notes('c.md', { title: 'Notes from Paris' }),
    ]);
    expect(merged.title).toBe('KubeCon Europe 2024');
    expect(messages(merged)).toEqual([
      'c.md: Conference title "Notes from Paris" differs from the one the notes agree on; using "KubeCon Europe 2024"',
    ]);
  });

  it('leaves out a title made from a file named after a person, unless every title is; the year helps decide', () => {
    const merged = mergeNotes([
      notes('marta-vidal.md', { title: 'marta vidal' }),
      notes('b.md', { title: 'DevConf 2023', date: '2023-06-14' }),
    ]);
    expect(merged.title).toBe('DevConf 2023');
    expect(messages(merged)).toEqual([]);
    const people = mergeNotes([
      notes('marta-vidal.md', { title: 'marta vidal' }),
      notes('ben-okafor.md', { title: 'ben okafor' }),
    ]);
    expect(people.title).toBe('marta vidal');
    // The same file name with a title of its own keeps its title in the vote.
    const titled = mergeNotes([notes('marta-vidal.md', { title: 'DevConf' }), notes('b.md', { title: 'PyCon' })]);
    expect(messages(titled)).toEqual([
      'b.md: Conference title "PyCon" differs from the one the notes agree on; using "DevConf"',
    ]);
  });

  it("votes without a person's name, with every other title, and with the notes' year", () => {
    expect(
      mergeNotes([notes('marta-vidal.md', { title: 'marta vidal' }), notes('b.md', { title: 'PyCon' })]).title,
    ).toBe('PyCon');
    // A title made from a file name that names no person ("04-kubecon-day2.md") is a title all the same.
    expect(
      mergeNotes([notes('04-kubecon-day2.md', { title: 'kubecon day2' }), notes('b.md', { title: 'PyCon' })]).title,
    ).toBe('kubecon day2');
    const years = mergeNotes([
      notes('a.md', { title: 'DevConf 2023' }),
      notes('b.md', { title: 'DevConf 2022', date: '2022-06-14' }),
    ]);
    expect(years.title).toBe('DevConf 2022');
  });

  it('takes the earliest date and warns of each later one, naming the file of the earliest', () => {
    const merged = mergeNotes([
      notes('a.md', { date: '2024-03-21' }),
      notes('b.md', { date: '2024-03-20' }),
      notes('c.md'),
      notes('d.md', { date: '2024-03-20' }),
    ]);
    expect(merged.date).toBe('2024-03-20');
    expect(messages(merged)).toEqual([
      'a.md: Conference date 2024-03-21 differs from 2024-03-20 (b.md); using 2024-03-20, the earliest',
    ]);
    expect(mergeNotes([notes('a.md'), notes('b.md')]).date).toBeNull();
  });

  it("takes the first day's date when the day headings name an earlier one in the notes' year", () => {
    const written = (title: string) =>
      notes('a.md', { date: '2024-05-24', days: [day(title, [talk('Opening Keynote')])] });
    expect(mergeNotes([written('21 May'), notes('b.md', { days: [] })]).date).toBe('2024-05-21');
    expect(mergeNotes([written('21 May 2024'), notes('b.md', { days: [] })]).date).toBe('2024-05-21');
    // Another year's day, a later day, or a day with no date leaves the notes' date.
    expect(mergeNotes([written('21 May 2023'), notes('b.md', { days: [] })]).date).toBe('2024-05-24');
    expect(mergeNotes([written('25 May'), notes('b.md', { days: [] })]).date).toBe('2024-05-24');
    expect(mergeNotes([written('Day 1'), notes('b.md', { days: [] })]).date).toBe('2024-05-24');
  });
});

describe('mergeNotes, days', () => {
  it('names a day by the heading that gives a date, keeps the first heading and line, and combines the intros', () => {
    const merged = mergeNotes([
      notes('a.md', {
        authors: ['Ann'],
        days: [day('Day 1', [talk('Opening Keynote')], [paragraph('Rainy morning.')])],
      }),
      notes('b.md', {
        authors: ['Bo'],
        days: [day('Monday 18 May', [talk('Opening keynote')], [paragraph('Coffee first.')])],
      }),
    ]);
    expect(merged.days.map(({ title, heading, line }) => ({ title, heading, line }))).toEqual([
      { title: 'Monday 18 May', heading: '## Day 1', line: 2 },
    ]);
    expect(merged.days[0]!.intro.map((block) => (block.kind === 'paragraph' ? block.markdown : block.kind))).toEqual([
      'Rainy morning.',
      'Coffee first.',
    ]);
    // Those intros are the day's, not the notes'.
    expect(merged.intro).toEqual([]);
    expect(merged.days[0]!.sessions.map((session) => [session.title, session.notedBy])).toEqual([
      ['Opening Keynote', ['Ann', 'Bo']],
    ]);
  });

  it('gives a day heading written in lower case capitals, and leaves one with a capital as it is', () => {
    const titles = (title: string) =>
      mergeNotes([notes('a.md', { days: [day(title, [talk('Opening Keynote')])] }), notes('b.md')]).days.map(
        (merged) => merged.title,
      );
    expect(titles('tues 21 may')).toEqual(['Tues 21 May']);
    expect(titles('tues 21 May')).toEqual(['tues 21 May']);
    expect(titles('day one')).toEqual(['Day One']);
  });

  it('shows talks no day was found for under their author, or their file, and warns', () => {
    const merged = mergeNotes([
      notes('a.md'),
      notes('b.md', { authors: ['Ann', 'Bo'], days: [day(null, [talk('Alpha Talk'), talk('Beta Talk')])] }),
      notes('c.md', { days: [day(null, [talk('Gamma Talk')])] }),
    ]);
    expect(merged.days.map(({ title, heading, line }) => ({ title, heading, line }))).toEqual([
      { title: 'Day 1', heading: '## Day 1', line: 2 },
      { title: 'Talks noted by Ann, Bo', heading: null, line: null },
      { title: 'Talks noted by c.md', heading: null, line: null },
    ]);
    expect(messages(merged)).toEqual([
      'b.md: No day found for 2 talks in these notes; they are shown under "Talks noted by Ann, Bo"',
      'c.md: No day found for 1 talk in these notes; they are shown under "Talks noted by c.md"',
    ]);
  });

  it('names the one day of notes without days after the conference, with no warning', () => {
    const merged = mergeNotes([
      notes('a.md', { days: [day(null, [talk('Alpha Talk')])] }),
      notes('b.md', { days: [day(null, [talk('Beta Talk')])] }),
    ]);
    expect(merged.days.map(({ title, heading }) => ({ title, heading }))).toEqual([
      { title: 'KubeCon Europe', heading: null },
    ]);
    expect(merged.warnings).toEqual([]);
  });
});

describe('mergeNotes, the rest', () => {
  it("keeps every file's warnings first, then its own; every author once; every file", () => {
    const merged = mergeNotes([
      notes('a.md', { authors: ['Ann'], warnings: [{ file: 'a.md', line: 4, message: 'Odd list' }] }),
      notes('b.md', { authors: ['Ann', 'Bo'], title: 'Other' }),
    ]);
    expect(merged.warnings[0]).toEqual({ file: 'a.md', line: 4, message: 'Odd list' });
    expect(merged.warnings[1]).toMatchObject({ file: 'b.md', line: null });
    expect(merged.authors).toEqual(['Ann', 'Bo']);
    expect(merged.files).toEqual(['a.md', 'b.md']);
  });

  it("names authors by their display names and files by a person's name", () => {
    const merged = mergeNotes([notes('notes/carol.md'), notes('b.md', { authors: ['dave'] })], {
      displayNames: { dave: 'Dave Ito' },
    });
    expect(merged.authors).toEqual(['Carol', 'Dave Ito']);
    expect(merged.days[0]!.sessions[0]!.notedBy).toEqual(['Carol', 'Dave Ito']);
  });

  it("combines the notes' intros with those of days that are no day headings", () => {
    const merged = mergeNotes([
      notes('a.md', { intro: [paragraph('Travelled by train.')] }),
      notes('b.md', {
        intro: [paragraph('First time here.')],
        days: [day(null, [talk('Opening keynote')], [paragraph('Badge pickup was slow.')])],
      }),
    ]);
    expect(merged.intro.map((block) => (block.kind === 'paragraph' ? block.markdown : block.kind))).toEqual([
      'Travelled by train.',
      'First time here.',
      'Badge pickup was slow.',
    ]);
  });

  it('makes closing sections of the same title one, keeping the others and leaving the notes unchanged', () => {
    const first = section('Things to look into', [paragraph('Linkerd')]);
    const merged = mergeNotes([
      notes('a.md', { extras: [first] }),
      notes('b.md', { extras: [section('things to look into!', [paragraph('Cilium')]), section('Summary', [])] }),
    ]);
    expect(
      merged.extras.map((extra) => [
        extra.title,
        extra.blocks.map((block) => (block as { markdown: string }).markdown),
      ]),
    ).toEqual([
      ['Things to look into', ['Linkerd', 'Cilium']],
      ['Summary', []],
    ]);
    expect(first.blocks).toEqual([paragraph('Linkerd')]);
  });
});
