import { describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import {
  factTableSpeakers,
  LABEL_ONLY,
  labelledLines,
  labelledParagraphsAfter,
  labelledSpeakers,
  opensWithSpeakerLabel,
  slashedNames,
  TITLE_LABEL,
  withLabelledFollowers,
} from '../../src/model/speakers/speakerLabels.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

const person = (name: string, org: string | null = null) => ({ name, org });
const names = (text: string) => labelledSpeakers(text)?.map((speaker) => speaker.name) ?? null;

describe('labelledSpeakers: a label word, then names', () => {
  it('reads the label words of many languages, with a colon, a dash or a space', () => {
    for (const line of [
      'Speaker: Jane Roe',
      'Speakers : Jane Roe',
      'Presenter - Jane Roe',
      'Presented by Jane Roe',
      'Talk by: Jane Roe',
      'Keynote given by Jane Roe',
      'Author: Jane Roe',
      'Panelist: Jane Roe',
      'Conférencière : Jane Roe',
      'Oratrice : Jane Roe',
      'Intervenante : Jane Roe',
      'Présentée par Jane Roe',
      'Referentin: Jane Roe',
      'Sprecher: Jane Roe',
      'Rednerin: Jane Roe',
      'Vortragender: Jane Roe',
      'Ponente: Jane Roe',
      'Palestrante: Jane Roe',
      'Apresentado por Jane Roe',
      'Relatore: Jane Roe',
      'Relatrice: Jane Roe',
      'Prelegentka: Jane Roe',
      'Spreker: Jane Roe',
      'Konuşmacı: Jane Roe',
      'Докладчик: Jane Roe',
      'Спикер: Jane Roe',
      'Diễn giả: Jane Roe',
      'Pembicara: Jane Roe',
      'Přednášející: Jane Roe',
      'Talare: Jane Roe',
      '分享嘉宾：Jane Roe',
      '講者：Jane Roe',
      '登壇者：Jane Roe',
      'スピーカー：Jane Roe',
      '主讲人：Jane Roe',
      '연사: Jane Roe',
      '발표자 – Jane Roe',
    ])
      expect(names(line), line).toEqual(['Jane Roe']);
  });

  it('reads plural and inclusive endings, and the label in brackets', () => {
    for (const line of [
      'Speaker(s): Jane Roe',
      'Intervenant(e)s : Jane Roe',
      'Speaker·euse·s : Jane Roe',
      'Orateur.rice.s : Jane Roe',
      '【登壇者】Jane Roe',
      '[Speaker] Jane Roe',
      '［発表者］：Jane Roe',
      '〔講師〕 Jane Roe',
    ])
      expect(names(line), line).toEqual(['Jane Roe']);
  });

  it('needs the label first and names after it', () => {
    expect(labelledSpeakers('Our speaker: Jane Roe')).toBeNull();
    expect(labelledSpeakers('Speaker:')).toBeNull();
    expect(labelledSpeakers('Speakers')).toBeNull();
    expect(labelledSpeakers('Speakerphone: Jane Roe')).toBeNull();
  });

  it('reads "by" and its kin before names, or before full names set apart by a spaced slash', () => {
    expect(labelledSpeakers('by Jane Roe, Acme')).toEqual([person('Jane Roe', 'Acme')]);
    expect(names('par Marie Curie')).toEqual(['Marie Curie']);
    expect(names('By Malte Ubl / Nicole Sullivan')).toEqual(['Malte Ubl', 'Nicole Sullivan']);
    expect(names('von Jane Roe / John Doe')).toEqual(['Jane Roe', 'John Doe']);
    expect(labelledSpeakers('by Jane Roe / Example')).toBeNull();
    expect(labelledSpeakers('by the way, this is good')).toBeNull();
    expect(labelledSpeakers('byJane Roe')).toBeNull();
  });

  it('reads a label noun before a lower-case word, with no colon, as a sentence', () => {
    expect(labelledSpeakers('Conférenciers de chez Google et Cassandra')).toBeNull();
    expect(labelledSpeakers('Speakers were great')).toBeNull();
    expect(names('Speakers: jane roe')).toEqual(['jane roe']);
    expect(names('Speaker – jane roe')).toEqual(['jane roe']);
    expect(names('【登壇者】jane roe')).toEqual(['jane roe']);
    expect(names('Presented by jane roe')).toEqual(['jane roe']);
    expect(names('Presented by  jane roe')).toEqual(['jane roe']);
    expect(names('Talk by jane roe')).toEqual(['jane roe']);
    expect(names('Speakers Jane Roe')).toEqual(['Jane Roe']);
  });

  it('reads "Speaker:" over one person and what is said of her, unless all of it reads as names', () => {
    expect(labelledSpeakers('Speaker: Jane Doe, @jane, author')).toEqual([person('Jane Doe')]);
    expect(labelledSpeakers('Speaker(s): Jane Doe, @jane, author')).toEqual([person('Jane Doe')]);
    expect(labelledSpeakers('Talk given by: Jane Doe, @jane, author')).toEqual([person('Jane Doe')]);
    expect(labelledSpeakers('Talk by: Jane Doe, @jane, author')).toEqual([person('Jane Doe')]);
    expect(labelledSpeakers('Speaker(s) : Jane Doe, @jane, author')).toEqual([person('Jane Doe')]);
    expect(labelledSpeakers('Speaker: jane roe, @jroe, author')).toEqual([person('jane roe')]);
    expect(names('Speaker: Jane Doe, John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(labelledSpeakers('Speakers: Jane Doe, @jane, author')).toBeNull();
    expect(labelledSpeakers('Speaker Jane Doe, @jane, author')).toBeNull();
  });
});

describe('slashedNames: full names set apart by a spaced slash', () => {
  it('reads two or more, each a full name', () => {
    expect(slashedNames('Malte Ubl / Nicole Sullivan')).toEqual([person('Malte Ubl'), person('Nicole Sullivan')]);
    expect(slashedNames('Ann Lee  /  Bo Chen / Cy Twombly')?.length).toBe(3);
    expect(slashedNames('Jane Roe')).toBeNull();
    expect(slashedNames('Jane Roe / Example')).toBeNull();
    expect(slashedNames('Jane Roe/John Doe')).toBeNull();
  });
});

describe('LABEL_ONLY and TITLE_LABEL', () => {
  it('LABEL_ONLY is the label alone, perhaps with its colon', () => {
    for (const text of ['Speakers', 'Intervenants :', '【登壇者】', '講者：', 'Speaker(s)'])
      expect(LABEL_ONLY.test(text), text).toBe(true);
    for (const text of ['Speakers: Jane Roe', 'Our speakers', 'Speakers ::'])
      expect(LABEL_ONLY.test(text), text).toBe(false);
  });

  it('TITLE_LABEL gives the title after a title label, in several languages', () => {
    expect(TITLE_LABEL.exec('Topic: Kafka at scale')?.[1]).toBe('Kafka at scale');
    expect(TITLE_LABEL.exec('Talk title : Kafka')?.[1]).toBe('Kafka');
    expect(TITLE_LABEL.exec('Título: Kafka')?.[1]).toBe('Kafka');
    expect(TITLE_LABEL.exec('題目：Kafka')?.[1]).toBe('Kafka');
    expect(TITLE_LABEL.exec('제목 : Kafka')?.[1]).toBe('Kafka');
    expect(TITLE_LABEL.test('Topic:')).toBe(false);
    expect(TITLE_LABEL.test('Topic: Kafka\nJane Roe')).toBe(false);
    expect(TITLE_LABEL.test('The topic: Kafka')).toBe(false);
  });
});

describe('factTableSpeakers: a row of a label and the names', () => {
  it('reads two cells, the first a speaker label', () => {
    expect(factTableSpeakers(['Speaker', 'Jane Roe'])).toEqual([person('Jane Roe')]);
    expect(factTableSpeakers(['講者', '山田太郎'])).toEqual([person('山田太郎')]);
    expect(factTableSpeakers(['Speaker', 'jane roe'])).toEqual([person('jane roe')]);
    expect(factTableSpeakers(['Speakers:', 'Ann Lee, Bo Chen'])).toEqual([person('Ann Lee'), person('Bo Chen')]);
  });

  it('reads nothing from other rows', () => {
    expect(factTableSpeakers(['Room', 'B'])).toEqual([]);
    expect(factTableSpeakers(['Speaker', ''])).toEqual([]);
    expect(factTableSpeakers(['Speaker', 'Jane Roe', 'Acme'])).toEqual([]);
    expect(factTableSpeakers(['Speaker'])).toEqual([]);
    expect(factTableSpeakers(['Speaker', 'the whole team!'])).toEqual([]);
  });
});

describe('labelled paragraphs', () => {
  it('labelledLines reads a paragraph whose every line is labelled', () => {
    const markdown = 'Speaker: Jane Roe\n  Speaker: John Doe\n\nSpeaker: Ann Lee\nand more\n\n- Speaker: Bo Chen\n';
    const [both, mixed, list] = parseMarkdown(markdown).children;
    expect(labelledLines(both!, markdown)).toEqual([person('Jane Roe'), person('John Doe')]);
    expect(labelledLines(mixed!, markdown)).toBeNull();
    expect(labelledLines(list!, markdown)).toBeNull();
    const code = 'Intro.\n\n    Speaker: Jane Roe\n';
    expect(labelledLines(parseMarkdown(code).children[1]!, code)).toBeNull();
    expect(labelledLines({ type: 'paragraph', children: [] }, '')).toBeNull();
  });

  it('labelledLines reads a line after its markup is off', () => {
    const markdown = '**Speaker:** _Jane Roe_\n';
    expect(labelledLines(parseMarkdown(markdown).children[0]!, markdown)).toEqual([person('Jane Roe')]);
  });

  it('labelledParagraphsAfter takes the labelled paragraphs in a row from `start`', () => {
    const markdown = 'Intro.\n\nSpeaker: Jane Roe\n\nSpeaker: John Doe\n\nNotes.\n\nSpeaker: Ann Lee\n';
    const content = parseMarkdown(markdown).children;
    expect(labelledParagraphsAfter(content, 1, markdown).map((node) => toString(node))).toEqual([
      'Speaker: Jane Roe',
      'Speaker: John Doe',
    ]);
    expect(labelledParagraphsAfter(content, 0, markdown)).toEqual([]);
    expect(labelledParagraphsAfter(content, 5, markdown)).toEqual([]);
  });

  it('withLabelledFollowers goes on after a block that ends in a labelled line', () => {
    const markdown = 'Speaker: John Doe\n\nSpeaker: Ann Lee\n\nNotes.\n';
    const content = parseMarkdown(markdown).children;
    const read = {
      speakers: [person('Jane Roe')],
      title: 'T',
      byline: ['Jane Roe', 'CTO', 'Speaker: Jane Roe'],
      rest: content,
    };
    const followed = withLabelledFollowers(read, markdown);
    expect(followed.speakers).toEqual([person('Jane Roe'), person('John Doe'), person('Ann Lee')]);
    expect(followed.byline).toEqual(['Jane Roe', 'CTO', 'Speaker: Jane Roe', 'Speaker: John Doe', 'Speaker: Ann Lee']);
    expect(followed.title).toBe('T');
    expect(followed.rest.map((node) => toString(node))).toEqual(['Notes.']);
  });

  it('withLabelledFollowers leaves a block that ends otherwise, or names no one', () => {
    const markdown = 'Speaker: John Doe\n\nNotes.\n';
    const content = parseMarkdown(markdown).children;
    const byline = { speakers: [person('Jane Roe')], title: null, byline: ['Jane Roe - CTO'], rest: content };
    expect(withLabelledFollowers(byline, markdown)).toBe(byline);
    const none = { speakers: [], title: null, byline: [], rest: content };
    expect(withLabelledFollowers(none, markdown)).toBe(none);
  });
});

describe('opensWithSpeakerLabel: the content opens with a labelled line', () => {
  const opens = (markdown: string) => opensWithSpeakerLabel(parseMarkdown(markdown).children, markdown);

  it('reads the first line of a paragraph, or the first bullet', () => {
    expect(opens('Presenter: Jane Roe\nmore words\n')).toBe(true);
    expect(opens('🎤 **Speaker:** Jane Roe\n')).toBe(true);
    expect(opens('- Speaker: Jane Roe\n- a point\n')).toBe(true);
    expect(opens('- By Jane Roe\n  - a point\n')).toBe(true);
  });

  it('reads nothing else', () => {
    expect(opens('Notes first.\nSpeaker: Jane Roe\n')).toBe(false);
    expect(opens('- a point\n- Speaker: Jane Roe\n')).toBe(false);
    expect(opens('## Speaker: Jane Roe\n')).toBe(false);
    expect(opens('')).toBe(false);
    expect(opensWithSpeakerLabel([{ type: 'list', children: [] } as RootContent], '')).toBe(false);
  });
});
