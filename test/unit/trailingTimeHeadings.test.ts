import { describe, expect, it } from 'vitest';
import { parseSessionHeading } from '../../src/model/sessionHeading.js';

const read = (heading: string) => {
  const parsed = parseSessionHeading(heading);
  return [parsed.title, ...parsed.speakers.map((speaker) => speaker.name)];
};

describe('a clock time that ends a talk heading, after its speaker', () => {
  it('is dropped so that the speaker is read, whatever the separator before the name', () => {
    expect(read('Sorting Algorithms | Jane Roe (9am)')).toEqual(['Sorting Algorithms', 'Jane Roe']);
    expect(read('Road to Components | John Doe (~2:10pm)')).toEqual(['Road to Components', 'John Doe']);
    expect(read('Types in Practice - Jane Roe [14:30]')).toEqual(['Types in Practice', 'Jane Roe']);
    expect(read('Les types en pratique par Marie Curie (10h30)')).toEqual(['Les types en pratique', 'Marie Curie']);
    expect(read('Typen in der Praxis von Jan Weber (9.45)')).toEqual(['Typen in der Praxis', 'Jan Weber']);
    expect(read('Memory Safety by Ann Lee ( 10:15 a.m. )')).toEqual(['Memory Safety', 'Ann Lee']);
    expect(read('Memory Safety by Ann Lee (4 PM)')).toEqual(['Memory Safety', 'Ann Lee']);
  });

  it('needs minutes or am/pm: a year or a number in parentheses is no time', () => {
    expect(read('Rust in Production (2019)')).toEqual(['Rust in Production (2019)']);
    expect(read('Sorting Algorithms | Jane Roe (3)')).toEqual(['Sorting Algorithms | Jane Roe (3)']);
    expect(read('Sorting Algorithms | Jane Roe (25:10)')).toEqual(['Sorting Algorithms | Jane Roe (25:10)']);
  });

  it('stays when it frees no speaker, or the heading reads without dropping it', () => {
    expect(read('Lunch (12:30)')).toEqual(['Lunch (12:30)']);
    expect(read('Closing Remarks [5pm]')).toEqual(['Closing Remarks [5pm]']);
    // Only at the end: a time inside the title is the title's.
    expect(read('Jane Roe (9am) and Friends')).toEqual(['Jane Roe (9am) and Friends']);
  });
});

describe('how long a talk ran, ending its heading after the speaker', () => {
  it('is dropped so that the speaker is read, in brackets or parentheses, in several languages', () => {
    expect(read('Keynote: Calm Systems by Jane Roe [40 min]')).toEqual(['Calm Systems', 'Jane Roe']);
    expect(read('Release Tooling by John Doe  [34 min]')).toEqual(['Release Tooling', 'John Doe']);
    expect(read('Types in Practice - Ann Lee (1h30)')).toEqual(['Types in Practice', 'Ann Lee']);
    expect(read('Types in Practice - Ann Lee (2 hours)')).toEqual(['Types in Practice', 'Ann Lee']);
    expect(read("Les types en pratique par Marie Curie (45')")).toEqual(['Les types en pratique', 'Marie Curie']);
    expect(read('Typen in der Praxis von Jan Weber (30 Min.)')).toEqual(['Typen in der Praxis', 'Jan Weber']);
    expect(read('Charla sobre tipos por Ana Gómez (30 minutos)')).toEqual(['Charla sobre tipos', 'Ana Gómez']);
    expect(read('型の話 ー 山田太郎氏（40分）')).toEqual(['型の話', '山田太郎']);
    expect(read('타입 이야기 - 김영희님 (40분)')).toEqual(['타입 이야기', '김영희']);
  });

  it('needs a unit, and stays where it frees no speaker', () => {
    expect(read('Sorting Algorithms | Jane Roe (40)')).toEqual(['Sorting Algorithms | Jane Roe (40)']);
    expect(read('Lunch [60 min]')).toEqual(['Lunch [60 min]']);
    expect(read('Jane Roe (40 min) and Friends')).toEqual(['Jane Roe (40 min) and Friends']);
  });
});

describe('emoji that end a talk heading, the author rating it', () => {
  it('are no part of the title or the name, so the speaker before them is read', () => {
    expect(read('Typed Routers（Ryutaro Yako） ☑️')).toEqual(['Typed Routers', 'Ryutaro Yako']);
    expect(read('Calm Systems (Jane Roe) 🔥🔥')).toEqual(['Calm Systems', 'Jane Roe']);
    expect(read('Les types par Marie Curie ⭐')).toEqual(['Les types', 'Marie Curie']);
    expect(read('Typen in der Praxis - Jan Weber :star::star:')).toEqual(['Typen in der Praxis', 'Jan Weber']);
    expect(read('ハンズオン 🔥🔥')).toEqual(['ハンズオン']);
  });

  it('keep a heading of emoji alone, and the marks that belong to a name', () => {
    expect(read('🔥')).toEqual(['🔥']);
    expect(read('Acme™')).toEqual(['Acme™']);
    expect(read('Acme® Cloud ©')).toEqual(['Acme® Cloud ©']);
  });
});
