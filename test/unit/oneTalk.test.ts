import type { List, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import {
  BYLINE_UNDER_TITLE,
  CLOSING_PART,
  cleanFileNameTitle,
  EVENT_KEY,
  ONE_TALK_EVIDENCE,
  OPENING_PART,
  OUTLINE_NUMBERS,
  type OneTalkInput,
  oneTalkConfidence,
  readOneTalk,
  SPEAKER_KEY,
  SURE_ONE_TALK,
  TABLE_OF_CONTENTS,
} from '../../src/model/oneTalk.js';
import type { OutlineSection } from '../../src/model/outline.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

function build(text: string, file = 'notes.md') {
  return buildConference(parseNotes(text, file));
}

/** The talks read, each as `Title — Speaker & Speaker`. */
function talks(text: string, file?: string): string[] {
  return build(text, file).days.flatMap((day) =>
    day.sessions.map((session) =>
      [session.title, session.speakers.map((speaker) => speaker.name).join(' & ')].filter(Boolean).join(' — '),
    ),
  );
}

describe('notes of one talk', () => {
  it('pins the weights', () => {
    expect([SPEAKER_KEY, EVENT_KEY, OPENING_PART, CLOSING_PART, OUTLINE_NUMBERS, TABLE_OF_CONTENTS]).toEqual([
      2, 0.5, 1, 0.5, 1, 0.5,
    ]);
    expect([ONE_TALK_EVIDENCE, SURE_ONE_TALK]).toEqual([2, 4]);
    expect([oneTalkConfidence(2), oneTalkConfidence(3.5), oneTalkConfidence(5)]).toEqual([0.5, 0.88, 1]);
  });

  it('reads an Obsidian note with a speaker key as one talk, named by its conference and year (French)', () => {
    const text = [
      '---',
      'conference: Devoxx FR',
      'title: Les tests de mutation en pratique',
      'speaker: Jeanne Dupont et Paul Martin',
      'date: 2024-04-17',
      '---',
      '# Introduction',
      'Pourquoi tester les tests.',
      '# Outils',
      '- PIT',
      '- Stryker',
      '# Démo',
      'Une démo en direct.',
    ].join('\n');
    const conference = build(text);
    expect(conference.title).toBe('Devoxx FR 2024');
    expect(talks(text)).toEqual(['Les tests de mutation en pratique — Jeanne Dupont & Paul Martin']);
    // Speaker key 2, event key 0.5, Introduction 1.
    expect(conference.structure).toMatchObject({ days: null, talks: 'file', confidence: 0.88 });
  });

  it('takes a speaker key alone as enough (English), the sections its parts', () => {
    const text = [
      '---',
      'title: Scaling Postgres',
      'speakers: [Jane Roe, John Doe]',
      '---',
      '## Partitioning',
      'Notes.',
      '## Vacuum',
      'More notes.',
    ].join('\n');
    expect(talks(text)).toEqual(['Scaling Postgres — Jane Roe & John Doe']);
    expect(build(text).title).toBe('Scaling Postgres');
    expect(build(text).structure.confidence).toBe(0.5);
    const blocks = build(text).days[0]!.sessions[0]!.blocks;
    expect(blocks.map((block) => block.line)).toContain(5);
  });

  it('keeps a conference name that has its year', () => {
    const text =
      '---\nevent: PyCon DE 2023\ntitle: Typing\npresenter: Jane Roe\ndate: 2023-04-17\n---\n## A\nx\n## B\ny\n';
    expect(build(text).title).toBe('PyCon DE 2023');
  });

  it('reads a talk header of @ directives: the author is the speaker, not the note taker', () => {
    const text = [
      '@title Verteilte Systeme verstehen',
      '@author Jane Roe',
      '',
      '# Einleitung',
      'Text.',
      '# Modelle',
      'Text.',
      '# Fragen',
      'Text.',
    ].join('\n');
    const conference = build(text);
    expect(talks(text)).toEqual(['Verteilte Systeme verstehen — Jane Roe']);
    expect(conference.authors).toEqual([]);
    // Speaker 2, Einleitung 1, Fragen 0.5.
    expect(conference.structure.confidence).toBe(0.88);
  });

  it('reads sections numbered from 0 under an opening part as one talk titled by the file-name heading', () => {
    const text = [
      '20160614_Nomad_Scheduler',
      '------------------------',
      '',
      '- [0 - Intro](#0---intro)',
      '- [1 - Fault tolerance](#1---fault-tolerance)',
      '',
      '# 0 - Intro',
      'Why schedule.',
      '# 1 - Fault tolerance',
      'Retries.',
    ].join('\n');
    const conference = build(text);
    expect(talks(text)).toEqual(['Nomad Scheduler']);
    // Outline 1, Intro 1, table of contents 0.5.
    expect(conference.structure.confidence).toBe(0.63);
    // The table of contents opens the notes; the heading as written goes with the talk.
    expect(conference.intro.map((block) => block.kind)).toEqual(['list']);
    expect(conference.days[0]!.sessions[0]!.heading).toBe('20160614_Nomad_Scheduler');
  });

  it('reads parts numbered under their section (1 over 1.1) beside an opening part (Japanese)', () => {
    const text = '# 分散トレーシング\n\n## 1. はじめに\n\n### 1.1 背景\nx\n\n## 2. 実装\ny\n';
    expect(talks(text)).toEqual(['分散トレーシング']);
  });

  it('does not take an opening and a closing part alone (1.5) as one talk', () => {
    const text = '# Intro\nWe went.\n# Kafka at scale\nNotes.\n# Serverless costs\nNotes.\n# Conclusion\nGood.\n';
    expect(build(text).structure.talks).not.toBe('file');
    expect(talks(text).length).toBeGreaterThan(1);
  });

  it('does not take numbers from 1 alone as an outline: numbered talks are common', () => {
    const text = '# Intro\nx\n# 1. Kafka at scale\nx\n# 2. Serverless costs\nx\n';
    expect(build(text).structure.talks).not.toBe('file');
  });

  it('gives way to a section that names a speaker, a time or a day, at any depth', () => {
    const head = '---\ntitle: Notes\nspeaker: Jane Roe\n---\n';
    expect(build(`${head}# Intro\nx\n# Kafka - John Doe\nx\n`).structure.talks).not.toBe('file');
    expect(build(`${head}# Intro\nx\n# Part\n## 10:30 Kafka\nx\n`).structure.talks).not.toBe('file');
    expect(build(`${head}# Day 1\n## Kafka\nx\n## Go\ny\n`).structure.talks).not.toBe('file');
    expect(build(`${head}# Intro\nx\n# Day 2\n## Go\ny\n`).structure.talks).not.toBe('file');
    expect(build(`${head}# Intro\nx\n# Talk 2\nx\n`).structure.talks).not.toBe('file');
  });

  it('needs a title and a part', () => {
    expect(build('---\ntitle: T\nspeaker: Jane Roe\n---\n# Intro\nx\n# Outro\ny\n').structure.talks).toBe('file');
    expect(build('---\nspeaker: Jane Roe\n---\n# Intro\nx\n# Outro\ny\n').structure.talks).not.toBe('file');
    expect(build('---\nspeaker: Jane Roe\n---\nOnly prose.\n').structure.talks).not.toBe('file');
  });

  it('lets a structure in front matter overrule it', () => {
    const text = '---\ntitle: T\nspeaker: Jane Roe\nstructure: { talks: h2 }\n---\n## A\nx\n## B\ny\n';
    expect(talks(text)).toEqual(['A', 'B']);
  });
});

describe('cleanFileNameTitle', () => {
  it('drops a date prefix and reads underscores as spaces in a title written as a file name', () => {
    expect(cleanFileNameTitle('20160614_Nomad-ClusterScheduler')).toBe('Nomad-ClusterScheduler');
    expect(cleanFileNameTitle('2019-05-23_kafka_streams')).toBe('kafka streams');
    expect(cleanFileNameTitle('Rust_im_Alltag')).toBe('Rust im Alltag');
  });

  it('leaves a title with spaces, or one that is only a date, as written', () => {
    expect(cleanFileNameTitle('20160614_Nomad in 2016')).toBe('20160614_Nomad in 2016');
    expect(cleanFileNameTitle('20160614')).toBe('20160614');
    expect(cleanFileNameTitle('19991231-Y2K')).toBe('Y2K');
  });

  it('trims the title, drops only a leading date with all its separators, and reads runs of underscores as one space', () => {
    expect(cleanFileNameTitle('  Rust_im_Alltag ')).toBe('Rust im Alltag');
    expect(cleanFileNameTitle('Talk_20160614_Notes')).toBe('Talk 20160614 Notes');
    expect(cleanFileNameTitle('20160614--Nomad')).toBe('Nomad');
    expect(cleanFileNameTitle('Rust__im_Alltag_')).toBe('Rust im Alltag');
  });
});

/** A section of an outline, made by hand: a heading's text over a paragraph (no title heading), unless given. */
const section = (text: string, fields: Partial<OutlineSection> = {}): OutlineSection => ({
  heading: text,
  text,
  line: 1,
  rank: 2,
  content: [{ type: 'paragraph', children: [{ type: 'text', value: 'Notes.' }] }],
  body: [],
  children: [],
  ...fields,
});
const read = (fields: Partial<OneTalkInput>) =>
  readOneTalk({ frontMatter: {}, frontMatterKind: 'yaml', sections: [], titleSection: null, date: null, ...fields });
/** A talk's front matter: its title and its speaker (the speaker key alone is enough). */
const talkKeys = () => ({ title: 'Scaling Postgres', speaker: 'Jane Roe' });
/** The evidence of sections so named under a talk's front matter (its speaker key: 2), or null when they are no talk. */
const evidenceOf = (names: string[], frontMatter: Record<string, unknown> = talkKeys()) =>
  read({ frontMatter, sections: names.map((name) => section(name)) })?.evidence ?? null;
/** The first node of some Markdown. */
const nodeOf = (markdown: string): RootContent => parseNotes(markdown, 'notes.md').tree.children[0]!;
/** The evidence of a first heading over this content and two parts, with a speaker key and no title: null when it is no title heading. */
const underLeading = (content: RootContent[]) =>
  read({
    frontMatter: { speaker: 'Jane Roe' },
    sections: [section('Scaling Postgres', { content }), section('Partitioning'), section('Vacuum')],
  })?.evidence ?? null;

describe('readOneTalk: the evidence of each sign, at its edges', () => {
  it('needs a part: no sections make no talk', () => {
    expect(read({ frontMatter: talkKeys(), sections: [] })).toBeNull();
    expect(evidenceOf(['Partitioning', 'Vacuum'])).toBe(SPEAKER_KEY);
  });

  it('reads an author as the speaker only in a talk header of @ directives', () => {
    const sections = [section('Partitioning'), section('Vacuum')];
    expect(read({ frontMatter: { title: 'T', author: 'Jane Roe' }, sections })).toBeNull();
    const header = read({ frontMatter: { title: 'T', authors: 'Jane Roe' }, frontMatterKind: 'directives', sections });
    expect(header?.speakers).toEqual([{ name: 'Jane Roe', org: null }]);
  });

  it('reads each speaker key, skips one left empty, and gives no speaker key for a value that names no one', () => {
    for (const key of [
      'speaker',
      'speakers',
      'presenter',
      'presenters',
      'speaker_name',
      'speaker-name',
      'talk_speaker',
    ])
      expect([key, evidenceOf(['Partitioning', 'Vacuum'], { title: 'T', [key]: 'Jane Roe' })]).toEqual([key, 2]);
    const sections = [section('Partitioning'), section('Vacuum')];
    expect(read({ frontMatter: { title: 'T', speaker: null, speakers: 'Jane Roe' }, sections })?.speakers).toEqual([
      { name: 'Jane Roe', org: null },
    ]);
    expect(evidenceOf(['Partitioning', 'Vacuum'], { title: 'T', speaker: 42 })).toBeNull();
    expect(evidenceOf(['Partitioning', 'Vacuum'], { title: 'T', speaker: '   ' })).toBeNull();
    expect(evidenceOf(['Partitioning', 'Vacuum'], { title: 'T', speaker: '???' })).toBeNull();
  });

  it('reads speakers from a list of names, of objects with a name, skipping what is neither; a lower-case name as written', () => {
    const sections = [section('Partitioning'), section('Vacuum')];
    const speakers = (value: unknown) =>
      read({ frontMatter: { title: 'T', speakers: value }, sections })?.speakers.map((speaker) => speaker.name);
    expect(speakers([null, 42, { name: 'Jane Roe' }, 'John Doe'])).toEqual(['Jane Roe', 'John Doe']);
    expect(speakers('jane roe')).toEqual(['jane roe']);
  });

  it('counts the event key only beside a title in front matter', () => {
    const sections = [section('Partitioning'), section('Vacuum')];
    const frontMatter = { speaker: 'Jane Roe', event: 'Devoxx FR' };
    expect(read({ frontMatter, sections, titleSection: section('Scaling Postgres') })?.evidence).toBe(SPEAKER_KEY);
    expect(read({ frontMatter: { ...frontMatter, title: 'T' }, sections })?.evidence).toBe(SPEAKER_KEY + EVENT_KEY);
  });

  it('names the conference by each event key, with the year of the date where it has none', () => {
    const sections = [section('Partitioning'), section('Vacuum')];
    const conference = (frontMatter: Record<string, unknown>, date: string | null) =>
      read({ frontMatter: { ...talkKeys(), ...frontMatter }, sections, date })?.conference;
    expect(conference({ conference: 'Devoxx FR' }, '2024-04-17')).toBe('Devoxx FR 2024');
    expect(conference({ event: ' Devoxx FR ' }, '2024-04-17')).toBe('Devoxx FR 2024');
    expect(conference({ conf: 'Devoxx FR' }, null)).toBe('Devoxx FR');
    expect(conference({ meetup: 'Rust Berlin' }, '2023-01-05')).toBe('Rust Berlin 2023');
    expect(conference({ event: 'PyCon DE 2023' }, '2024-04-17')).toBe('PyCon DE 2023');
  });

  it('takes the title from front matter, a title section or the leading heading, and a title of spaces as none', () => {
    const sections = [section('Partitioning'), section('Vacuum')];
    const titled = read({
      frontMatter: { title: '   ', speaker: 'Jane Roe' },
      sections,
      titleSection: section('Scaling Postgres'),
    });
    expect(titled?.title).toBe('Scaling Postgres');
    expect(read({ frontMatter: { speaker: 'Jane Roe' }, sections })).toBeNull();
  });

  it('counts an opening part among the first two parts only, a closing part among the last two only', () => {
    expect(evidenceOf(['Introduction', 'Partitioning', 'Vacuum'])).toBe(SPEAKER_KEY + OPENING_PART);
    expect(evidenceOf(['Partitioning', 'Introduction', 'Vacuum'])).toBe(SPEAKER_KEY + OPENING_PART);
    expect(evidenceOf(['Partitioning', 'Vacuum', 'Introduction'])).toBe(SPEAKER_KEY);
    expect(evidenceOf(['Partitioning', 'Vacuum', 'Questions'])).toBe(SPEAKER_KEY + CLOSING_PART);
    expect(evidenceOf(['Questions', 'Partitioning'])).toBe(SPEAKER_KEY + CLOSING_PART);
    expect(evidenceOf(['Questions', 'Partitioning', 'Vacuum'])).toBe(SPEAKER_KEY);
  });

  it('knows the opening parts in each language, whole names only', () => {
    for (const name of [
      'Einführung',
      'Einfuhrung',
      'Überblick',
      'Introducción',
      'Introdução',
      'Présentation',
      'はじめに',
    ])
      expect([name, evidenceOf([name, 'Vacuum'])]).toEqual([name, SPEAKER_KEY + OPENING_PART]);
    for (const name of ['Project overview', 'Introduction to Kafka'])
      expect([name, evidenceOf([name, 'Vacuum'])]).toEqual([name, SPEAKER_KEY]);
  });

  it('knows the closing parts in each language and spelling, whole names only', () => {
    for (const name of [
      'Question',
      'Questions',
      'Questions and Answer',
      'Q&A',
      'Q & A',
      'Q &A',
      'Q& A',
      'Conclusions',
      'Wrapup',
      'Wrap-up',
      'Conclusión',
      'Conclusão',
      'Question-réponses',
      '질의응답',
      '질의 응답',
    ])
      expect([name, evidenceOf(['Partitioning', name])]).toEqual([name, SPEAKER_KEY + CLOSING_PART]);
    for (const name of ['Open questions', 'Questions from the audience'])
      expect([name, evidenceOf(['Partitioning', name])]).toEqual([name, SPEAKER_KEY]);
  });

  it("reads a part's name past each form of outline number", () => {
    for (const name of [
      '12. Questions',
      '2.10 Q&A',
      '1.1 Questions',
      '3) - Questions',
      '3- Questions',
      '3 -  Questions',
      '3.  Questions',
      '3  Questions',
    ])
      expect([name, evidenceOf(['Partitioning', name])]).toEqual([name, SPEAKER_KEY + CLOSING_PART]);
  });

  it('reads sections numbered from 0 in order as an outline, unnumbered ones between them aside', () => {
    expect(evidenceOf(['0 - Setup', '1 - Next'])).toBe(SPEAKER_KEY + OUTLINE_NUMBERS);
    expect(evidenceOf(['0 - Setup', 'Aside', '1 - Next'])).toBe(SPEAKER_KEY + OUTLINE_NUMBERS);
    expect(evidenceOf(['0 - Setup', '2 - Later'])).toBe(SPEAKER_KEY);
    expect(evidenceOf(['1 - Design', '2 - Ops'])).toBe(SPEAKER_KEY);
    const padded = read({ frontMatter: talkKeys(), sections: [section(' 0 - Setup'), section('1 - Next')] });
    expect(padded?.evidence).toBe(SPEAKER_KEY + OUTLINE_NUMBERS);
  });

  it('reads a numbered section over a part numbered under it as an outline', () => {
    const nested = (children: OutlineSection[], text = '1 - Design') =>
      read({ frontMatter: talkKeys(), sections: [section(text, { children }), section('2 - Ops')] })?.evidence;
    expect(nested([section('1.1 Storage'), section('Notes')])).toBe(SPEAKER_KEY + OUTLINE_NUMBERS);
    expect(nested([section(' 1.1 Storage')])).toBe(SPEAKER_KEY + OUTLINE_NUMBERS);
    expect(nested([section('Notes')])).toBe(SPEAKER_KEY);
    expect(nested([section('2.1 Storage')])).toBe(SPEAKER_KEY);
    expect(nested([section('null.js internals')], 'Design')).toBe(SPEAKER_KEY);
  });

  it('gives way to a numbered section that names a day, one that opens with its speaker or has a speaker heading', () => {
    const sections = (last: OutlineSection) => [section('1. Intro'), last];
    expect(read({ frontMatter: talkKeys(), sections: sections(section('2. Day 2')) })).toBeNull();
    expect(read({ frontMatter: talkKeys(), sections: sections(section('2. 10:30 Kafka')) })).toBeNull();
    expect(read({ frontMatter: talkKeys(), sections: sections(section('2 - Talk 2')) })).toBeNull();
    expect(
      read({ frontMatter: talkKeys(), sections: sections(section('Kafka', { opensWithSpeaker: true })) }),
    ).toBeNull();
    expect(
      read({ frontMatter: talkKeys(), sections: sections(section('Kafka', { opensWithSpeaker: false })) }),
    ).not.toBeNull();
    const named = section('Kafka', { speakerHeading: { heading: 'John Doe', text: 'John Doe' } });
    expect(read({ frontMatter: talkKeys(), sections: sections(named) })).toBeNull();
  });

  it('gives no speakers where no key names one', () => {
    const talk = read({ frontMatter: { title: 'T' }, sections: [section('0 - Introduction'), section('1 - Design')] });
    expect(talk?.evidence).toBe(OPENING_PART + OUTLINE_NUMBERS);
    expect(talk?.speakers).toEqual([]);
  });
});

describe('readOneTalk: a leading title heading', () => {
  it('is a first heading over at least one more, with nothing under it but a table of contents', () => {
    const alone = read({ frontMatter: talkKeys(), sections: [section('Scaling Postgres', { content: [] })] });
    expect(alone?.evidence).toBe(SPEAKER_KEY);
    expect(alone?.titleHeading).toBeNull();
    const first = section('Scaling Postgres', { content: [] });
    const two = read({ frontMatter: { speaker: 'Jane Roe' }, sections: [first, section('Vacuum')] });
    expect(two?.title).toBe('Scaling Postgres');
    expect(two?.titleHeading).toBe(first);
    const withChild = section('Scaling Postgres', { content: [], children: [section('Partitioning')] });
    expect(read({ frontMatter: { speaker: 'Jane Roe' }, sections: [withChild, section('Vacuum')] })).toBeNull();
  });

  it('gives the title heading only where neither front matter nor a title section gives the title', () => {
    const sections = () => [section('Scaling Postgres', { content: [] }), section('Partitioning'), section('Vacuum')];
    expect(read({ frontMatter: talkKeys(), sections: sections() })?.titleHeading).toBeNull();
    const underTitle = read({ frontMatter: { speaker: 'Jane Roe' }, sections: sections(), titleSection: section('T') });
    expect(underTitle?.titleHeading).toBeNull();
    expect(read({ frontMatter: { speaker: 'Jane Roe' }, sections: sections() })?.titleHeading?.text).toBe(
      'Scaling Postgres',
    );
  });

  it('counts a table of contents under it, not an empty heading', () => {
    const contents = nodeOf('- [Partitioning](#partitioning)\n- [Vacuum](#vacuum)\n');
    expect(underLeading([])).toBe(SPEAKER_KEY);
    expect(underLeading([contents])).toBe(SPEAKER_KEY + TABLE_OF_CONTENTS);
    expect(underLeading([contents, nodeOf('Some words.')])).toBeNull();
  });

  it('takes as a table of contents a list whose every item, sub-lists alike, opens with a link into the page', () => {
    expect(underLeading([nodeOf('- [1 - Design](#1---design)\n  - [1.1 Storage](#11-storage)\n')])).toBe(
      SPEAKER_KEY + TABLE_OF_CONTENTS,
    );
    for (const markdown of [
      '- [Partitioning](#partitioning)\n- Vacuum\n',
      '- Partitioning\n- Vacuum\n',
      '- [Docs](https://example.com/docs)\n- [Vacuum](#vacuum)\n',
      '- [1 - Design](#1---design)\n\n  Some words.\n',
      '- [1 - Design](#1---design)\n  - [1.1 Storage](#11-storage)\n  - Notes\n',
      '- [1 - Design](#1---design)\n  - [Docs](https://example.com/docs)\n',
      '- ## [Partitioning](#partitioning)\n',
      '- [Partitioning](#partitioning)\n-\n',
    ])
      expect([markdown, underLeading([nodeOf(markdown)])]).toEqual([markdown, null]);
    const empty: List = { type: 'list', ordered: false, spread: false, children: [] };
    expect(underLeading([empty])).toBeNull();
  });
});

describe('readOneTalk: a panel in front matter', () => {
  it('reads a panel of two names or more from each panel key', () => {
    const sections = [section('Partitioning'), section('Vacuum')];
    const panel = (frontMatter: Record<string, unknown>) =>
      read({ frontMatter: { title: 'T', ...frontMatter }, sections })?.speakers.map((speaker) => speaker.name) ?? null;
    for (const key of ['subtitle', 'panel', 'panelists', 'panellists'])
      expect([key, panel({ [key]: 'Jane Roe, John Doe' })]).toEqual([key, ['Jane Roe', 'John Doe']]);
    expect(panel({ subtitle: 'Jane Roe, John Doe, & Ann Lee' })).toEqual(['Jane Roe', 'John Doe', 'Ann Lee']);
    // "AND" in capitals, which the list of names would not read as a joiner.
    expect(panel({ subtitle: 'Jane Roe, John Doe, AND Ann Lee' })).toEqual(['Jane Roe', 'John Doe', 'Ann Lee']);
    expect(panel({ subtitle: 'Jane Roe, John Doe,AND Ann Lee' })).toEqual(['Jane Roe', 'John Doe', 'Ann Lee']);
    expect(panel({ subtitle: 'Jane Roe' })).toBeNull();
  });
});

describe('readOneTalk: a line of names under the title heading', () => {
  /** A lone H1 over a line (its content) and sections so named. */
  const underTitle = (line: string, names: string[]) =>
    read({
      titleSection: section('Making a Lion Bulletproof', { rank: 1, content: [nodeOf(line)] }),
      sections: names.map((name) => section(name)),
    });

  it('weighs as one sign of a talk, so a second one is needed', () => {
    expect(BYLINE_UNDER_TITLE).toBe(1);
    expect(underTitle('Robin van Zijll & Janna Brummel', ['Introduction', 'SRE'])?.evidence).toBe(
      BYLINE_UNDER_TITLE + OPENING_PART,
    );
    expect(underTitle('Jane Roe & John Doe', ['SRE', 'Tooling'])).toBeNull();
  });

  it('names the talk speakers, each a full name, in several languages', () => {
    expect(underTitle('Robin van Zijll & Janna Brummel', ['Introduction', 'SRE'])?.speakers).toEqual([
      { name: 'Robin van Zijll', org: null },
      { name: 'Janna Brummel', org: null },
    ]);
    expect(underTitle('Marie Curie et Paul Martin', ['Introduction', 'Outils'])?.speakers.length).toBe(2);
    expect(underTitle('Jan Weber', ['Einleitung', 'Werkzeuge'])?.speakers).toEqual([{ name: 'Jan Weber', org: null }]);
  });

  it('is no line of one-word names, no sentence and no "by"', () => {
    expect(underTitle('Surma & Jake', ['Introduction', 'SRE'])).toBeNull();
    expect(underTitle('Notes from the second day.', ['Introduction', 'SRE'])).toBeNull();
    expect(underTitle('by Jane Roe', ['Introduction', 'SRE'])).toBeNull();
    expect(underTitle('Jane Roe, Example Corp', ['Introduction', 'SRE'])).toBeNull();
  });

  it('makes notes under a title and a byline one talk, its H2 topics the talk parts', () => {
    const text = [
      '# Making a Lion Bulletproof',
      'Robin van Zijll & Janna Brummel',
      '',
      '## Introduction',
      'Mobile banking.',
      '## SRE',
      '- a point',
      '## The Organization',
      '- tribes',
      '### The Team',
      '- squads',
    ].join('\n');
    expect(talks(text)).toEqual(['Making a Lion Bulletproof — Robin van Zijll & Janna Brummel']);
  });
});
