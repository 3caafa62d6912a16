import { describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import {
  isHeaderLine,
  SLOT_HEADER_LINES,
  withHeaderTitle,
  withTitleAfterNames,
} from '../../src/model/speakers/slotHeaders.js';
import type { SpeakerLines } from '../../src/model/speakers/takenSpeakers.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

const person = (name: string, org: string | null = null) => ({ name, org });

/** What the first blocks read (`speakers`, `title`), over the rest written in Markdown. */
function readOver(markdown: string, speakers = [person('Jane Roe')], title: string | null = null) {
  const read: SpeakerLines = { speakers, title, byline: ['Jane Roe - CTO'], rest: parseMarkdown(markdown).children };
  return { read, markdown };
}

const words = (nodes: RootContent[]) => nodes.map((node) => toString(node));

describe('withTitleAfterNames: a short line after the speaker titles the talk', () => {
  it('takes one line, perhaps with the speaker’s handle under it, when notes follow', () => {
    const { read, markdown } = readOver('Ethics and Consistency\n\nNotes.\n');
    expect(withTitleAfterNames(read, markdown, false)).toEqual({
      speakers: [person('Jane Roe')],
      title: 'Ethics and Consistency',
      byline: ['Jane Roe - CTO', 'Ethics and Consistency'],
      rest: [read.rest[1]],
    });
    const handle = readOver('**Ethics** _and_ Consistency\\\n@alixtrot\n\nNotes.\n');
    const titled = withTitleAfterNames(handle.read, handle.markdown, false);
    expect(titled.title).toBe('Ethics and Consistency');
    expect(titled.byline).toEqual(['Jane Roe - CTO', '**Ethics** _and_ Consistency', '@alixtrot']);
  });

  it('takes it under a line of names over the slot (`named`) though the first blocks named no one', () => {
    const { read, markdown } = readOver('Ethics and Consistency\n\nNotes.\n', []);
    expect(withTitleAfterNames(read, markdown, true).title).toBe('Ethics and Consistency');
    expect(withTitleAfterNames(read, markdown, false)).toBe(read);
  });

  it('takes words that read as one-word names, not a line of full names', () => {
    const words = readOver('Build, Empower, Grow\n\nNotes.\n');
    expect(withTitleAfterNames(words.read, words.markdown, false).title).toBe('Build, Empower, Grow');
    const mixed = readOver('Ann Lee and Grow\n\nNotes.\n');
    expect(withTitleAfterNames(mixed.read, mixed.markdown, false).title).toBe('Ann Lee and Grow');
    const dotted = readOver('Node.js at Scale\n\nNotes.\n');
    expect(withTitleAfterNames(dotted.read, dotted.markdown, false).title).toBe('Node.js at Scale');
    const escaped = readOver('Tips for C\\+\\+ in 2024\n\nNotes.\n');
    expect(withTitleAfterNames(escaped.read, escaped.markdown, false).byline).toEqual([
      'Jane Roe - CTO',
      'Tips for C\\+\\+ in 2024',
    ]);
    const handle = readOver('Ethics\\\n   @alixtrot\n\nNotes.\n');
    expect(withTitleAfterNames(handle.read, handle.markdown, false).byline).toEqual([
      'Jane Roe - CTO',
      'Ethics',
      '@alixtrot',
    ]);
    const names = readOver('Ann Lee, Bo Chen\n\nNotes.\n');
    expect(withTitleAfterNames(names.read, names.markdown, false)).toBe(names.read);
  });

  it('takes a line of 120 characters at most, ending as no sentence', () => {
    const line = (length: number) => `Ethics ${'x'.repeat(length - 7)}`;
    const long = readOver(`${line(120)}\n\nNotes.\n`);
    expect(withTitleAfterNames(long.read, long.markdown, false).title).toBe(line(120));
    const longer = readOver(`${line(121)}\n\nNotes.\n`);
    expect(withTitleAfterNames(longer.read, longer.markdown, false)).toBe(longer.read);
    for (const end of ['.', '!', '?', '。', '！', '？', ':', '：']) {
      const { read, markdown } = readOver(`Ethics and Consistency${end}\n\nNotes.\n`);
      expect(withTitleAfterNames(read, markdown, false), end).toBe(read);
    }
  });

  it('leaves a titled read, a paragraph of more lines, no notes after it, no paragraph, no words', () => {
    const titled = readOver('Ethics\n\nNotes.\n', [person('Jane Roe')], 'Known');
    expect(withTitleAfterNames(titled.read, titled.markdown, false)).toBe(titled.read);
    const lines = readOver('Ethics\nand more words\n\nNotes.\n');
    expect(withTitleAfterNames(lines.read, lines.markdown, false)).toBe(lines.read);
    const alone = readOver('Ethics and Consistency\n');
    expect(withTitleAfterNames(alone.read, alone.markdown, false)).toBe(alone.read);
    const list = readOver('- Ethics\n\nNotes.\n');
    expect(withTitleAfterNames(list.read, list.markdown, false)).toBe(list.read);
    const marks = readOver('**__**\n\nNotes.\n');
    expect(withTitleAfterNames(marks.read, marks.markdown, false)).toBe(marks.read);
    const empty: SpeakerLines = { speakers: [person('Jane Roe')], title: null, byline: [], rest: [] };
    expect(withTitleAfterNames(empty, '', false)).toBe(empty);
  });
});

describe('isHeaderLine: a line of the programme’s header', () => {
  it('is an image, a line in emphasis, or a short labelled fact', () => {
    for (const line of [
      '![photo](jane.png)',
      '  ![photo](jane.png)',
      '*Room B*',
      '**Jane Roe, Example**',
      '_Room B_',
      '__Company__: Acme',
      'Room: B',
      ' Salle : B ',
      '会場：B',
    ])
      expect(isHeaderLine(line), line).toBe(true);
  });

  it('is none for notes, a long line, or a label of more than 25 letters', () => {
    const emphasis = (length: number) => `**${'x'.repeat(length - 4)}**`;
    expect(isHeaderLine(emphasis(120))).toBe(true);
    expect(isHeaderLine(emphasis(121))).toBe(false);
    const fact = (length: number) => `Room: ${'x'.repeat(length - 6)}`;
    expect(isHeaderLine(fact(120))).toBe(true);
    expect(isHeaderLine(fact(121))).toBe(false);
    expect(isHeaderLine(`${'a'.repeat(25)}: B`)).toBe(true);
    expect(isHeaderLine(`${'a'.repeat(26)}: B`)).toBe(false);
    for (const line of [
      'The slides are online.',
      'Room:',
      '1st room: B',
      ': B',
      '* Room*',
      'x _Room B_',
      '**Room** B',
      'x ![photo](jane.png)',
      '![photo](jane.png) x',
    ])
      expect(isHeaderLine(line), line).toBe(false);
  });
});

describe('withHeaderTitle: a "Topic:" line among the header’s lines', () => {
  it('takes the header paragraph holding the topic, and its labelled speakers', () => {
    const markdown =
      '![photo](jane.png)\n\n__Company__: Acme\nTopic: Kafka at Scale  \nSpeaker: John Doe\\\n\nNotes.\n';
    const read: SpeakerLines = {
      speakers: [person('Jane Roe')],
      title: null,
      byline: ['Jane Roe'],
      rest: parseMarkdown(markdown).children,
    };
    const titled = withHeaderTitle(read, markdown);
    expect(titled.title).toBe('Kafka at Scale');
    expect(titled.speakers).toEqual([person('Jane Roe'), person('John Doe')]);
    expect(titled.byline).toEqual(['Jane Roe', '__Company__: Acme', 'Topic: Kafka at Scale', 'Speaker: John Doe']);
    expect(words(titled.rest)).toEqual(['photo', 'Notes.']);
  });

  it('names a speaker the first blocks named once', () => {
    const markdown = 'Topic: Kafka\nSpeaker: Jane Roe\n\nNotes.\n';
    const read: SpeakerLines = {
      speakers: [person('Jane Roe', 'Acme')],
      title: null,
      byline: [],
      rest: parseMarkdown(markdown).children,
    };
    expect(withHeaderTitle(read, markdown).speakers).toEqual([person('Jane Roe', 'Acme')]);
    const two: SpeakerLines = { ...read, speakers: [person('Jane Roe', 'Acme'), person('John Doe')] };
    expect(withHeaderTitle(two, markdown).speakers).toEqual([person('Jane Roe', 'Acme'), person('John Doe')]);
    const escaped = 'Topic: C\\+\\+ Tips\n\nNotes.\n';
    const titled = withHeaderTitle({ ...read, rest: parseMarkdown(escaped).children }, escaped);
    expect(titled.byline).toEqual(['Topic: C\\+\\+ Tips']);
  });

  it('looks past header paragraphs with no topic, or too many lines, up to the fifth block', () => {
    const header = (markdown: string) => {
      const read: SpeakerLines = { speakers: [], title: null, byline: [], rest: parseMarkdown(markdown).children };
      return withHeaderTitle(read, markdown);
    };
    expect(header('Room: B\n\nTopic: Kafka\n\nNotes.\n').title).toBe('Kafka');
    const lines = (count: number) =>
      ['Topic: Kafka', ...Array.from({ length: count - 1 }, (_, i) => `Room: B${i}`)].join('\n');
    expect(header(`${lines(SLOT_HEADER_LINES)}\n\nNotes.\n`).title).toBe('Kafka');
    expect(header(`${lines(SLOT_HEADER_LINES + 1)}\n\nNotes.\n`).title).toBeNull();
    expect(header('Room: B\n\nRoom: C\n\nRoom: D\n\nRoom: E\n\nTopic: Kafka\n').title).toBe('Kafka');
    expect(header('Room: B\n\nRoom: C\n\nRoom: D\n\nRoom: E\n\nRoom: F\n\nTopic: Kafka\n').title).toBeNull();
  });

  it('stops at the first line of notes, or a block that is no paragraph', () => {
    const header = (markdown: string) => {
      const read: SpeakerLines = { speakers: [], title: null, byline: [], rest: parseMarkdown(markdown).children };
      return withHeaderTitle(read, markdown);
    };
    expect(header('The slides are online.\n\nTopic: Kafka\n').title).toBeNull();
    expect(header('Topic: Kafka\nThe slides are online.\n').title).toBeNull();
    expect(header('- Room: B\n\nTopic: Kafka\n').title).toBeNull();
    expect(header('Room: B\n').title).toBeNull();
    expect(header('    Topic: Kafka\n').title).toBeNull();
    const read: SpeakerLines = { speakers: [], title: null, byline: [], rest: [] };
    expect(withHeaderTitle(read, '')).toBe(read);
  });
});
