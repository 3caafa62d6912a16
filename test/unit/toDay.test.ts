import { describe, expect, it } from 'vitest';
import type { DaySource, TalkSource } from '../../src/model/inferStructure.js';
import { notesSource } from '../../src/model/inlineLinks.js';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { joinDayRevisits, toDay } from '../../src/model/toDay.js';
import type { Day, Session } from '../../src/model/types.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

/** A day headed `text` (null: no heading) whose intro is `intro` (Markdown) and whose talks are headings with no notes. */
function daySource(text: string | null, intro: string, talks: string[]) {
  const tree = parseMarkdown(intro);
  const source: DaySource = {
    heading: text === null ? null : `**${text}**`,
    text,
    line: text === null ? null : 4,
    intro: tree.children,
    talks: talks.map(
      (talk, index): TalkSource => ({ heading: talk, text: talk, line: 10 + index, body: [], group: null }),
    ),
  };
  return { source, notes: notesSource(intro, tree), read: () => takeSpeakerLines([], intro) };
}

function session(title: string, line: number): Session {
  return {
    title,
    heading: title,
    speakers: [],
    file: 'notes.md',
    line,
    group: null,
    byline: [],
    blocks: [{ kind: 'paragraph', line: line + 1, markdown: `Notes of line ${line}` }],
  };
}

describe('toDay: a day the reading found, as the day it shows', () => {
  it('shows its heading in title case, keeps its line and heading, and reads its intro and talks', () => {
    const { source, notes, read } = daySource('DAY ONE', 'Registration opens at 8.\n', ['Service Mesh - Jane Roe']);
    const day = toDay(source, 'Untitled', 'notes.md', notes, read);
    expect(day).toEqual({
      title: 'Day One',
      heading: '**DAY ONE**',
      line: 4,
      intro: [expect.objectContaining({ kind: 'paragraph', markdown: 'Registration opens at 8.' })],
      sessions: [expect.objectContaining({ title: 'Service Mesh', file: 'notes.md', line: 10 })],
    });
    expect(day.sessions[0]!.speakers).toEqual([{ name: 'Jane Roe', org: null }]);
  });

  it('drops a colon that ends the day heading, full-width too, and keeps a colon inside it', () => {
    for (const [heading, title] of [
      ['Day1:', 'Day1'],
      ['Day 2 :', 'Day 2'],
      ['Tag 1：', 'Tag 1'],
      ['Día 2: Talleres', 'Día 2: Talleres'],
      [':', ':'],
    ]) {
      const { source, notes, read } = daySource(heading!, '', ['Alpha Talk']);
      expect(toDay(source, 'Talks', 'notes.md', notes, read).title).toBe(title);
    }
  });

  it('calls a day the notes did not name by the title it is given', () => {
    const { source, notes, read } = daySource(null, '', ['Alpha Talk', 'Beta Talk']);
    const day = toDay(source, 'Talks', 'notes.md', notes, read);
    expect([day.title, day.heading, day.line, day.intro]).toEqual(['Talks', null, null, []]);
    expect(day.sessions.map((entry) => entry.title)).toEqual(['Alpha Talk', 'Beta Talk']);
  });
});

describe('joinDayRevisits: a session the author came back to is one session', () => {
  it('joins the return into the first visit and says so at its line', () => {
    const day: Day = {
      title: 'Day 1',
      heading: 'Day 1',
      line: 1,
      intro: [],
      sessions: [
        session('Building Operators in Go', 3),
        session('Lunch Chat', 6),
        session('Building Operators in Go (continued)', 9),
      ],
    };
    const warnings: [number | null, string][] = [];
    const joined = joinDayRevisits(day, (line, message) => warnings.push([line, message]));
    expect(joined.title).toBe('Day 1');
    expect(joined.sessions.map((entry) => [entry.title, entry.blocks.length])).toEqual([
      ['Building Operators in Go', 3],
      ['Lunch Chat', 1],
    ]);
    expect(warnings).toEqual([[9, 'Read this as a return to `Building Operators in Go` (line 3): one session']]);
  });

  it('leaves a day with no return as it is, and says nothing', () => {
    const day: Day = { title: 'Day 1', heading: null, line: null, intro: [], sessions: [session('Alpha', 3)] };
    const warnings: unknown[] = [];
    expect(joinDayRevisits(day, (...args) => warnings.push(args))).toEqual(day);
    expect(warnings).toEqual([]);
  });
});
