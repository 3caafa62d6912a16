import type { RootContent, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { DaySource, TalkSource } from '../../src/model/inferStructure.js';
import { expandListTalks } from '../../src/model/reading/expandListTalks.js';
import { isProgrammeRow, MIN_TABLE_TALKS, rowTitle, talksOfTable } from '../../src/model/reading/tableTalks.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

function parsed(text: string): { nodes: RootContent[]; source: string } {
  const notes = parseNotes(text, 'notes.md');
  return { nodes: notes.tree.children, source: notes.source };
}

function firstTable(text: string): { table: Table; source: string } {
  const { nodes, source } = parsed(text);
  return { table: nodes.find((node): node is Table => node.type === 'table')!, source };
}

/** Who a row names: the names its speaker cell reads as, or the cell as written where it reads as none. */
const speakerOf = (talk: TalkSource): string | null =>
  talk.speakers?.map((speaker) => speaker.name).join(', ') ?? talk.speakerHeading?.text ?? null;

const talksOf = (text: string) => {
  const { table, source } = firstTable(text);
  return talksOfTable(table, source);
};

describe('talksOfTable: a table whose header names a column of talk titles', () => {
  it('reads each row as a talk, with its line and its speaker cell', () => {
    const text =
      'Intro\n\nTalk Title | Speaker | Notes\n--- | --- | ---\n*Cold* War  | [Jane Roe](https://x.org/jr) | Great\nRecipe Search | John Doe |\n';
    const talks = talksOf(text)!;
    expect(talks.map(({ speakers, speakersApart, ...talk }) => talk)).toEqual([
      { heading: '*Cold* War', text: 'Cold War', line: 5, body: [], group: null },
      { heading: 'Recipe Search', text: 'Recipe Search', line: 6, body: [], group: null },
    ]);
    // A cell that reads as names gives them, written apart from the title.
    expect(talks.map((talk) => [talk.speakers, talk.speakersApart])).toEqual([
      [[{ name: 'Jane Roe', org: null }], true],
      [[{ name: 'John Doe', org: null }], true],
    ]);
  });

  it('keeps a speaker cell that reads as no names as a heading of its speakers, written from the pipe before it', () => {
    const talks = talksOf(
      'Title | Speaker\n--- | ---\nCold War | [Team 7 (2024)](https://x.org/t)\nRecipes | Room 3!\n',
    )!;
    expect(talks.map((talk) => talk.speakerHeading?.text)).toEqual(['Team 7 (2024)', 'Room 3!']);
    expect(talks[0]!.speakerHeading?.heading).toMatch(/^\|? ?\[Team 7 \(2024\)\]\(https:\/\/x\.org\/t\)$/);
    expect(talks.some((talk) => 'speakers' in talk)).toBe(false);
  });

  it('names header cells in other languages, in any case, with spaces around them', () => {
    expect(
      talksOf('| TITRE | Orateurs |\n|---|---|\n| Un | Ann Lee |\n| Deux | Bob Smith |\n')?.map((talk) => talk.text),
    ).toEqual(['Un', 'Deux']);
    expect(talksOf('| 제목 |\n|---|\n| 하나 |\n| 둘 |\n')?.map((talk) => talk.text)).toEqual(['하나', '둘']);
  });

  it('gives no speaker where there is no speaker column or the cell is empty', () => {
    const talks = talksOf('| Title | Owner |\n|---|---|\n| One | Ann Lee |\n| Two | |\n| Three |\n')!;
    expect(talks.map((talk) => [talk.text, 'speakers' in talk])).toEqual([
      ['One', false],
      ['Two', false],
      ['Three', false],
    ]);
    const withSpeakers = talksOf('| Title | Speaker |\n|---|---|\n| One | |\n| Two | Ann Lee |\n| Three |\n')!;
    expect(withSpeakers.map((talk) => [talk.text, 'speakers' in talk])).toEqual([
      ['One', false],
      ['Two', true],
      ['Three', false],
    ]);
  });

  it('knows the header words of the title and speaker columns, and only as whole cells', () => {
    const columns = (header: string) => {
      const talks = talksOf(`| ${header} |\n|---|---|\n| One | Ann Lee |\n| Two | Bob Smith |\n`);
      return talks?.map((talk) => [talk.text, speakerOf(talk)]) ?? null;
    };
    for (const title of ['Talk', 'Talks', 'Talk  Title', 'Session', 'Charla', 'Ponencia', 'Título', 'Titulo'])
      expect(columns(`${title} | Speaker`)).toEqual([
        ['One', 'Ann Lee'],
        ['Two', 'Bob Smith'],
      ]);
    expect(columns('Subtitle | Speaker')).toBeNull();
    expect(columns('Title notes | Speaker')).toBeNull();
    for (const speaker of ['Presenter', 'Ponente', 'Orateur', 'Intervenant', 'Referent', 'Referenten'])
      expect(columns(`Title | ${speaker}`)).toEqual([
        ['One', 'Ann Lee'],
        ['Two', 'Bob Smith'],
      ]);
    for (const other of ['Keynote speaker', 'Speaker notes'])
      expect(columns(`Title | ${other}`)).toEqual([
        ['One', null],
        ['Two', null],
      ]);
  });

  it('reads a speaker column written first', () => {
    expect(talksOf('Speaker | Title\n--- | ---\nAnn Lee | One\nBob Smith | Two\n')?.map(speakerOf)).toEqual([
      'Ann Lee',
      'Bob Smith',
    ]);
  });

  it(`is null without a title column, or with fewer than ${MIN_TABLE_TALKS} rows or titled rows`, () => {
    expect(talksOf('| Thing | Speaker |\n|---|---|\n| One | Ann |\n| Two | Bob |\n')).toBeNull();
    expect(talksOf('| Talks of the day | Speaker |\n|---|---|\n| One | Ann |\n| Two | Bob |\n')).toBeNull();
    expect(talksOf('| Title | Speaker |\n|---|---|\n| One | Ann |\n')).toBeNull();
    expect(talksOf('| Title | Speaker |\n|---|---|\n| One | Ann |\n| | Bob |\n')).toBeNull();
    expect(talksOf('| Speaker | Title |\n|---|---|\n| Ann | One |\n| Bob |\n')).toBeNull();
    expect(talksOf('| Title | Speaker |\n|---|---|\n| One | Ann |\n| Two | Bob |\n')).toHaveLength(2);
  });
});

describe('a row title and the rows of the programme around the talks', () => {
  it('drops a link to the material only at the end of the title, with or without a space before it', () => {
    expect(rowTitle('Cold War (PDF)')).toBe('Cold War');
    expect(rowTitle('Cold War(slides)')).toBe('Cold War');
    expect(rowTitle('Cold War (slide)')).toBe('Cold War');
    expect(rowTitle('Cold War (PDF) and after')).toBe('Cold War (PDF) and after');
    expect(rowTitle('👉 Cold War')).toBe('Cold War');
  });

  it('keeps a speaker cell as written, without the spaces around it, where it reads as no names', () => {
    const talks = talksOf('Title | Speaker\n--- | ---\nCold War |   Room 3!   \nRecipes | Room 4!\n')!;
    expect(talks.map((talk) => talk.speakerHeading)).toEqual([
      { heading: '|   Room 3!', text: 'Room 3!' },
      { heading: '| Room 4!', text: 'Room 4!' },
    ]);
  });

  it('reads a ceremony with its closing marks, each optional word of it, in each language, from its start to its end', () => {
    for (const title of [
      '축사!!',
      '축사:',
      '행사오프닝',
      '행사 오프닝',
      '개회',
      '폐회',
      'Closing  address',
      '開会',
      '閉会の挨拶',
      '闭幕',
      '闭幕式',
      'Bienvenida',
    ])
      expect([title, isProgrammeRow(title)]).toEqual([title, true]);
    for (const title of [
      '기념 축사',
      'A warm welcome',
      'イベント開会',
      '開会前のハンズオン',
      '重新开幕',
      '开幕式后的演讲',
      'Workshop-Eröffnung',
      'Bienvenida a Kubernetes',
      'Closing. Remarks',
    ])
      expect([title, isProgrammeRow(title)]).toEqual([title, false]);
  });
});

describe('expandListTalks: talks written as list items or table rows under a day', () => {
  const day = (text: string, fields: Partial<DaySource> = {}): { day: DaySource; source: string } => {
    const { nodes, source } = parsed(text);
    return { day: { heading: '## Day 1', text: 'Day 1', line: 1, intro: nodes, talks: [], ...fields }, source };
  };
  const listOfTalks =
    '- 14:30 - 15:00 : Cold War - Jane Roe\n- 15:00 - 15:30 : Recipe Search - Ann Lee\n- 15:30 - 16:00 : Dial-up Modems - Bob Smith\n';

  it('takes the talks of a list, which leaves the intro, and keeps the other nodes there', () => {
    const { day: read, source } = day(`Welcome to the day.\n\n${listOfTalks}\nMore words.\n`);
    const [expanded] = expandListTalks([read], source);
    expect(expanded!.talks.map((talk) => talk.text)).toEqual([
      '14:30 - 15:00 : Cold War - Jane Roe',
      '15:00 - 15:30 : Recipe Search - Ann Lee',
      '15:30 - 16:00 : Dial-up Modems - Bob Smith',
    ]);
    expect(expanded!.intro.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
    expect(expanded!.heading).toBe('## Day 1');
  });

  it('takes the talks of a table, which stays in the intro', () => {
    const { day: read, source } = day(
      '| Title | Speaker |\n|---|---|\n| Cold War | Jane Roe |\n| Recipe Search | Ann Lee |\n',
    );
    const [expanded] = expandListTalks([read], source);
    expect(expanded!.talks.map((talk) => talk.text)).toEqual(['Cold War', 'Recipe Search']);
    expect(expanded!.intro.map((node) => node.type)).toEqual(['table']);
  });

  it('leaves a day that has talk headings, or whose lists and tables are not talks, as it is', () => {
    const talk = { heading: '### Talk', text: 'Talk', line: 3, body: [], group: null };
    const { day: withTalks, source } = day(listOfTalks, { talks: [talk] });
    expect(expandListTalks([withTalks], source)[0]).toBe(withTalks);
    const { day: notes, source: notesSource } = day(
      '- a thought\n- another\n\n| Thing | Owner |\n|---|---|\n| a | b |\n| c | d |\n',
    );
    expect(expandListTalks([notes], notesSource)[0]).toBe(notes);
  });

  it('reads short lines as talks only under a heading that gathers talks', () => {
    const shortLines = '- Cold War\n- Recipe Search\n- Dial-up Modems\n';
    const { day: underGroup, source } = day(shortLines, { heading: '## Talks', text: 'Talks' });
    expect(expandListTalks([underGroup], source)[0]!.talks).toHaveLength(3);
    const { day: underDay } = day(shortLines);
    expect(expandListTalks([underDay], source)[0]).toBe(underDay);
    const { day: untitled } = day(shortLines, { heading: null, text: null });
    expect(expandListTalks([untitled], source)[0]).toBe(untitled);
  });
});
