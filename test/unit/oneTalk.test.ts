import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import {
  CLOSING_PART,
  cleanFileNameTitle,
  EVENT_KEY,
  ONE_TALK_EVIDENCE,
  OPENING_PART,
  OUTLINE_NUMBERS,
  oneTalkConfidence,
  SPEAKER_KEY,
  SURE_ONE_TALK,
  TABLE_OF_CONTENTS,
} from '../../src/model/oneTalk.js';
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
});
