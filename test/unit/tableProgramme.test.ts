import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import type { TalkSource } from '../../src/model/inferStructure.js';
import { notesSource } from '../../src/model/inlineLinks.js';
import { listReading, TABLE_ROW_TITLE_ONLY, TABLE_ROW_WITH_SPEAKERS } from '../../src/model/reading/listReading.js';
import { isProgrammeRow, rowTitle, talksOfTable } from '../../src/model/reading/tableTalks.js';
import { cellSpeakers } from '../../src/model/speakers/cellSpeakers.js';
import { withoutHonorific } from '../../src/model/speakers/nameWords.js';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { toSession } from '../../src/model/toSession.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { CELL_LINE_SEPARATOR, safeSource } from '../../src/parse/safeSource.js';

// A programme given as a table (issue 13): `| 순번 | 세션 내용 | 발표자 |` under headings that are no days, speakers
// written with a handle, a position or on several lines of a cell.

function tableOf(text: string): { table: Table; source: string } {
  const notes = parseNotes(text, 'notes.md');
  return { table: notes.tree.children.find((node): node is Table => node.type === 'table')!, source: notes.source };
}

function rowsOf(text: string): string[] | null {
  const { table, source } = tableOf(text);
  return talksOfTable(table, source)?.map((talk) => talk.text) ?? null;
}

describe('cellSpeakers: the people a speaker cell names', () => {
  it('drops a handle beside a name, linked or not', () => {
    expect(cellSpeakers('Jane Roe @jroe')).toEqual([{ name: 'Jane Roe', org: null }]);
    expect(cellSpeakers('Jane Roe (@jroe)')).toEqual([{ name: 'Jane Roe', org: null }]);
    expect(cellSpeakers('@jroe')).toBeNull();
  });

  it('reads each line of the cell, parted by `<br>` or by the `; ` parsing leaves of it', () => {
    const two = [
      { name: 'Ann Lee', org: null },
      { name: 'Bob Smith', org: null },
    ];
    expect(cellSpeakers('Ann Lee<br />Bob Smith')).toEqual(two);
    expect(cellSpeakers('Ann Lee<BR>Bob Smith')).toEqual(two);
    expect(cellSpeakers('Ann Lee; Bob Smith')).toEqual(two);
    expect(cellSpeakers('Ann Lee;; Bob Smith; ')).toEqual(two);
  });

  it('gives a line of its own in parentheses to the name above it, once', () => {
    expect(cellSpeakers('장혁재 단장; (연세의료원)')).toEqual([{ name: '장혁재', org: '연세의료원' }]);
    expect(cellSpeakers('Jane Roe<br>(Example Corp)')).toEqual([{ name: 'Jane Roe', org: 'Example Corp' }]);
    // Above it a name that has its organisation already, or nothing: the line reads as no name.
    expect(cellSpeakers('Jane Roe (Acme); (Example Corp)')).toBeNull();
    expect(cellSpeakers('(Example Corp)')).toBeNull();
  });

  it('takes two to four capitalised words as a name, in a column of speakers, where a heading would not (speakerLists.test.ts)', () => {
    expect(cellSpeakers('Charity Majors')).toEqual([{ name: 'Charity Majors', org: null }]);
    expect(cellSpeakers('Ludwig van Beethoven')).toEqual([{ name: 'Ludwig van Beethoven', org: null }]);
    expect(cellSpeakers('Community Security Ability Mobility Activity')).toBeNull();
    expect(cellSpeakers('Security')).toBeNull();
    expect(cellSpeakers('Room 3')).toBeNull();
    expect(cellSpeakers('')).toBeNull();
  });
});

describe('withoutHonorific: a Korean name with the position a programme gives it', () => {
  it('is the name before the position', () => {
    expect(withoutHonorific('장혁재 단장')).toBe('장혁재');
    expect(withoutHonorific('윤주상 교수')).toBe('윤주상');
    expect(withoutHonorific('심상규 CTO')).toBe('심상규');
    expect(withoutHonorific('이승익 책임연구원')).toBe('이승익');
  });

  it('needs a name of two to four syllables before it, and a space', () => {
    expect(withoutHonorific('장 단장')).toBeNull();
    expect(withoutHonorific('클라우드엣지기반 교수')).toBeNull();
    expect(withoutHonorific('장혁재단장')).toBeNull();
    expect(withoutHonorific('Jane CTO')).toBeNull();
  });
});

describe('talksOfTable: programme headers and rows', () => {
  it('knows a header that names the talks by a word for talk and a word for what it is about', () => {
    for (const header of [
      '세션 내용',
      '발표 제목',
      'Session title',
      'Talk Topic',
      '講演タイトル',
      '演讲主题',
      'Thema des Vortrags',
      'Título de la charla',
      'Titre de la conférence',
    ])
      expect(rowsOf(`| ${header} | Speaker |\n|---|---|\n| One | Ann Lee |\n| Two | Bob Smith |\n`), header).toEqual([
        'One',
        'Two',
      ]);
    for (const header of ['Content', 'Name', '내용', 'Session notes', 'Title of the day'])
      expect(rowsOf(`| ${header} | Speaker |\n|---|---|\n| One | Ann Lee |\n| Two | Bob Smith |\n`), header).toBeNull();
  });

  it('leaves out the rows of the ceremony and the breaks around the talks', () => {
    const text =
      '| # | 세션 내용 | 발표자 |\n|---|---|---|\n| 1 | 행사 오프닝 | 윤주상 교수 |\n| 2 | 축사 | 김형철 PM |\n' +
      '| 3 | 엣지 기술 | 박성순 대표 |\n| | Coffee Break |\n| 4 | 도시교통 기술 | 정문영 책임 |\n| 5 | 행사 클로징 | 윤주상 교수 |\n';
    expect(rowsOf(text)).toEqual(['엣지 기술', '도시교통 기술']);
    for (const row of ['Opening remarks', 'Closing', 'Welcome address', '開会挨拶', '闭幕致辞', 'Bienvenida', 'Lunch'])
      expect(isProgrammeRow(row), row).toBe(true);
    for (const row of ['Opening the Black Box', 'Welcome to Rust', '축사의 역사', 'Coffee and Code Review'])
      expect(isProgrammeRow(row), row).toBe(false);
  });

  it('reads a title without the emoji pointing at it or the link to its material after it', () => {
    expect(rowTitle(' 👉 Surrounded by Microservices ')).toBe('Surrounded by Microservices');
    expect(rowTitle('🎤️ 🚀 Ship It')).toBe('Ship It');
    expect(rowTitle('5G 기술 표준 (PDF)')).toBe('5G 기술 표준');
    expect(rowTitle('Ship It (slides)')).toBe('Ship It');
    expect(rowTitle('Ship It (v2)')).toBe('Ship It (v2)');
    expect(rowTitle('Ship It 🚀')).toBe('Ship It 🚀');
  });

  it('gives the speakers of each row, apart from its title', () => {
    const { table, source } = tableOf(
      '| Speaker | Title |\n|---|---|\n| Jane Roe [@jroe](https://x.org/jroe) | 👉 **[Keynote: Yes, I Test](t/1.md)** |\n' +
        '| Ann Lee<br />Bob Smith | 👉 **[Lightning Talks](t/2.md)** |\n',
    );
    const talks = talksOfTable(table, source)!;
    expect(talks.map((talk) => [talk.text, talk.speakers, talk.speakersApart])).toEqual([
      ['Keynote: Yes, I Test', [{ name: 'Jane Roe', org: null }], true],
      [
        'Lightning Talks',
        [
          { name: 'Ann Lee', org: null },
          { name: 'Bob Smith', org: null },
        ],
        true,
      ],
    ]);
  });
});

describe('safeSource: a line break inside a table cell', () => {
  it('becomes a `; ` there, so the lines stay apart, and goes elsewhere as other inline HTML does', () => {
    const text = '| Speaker | Title |\n|---|---|\n| Ann Lee<br />Bob Smith | One |\n\nLine one<br>line two\n';
    const safe = safeSource(text, parseMarkdown(text), parseMarkdown, { file: '/notes/x.md' });
    expect(CELL_LINE_SEPARATOR).toBe('; ');
    expect(safe.text).toBe('| Speaker | Title |\n|---|---|\n| Ann Lee; Bob Smith | One |\n\nLine oneline two\n');
  });
});

describe('toSession: speakers written apart from the title', () => {
  it('keeps the whole title when its column of speakers names no one the title seems to name', () => {
    const talk = (fields: Partial<TalkSource>): TalkSource => ({
      heading: 'Keynote: Yes, I Test In Production',
      text: 'Keynote: Yes, I Test In Production',
      line: 3,
      body: [],
      group: null,
      ...fields,
    });
    const tree = parseMarkdown('');
    const read = (source: TalkSource) =>
      toSession(source, 'notes.md', notesSource('', tree), (content, slot) => takeSpeakerLines(content, '', { slot }));
    const charity = [{ name: 'Charity Majors', org: null }];
    const apart = read(talk({ speakers: charity, speakersApart: true }));
    expect([apart.title, apart.speakers]).toEqual(['Keynote: Yes, I Test In Production', charity]);
    // Found beside the title by another reading, the speakers do not say the title names no one.
    expect(read(talk({ speakers: charity })).speakers.map((speaker) => speaker.name)).toEqual([
      'Yes',
      'Charity Majors',
    ]);
  });
});

describe('listReading: a programme table under headings that are no days', () => {
  it('reads its rows as talks, weighed by whether they name speakers, and keeps the table in the notes', () => {
    const notes = parseNotes(
      '## 컨퍼런스 개요\n\nAbout.\n\n## 프로그램\n\n| 순번 | 세션 내용 | 발표자 |\n|---|---|---|\n' +
        '| 1st | 엣지 기술 | 박성순 대표<BR>(글루시스) |\n| 2nd | 도시교통 기술 | 정문영 책임 |\n| 3rd | Governing data at the edge | |\n',
      'notes.md',
    );
    const read = listReading(notes.tree.children, notes.source)!;
    expect([TABLE_ROW_WITH_SPEAKERS, TABLE_ROW_TITLE_ONLY]).toEqual([1, 0.5]);
    expect(read.evidence).toBe(2.5);
    expect(read.days[0]!.talks.map((talk) => talk.text)).toEqual([
      '엣지 기술',
      '도시교통 기술',
      'Governing data at the edge',
    ]);
    // The heading over the table groups its talks, as a heading over a list of talks does.
    expect(read.intro.map((node) => node.type)).toEqual(['heading', 'paragraph', 'table']);
    expect(read.days[0]!.talks.map((talk) => talk.group)).toEqual(['프로그램', '프로그램', '프로그램']);
    const sessions = buildConference(notes).days.flatMap((day) => day.sessions);
    expect(sessions.map((session) => [session.title, session.speakers])).toEqual([
      ['엣지 기술', [{ name: '박성순', org: '글루시스' }]],
      ['도시교통 기술', [{ name: '정문영', org: null }]],
      ['Governing data at the edge', []],
    ]);
  });

  it('reads no table under a heading of people or an aside', () => {
    const notes = parseNotes(
      '## Attendees\n\n| Talk | Speaker |\n|---|---|\n| One | Ann Lee |\n| Two | Bob Smith |\n',
      'notes.md',
    );
    expect(listReading(notes.tree.children, notes.source)).toBeNull();
  });
});
