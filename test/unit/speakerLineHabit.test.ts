import { describe, expect, it } from 'vitest';
import type { DaySource, TalkSource } from '../../src/model/inferStructure.js';
import { readSpeakerLines } from '../../src/model/speakerLineHabit.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

/**
 * Notes of several days, each a list of talk bodies written in Markdown; the bodies are parts of one
 * source text, so their offsets point into it.
 */
function notes(days: string[][]): { days: DaySource[]; source: string } {
  const bodies = days.flat();
  const source = bodies.map((body, index) => `## Talk ${index}\n${body}`).join('\n');
  const nodes = parseMarkdown(source).children;
  const talks: TalkSource[] = [];
  for (const node of nodes) {
    if (node.type === 'heading')
      talks.push({ heading: 'Talk', text: 'Talk', line: node.position!.start.line, body: [], group: null });
    else talks.at(-1)!.body.push(node);
  }
  let next = 0;
  const daySources = days.map((bodiesOfDay) => ({
    heading: null,
    text: null,
    line: null,
    intro: [],
    talks: bodiesOfDay.map(() => talks[next++]!),
  }));
  return { days: daySources, source };
}

const names = (read: { speakers: { name: string }[] }) => read.speakers.map((speaker) => speaker.name);

describe("readSpeakerLines: a talk's speaker lines, read in the notes' own habit", () => {
  it('reads a bare name as a first bullet when another talk, on any day, marks its first bullet speaker', () => {
    const { days, source } = notes([['- Jane Roe (@jroe)\n- point one\n'], ['- John Doe\n- point two\n']]);
    const read = readSpeakerLines(days, source);
    expect(names(read(days[1]!.talks[0]!.body, false))).toEqual(['John Doe']);
    expect(names(read(days[0]!.talks[0]!.body, false))).toEqual(['Jane Roe']);
  });

  it('reads a bare name as a first bullet when a talk of the same day names its speaker with a role', () => {
    const { days, source } = notes([['- John Doe\n- point two\n', '- Jane Roe, Staff Engineer, Acme\n- point one\n']]);
    const read = readSpeakerLines(days, source);
    expect(names(read(days[0]!.talks[0]!.body, false))).toEqual(['John Doe']);
  });

  it('keeps a bare name as a point when no talk marks its speaker bullet', () => {
    const { days, source } = notes([['- John Doe\n- point two\n'], ['- Ann Lee\n- point three\n', '- plain point\n']]);
    const read = readSpeakerLines(days, source);
    expect(names(read(days[0]!.talks[0]!.body, false))).toEqual([]);
    expect(names(read(days[1]!.talks[0]!.body, false))).toEqual([]);
  });

  it('reads a label line for the title under a slot heading only', () => {
    const { days, source } = notes([['__Topic__: Why Networks Matter\n\nNotes.\n']]);
    const read = readSpeakerLines(days, source);
    expect(read(days[0]!.talks[0]!.body, true).title).toBe('Why Networks Matter');
    expect(read(days[0]!.talks[0]!.body, false).title).toBeNull();
  });
});
