import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { opensWithClockLine, talkLineHeads, timedTalkLine } from '../../src/model/talkLines.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/**
 * A time alone on its line, then the talk's title (issue 13: "a time then a title"): `4:00pm` / `Title` /
 * `Jane Roe - Example`, the title on the next line or in the next paragraph, as notes copied from a schedule write it.
 */
const read = (text: string) => buildConference(parseNotes(text, 'notes.md'));
const talks = (text: string) =>
  read(text).days.flatMap((day) =>
    day.sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name).join(', ')]),
  );
/** The first paragraph of the text read with the node after it. */
const timed = (text: string) => {
  const [node, next] = parseMarkdown(text).children;
  return timedTalkLine(node!, next, text);
};

describe('a time line over a title', () => {
  it('reads each time line of a day as a talk, its title in the next paragraph and its speaker under it', () => {
    const text = [
      '# Conference notes',
      '',
      '## Day 1',
      '',
      '10:30am',
      '',
      'Scaling Django at Example',
      'Jane Roe (Example Corp)',
      '',
      'She moved sessions to Redis.',
      '',
      '11:00am',
      '',
      'Testing with pytest',
      '',
      'Fixtures everywhere.',
      '',
      '2:30pm',
      'Deploying without fear',
      'Ann Lee & John Doe',
      '',
      'Blue-green deploys.',
    ].join('\n');
    expect(talks(text)).toEqual([
      ['Scaling Django at Example', 'Jane Roe'],
      ['Testing with pytest', ''],
      ['Deploying without fear', 'Ann Lee, John Doe'],
    ]);
  });

  it('reads 24-hour times, spans and wave dashes, in other languages', () => {
    const text = [
      '## Tag 1',
      '',
      '14:00 - 14:45',
      '',
      'Skalierung mit Django',
      '',
      'Notizen.',
      '',
      '13:50〜14:30',
      '',
      '型ヒント入門',
      '',
      'メモ。',
      '',
      '16h00',
      '',
      'Déployer sans peur',
      '',
      'Des notes.',
    ].join('\n');
    expect(talks(text).map(([title]) => title)).toEqual([
      'Skalierung mit Django',
      '型ヒント入門',
      'Déployer sans peur',
    ]);
  });

  it('needs three paragraphs that open with a time between two headings', () => {
    const nodes = (count: number) => {
      const text = ['10:30', 'Title one', '11:00', 'Title two', '11:30', 'Title three']
        .slice(0, count * 2)
        .join('\n\n');
      return { text, nodes: parseMarkdown(text).children };
    };
    const two = nodes(2);
    expect(talkLineHeads(two.nodes, two.text).size).toBe(0);
    const three = nodes(3);
    expect([...talkLineHeads(three.nodes, three.text).values()]).toEqual([
      { text: 'Title one' },
      { text: 'Title two' },
      { text: 'Title three' },
    ]);
    // A heading between them ends the run: two and one are not three.
    const split = '10:30\n\nTitle one\n\n11:00\n\nTitle two\n\n## Afternoon\n\n11:30\n\nTitle three';
    expect(talkLineHeads(parseMarkdown(split).children, split).size).toBe(0);
  });

  it('counts a time over a talk line of its own, but adds no talk for it', () => {
    const text = [
      '10:30',
      '',
      '**Scaling Django at Example**',
      '**Jane Roe**',
      '',
      '11:00',
      '**Testing with pytest**',
      '**John Doe**',
      '',
      '11:30',
      '',
      'Deploying without fear',
    ].join('\n');
    const heads = [...talkLineHeads(parseMarkdown(text).children, text).values()];
    expect(heads).toEqual([
      { text: 'Scaling Django at Example', speaker: 'Jane Roe' },
      { text: 'Testing with pytest', speaker: 'John Doe' },
      { text: 'Deploying without fear' },
    ]);
  });

  it('knows a time line from a number or a time before words', () => {
    const opens = (text: string) => opensWithClockLine(parseMarkdown(text).children[0]!, text);
    for (const line of ['4:00pm', '10:30a', '10:30 a.m.', '4 pm', '14h00', '9.30', '11:00 - 11:30', '11:00 to 11:30'])
      expect(opens(line)).toBe(true);
    for (const line of ['12', '2019', '25:00', '10:30 Keynote', '13 pm', 'at 4:00pm']) expect(opens(line)).toBe(false);
    expect(opensWithClockLine({ type: 'thematicBreak' }, '')).toBe(false);
  });

  it('takes a title that reads as no sentence, and a speaker only from a line of names', () => {
    expect(timed('4:00pm\n\nTitle of the talk')).toEqual({ text: 'Title of the talk' });
    expect(timed('4:00pm\n**Title of the talk**')).toEqual({ text: 'Title of the talk' });
    expect(timed('4:00pm\n\nWe had lunch.')).toBeNull();
    expect(timed('4:00pm\n\nThe afternoon:')).toBeNull();
    expect(timed('4:00pm\n\nお昼ご飯。')).toBeNull();
    expect(timed('4:00pm')).toBeNull();
    expect(timed('4:00pm\n\n- a list')).toBeNull();
    expect(timed('Title of the talk\n\nNext')).toBeNull();
    expect(timed(`4:00pm\n\n${'a'.repeat(160)}`)).toEqual({ text: 'a'.repeat(160) });
    expect(timed(`4:00pm\n\n${'a'.repeat(161)}`)).toBeNull();
    expect(timed('4:00pm\n\nScaling Django at Example\nJane Roe')).toEqual({
      text: 'Scaling Django at Example',
      speaker: 'Jane Roe',
    });
    // A second line that is no name, or a title that reads as one, names no speaker.
    expect(timed('4:00pm\n\nScaling Django at Example\nsome notes here')).toEqual({
      text: 'Scaling Django at Example',
    });
    expect(timed('4:00pm\n\nJane Roe\nJohn Doe')).toEqual({ text: 'Jane Roe' });
  });
});
