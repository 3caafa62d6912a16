import { describe, expect, it } from 'vitest';
import {
  isAsideTitle,
  isDayTitle,
  hasTalkMark,
  isGroupTitle,
  isResearchTitle,
  isSlotTitle,
  isTalkListTitle,
  looksLikeTalk,
  splitDayPrefix,
} from '../../src/model/headingKinds.js';

/** Each title with what `read` makes of it, so a failure names the title. */
function expectEach(read: (title: string) => unknown, cases: [string, unknown][]) {
  expect(cases.map(([title]) => [title, read(title)])).toEqual(cases);
}

describe('isDayTitle', () => {
  it('reads a day word with a number, a number word or a Roman numeral, in several languages', () => {
    expectEach(isDayTitle, [
      ['Day 1', true],
      ['Day #2', true],
      ['Day2', true],
      ['Day one', true],
      ['Day five', true],
      ['Day zero', true],
      ['Jour 2', true],
      ['Día 3', true],
      ['Dia 3', true],
      ['Tag 2', true],
      ['Dzień II', true],
      ['Dzien IV', true],
      ['Giorno 1', true],
      ['Dag 2', true],
      ['  KubeCon Day 3  ', true],
      ['Day XIII', true],
      ['Day IIIII', false],
      ['Day 12th', false],
      ['Holiday 1', false],
      ['Day in the life', false],
      ['Day', false],
    ]);
  });

  it('reads Russian, Turkish and Vietnamese day numbers, Russian ordinals, and weekdays alone or before a date', () => {
    expectEach(isDayTitle, [
      ['День 1', true],
      ['день 2', true],
      ['Gün 2', true],
      ['1. Gün', true],
      ['Ngày 1', true],
      ['Второй день', true],
      ['Последний день', true],
      ['Среда', true],
      ['Среда, 15 мая', true],
      ['Среда разработки', false],
      ['Woensdag', true],
      ['Woensdag 12 juni', true],
      ['Denver 2', false],
      ['Gün batımı', false],
      ['1.Günah', false],
    ]);
  });

  it('reads Korean ordinal days and weekdays, Japanese and Chinese weekdays, at the start', () => {
    expectEach(isDayTitle, [
      ['첫째 날', true],
      ['둘째날', true],
      ['마지막 날', true],
      ['월요일', true],
      ['月曜日', true],
      ['火曜', true],
      ['星期一', true],
      ['周二', true],
      ['週三', true],
      ['오늘의 첫째 날', false],
      ['日本の月曜日', false],
      ['周末', false],
    ]);
  });

  it('reads "first day", "premier jour", "último día", and weekdays with a date', () => {
    expectEach(isDayTitle, [
      ['Premier jour', true],
      ['Deuxième jour', true],
      ['troisieme jour', true],
      ['Dernier jour', true],
      ['Primer día', true],
      ['Segundo dia', true],
      ['Tercer día', true],
      ['ultimo dia', true],
      ['Second day', true],
      ['Final day', true],
      ['Opening day', true],
      ['Last day', true],
      ['Second daylight', false],
      ['Mardi 19 avril', true],
      ['Lunes', true],
      ['Montag 3', true],
      ['sábado 5', true],
      ['Mardi gras', false],
      ['Tue 21 May', true],
      ['Tues. 21', true],
      ['Thurs, 3', true],
      ['Sun 5', true],
      ['Sun Microsystems', false],
      ['Sunrise 5', false],
      ['KubeCon Tuesday', true],
      ['Sundays', false],
    ]);
  });

  it('reads dates alone, in several orders', () => {
    expectEach(isDayTitle, [
      ['5 May', true],
      ['21st May 2024', true],
      ['3rd Sept.', true],
      ['123 May', false],
      ['5 May 24', false],
      ['5 May notes', false],
      ['May 5th', true],
      ['May 5, 2024', true],
      ['May 123', false],
      ['Notes May 5', false],
      ['2021-05-05', true],
      ['2021-05-05 Keynotes', true],
      ['Notes 2021-05-05', false],
      ['21/05', true],
      ['21.05.2024', true],
      ['21/05/2024 notes', false],
      ['1/2/3', false],
    ]);
  });

  it('reads Korean, Japanese and Chinese day numbers', () => {
    expectEach(isDayTitle, [
      ['1일차', true],
      ['2日目', true],
      ['Day 1 일차', true],
      ['第一天', true],
      ['2天', true],
      ['第一届', false],
      ['Notes 1일차', false],
    ]);
  });
});

describe('isGroupTitle', () => {
  it('reads the words of headings that gather talks, as whole words', () => {
    expectEach(isGroupTitle, [
      ['Morning Keynotes', true],
      ['Lightning talks', true],
      ['Sessions', true],
      ['Workshops', true],
      ['Track', true],
      ['Tracks', true],
      ['Panels', true],
      ['Tutorials', true],
      ['Breakout', true],
      ['Afternoon', true],
      ['Evening', true],
      ['Replays', true],
      ['Recordings', true],
      ['De charla en charla', true],
      ['Ponencias', true],
      ['Sesiones', true],
      ['Talk tecnici', true],
      ['Talk principali', true],
      ['Talleres', true],
      ['Conférences', true],
      ['Presentations', true],
      ['Vorträge', true],
      ['Palestras', true],
      ['Interventi', true],
      ['セッション', true],
      ['講演一覧', true],
      ['议题', true],
      ['세션들', true],
      ['Keynote', false],
      // Headings that say the notes of each talk follow, whole: the talk's own notes are no group.
      ['Talk notes', true],
      ['My session notes', true],
      ['Notes on the talks', true],
      ['Notes from each session', true],
      ['各発表のメモ', true],
      ['発表メモ', true],
      ['각 발표 메모', true],
      ['발표 메모', true],
      ['演讲笔记', true],
      ['Vortragsnotizen', true],
      ['Notes des conférences', true],
      ['Apuntes de las charlas', true],
      ['Talk notes and slides', false],
      ['Notes', false],
      ['メモ', false],
      ['Talkshows', false],
      ['Stalks', false],
    ]);
  });
});

describe('isAsideTitle and isResearchTitle', () => {
  it('reads Japanese, Chinese and Korean asides by name, whole', () => {
    expectEach(isAsideTitle, [
      ['まとめ', true],
      ['感想', true],
      ['詳細', true],
      ['スライド', true],
      ['関連ブログ', true],
      ['参考資料', true],
      ['おわりに', true],
      ['后记', true],
      ['相关链接', true],
      ['幻灯片', true],
      ['후기', true],
      ['참고 자료', true],
      ['발표 자료', true],
      ['마무리', true],
      ['スライドの作り方', false],
      ['まとめサイトの未来', false],
      ['詳細設計入門', false],
      ['후기 인상파', false],
    ]);
  });

  it('reads closing and opening sections, whole, without a closing mark', () => {
    expectEach(isAsideTitle, [
      ['Summary', true],
      ['Summary:', true],
      ['  Conclusions.  ', true],
      ['Wrap-up', true],
      ['wrapup', true],
      ['Final thoughts', true],
      ['Thanks!', true],
      ['Thank you', true],
      ['Closing thoughts', true],
      ['Outro', true],
      ['Introduction', true],
      ['Overview', true],
      ['Travel to Berlin', true],
      ['Travelling', false],
      ['Links', true],
      ['More links', true],
      ['Useful links', true],
      ['References', true],
      ['Further reading', true],
      ['One more thing', true],
      ['Misc notes', true],
      ['Notes', true],
      ['P.S.', true],
      ['PS', true],
      ['Talks I attended', true],
      ['All the sessions I went to', true],
      ['Schedule', true],
      ['总结', true],
      ['参考资料', true],
      ['Summary of the talks', false],
      ['A summary', false],
      ['Notes on tests', false],
      ['Things to Google', true],
    ]);
  });

  it('reads sections of things to look into later, anywhere in the title', () => {
    expectEach(isResearchTitle, [
      ['Things to Google', true],
      ['Things to look up', true],
      ['Things to check out', true],
      ['Stuff to look into', true],
      ['Projects that require more research', true],
      ['Further research', true],
      ['To investigate', true],
      ['Follow-ups', true],
      ['Followup', true],
      ['Reading list', true],
      ['待研究', true],
      ['Things I liked', false],
      ['Research in practice', false],
    ]);
  });
});

describe('isSlotTitle', () => {
  it('reads a slot word with at most a number, a letter or "speaker", whole', () => {
    expectEach(isSlotTitle, [
      ['Talk 1', true],
      ['Talk 12', true],
      ['Talk 123', true],
      ['Talk 1234', false],
      ['Session #3', true],
      ['Keynote-Speaker', true],
      ['Slot B', true],
      ['Slot J', false],
      ['Session IV', true],
      ['Lightning talk 2', true],
      ['Closing keynote', true],
      ['Vortrag 3', true],
      ['Conférence 2', true],
      ['발표', true],
      ['Talk 1:', true],
      ['Talk 1.', true],
      ['Talk about tests', false],
      ['My talk', false],
    ]);
  });

  it('reads a heading that is only a time or a time range', () => {
    expectEach(isSlotTitle, [
      ['14:30 - 15:00', true],
      ['14:30', true],
      ['14:30 Keynote', true],
      ['14:30 - 15:00 Types vs tests', false],
      ['2019', false],
    ]);
  });
});

describe('looksLikeTalk', () => {
  it('reads a talk mark, a lettered or numbered title, or a heading that names speakers', () => {
    expectEach(looksLikeTalk, [
      ['session: Opening', true],
      ['talk 3: Intro', true],
      ['keynote - Scale', true],
      ['sponsored keynote – Scale', true],
      ['lightning talk — Fast', true],
      ['workshop 2: Hands on', true],
      ['panel: Futures', true],
      ['tutorial: Setup', true],
      ['  B. Better tests', true],
      ['B. x', false],
      ['B.Better tests', false],
      ['12) Title here', true],
      ['1. Title here', true],
      ['123. Title here', false],
      ['1.Title', false],
      ['Types vs tests', false],
      ['Types vs tests - Jane Roe', true],
    ]);
  });
});

describe('splitDayPrefix', () => {
  it('splits a day before a dash, a bar or a colon from what follows', () => {
    expectEach(splitDayPrefix, [
      ['Day 1 - 0945 - The Admin Is Your Friend', { day: 'Day 1', rest: '0945 - The Admin Is Your Friend' }],
      ['Jour 2 : Les tests', { day: 'Jour 2', rest: 'Les tests' }],
      ['Day 1: Opening', { day: 'Day 1', rest: 'Opening' }],
      ['Day 3 | Closing', { day: 'Day 3', rest: 'Closing' }],
      ['Day 3 — Closing', { day: 'Day 3', rest: 'Closing' }],
      ['  Day 3 – Closing  ', { day: 'Day 3', rest: 'Closing' }],
      ['Day 1 -Opening', null],
      ['Day 1:Opening', null],
      ['Day 2 - Monday 24th', null],
      ['Keynote - Scale', null],
      ['Day 1', null],
      [`Day 1 ${'x'.repeat(40)} - Title`, null],
    ]);
  });
});

describe('the edges mutation testing found untested (issue 19)', () => {
  it('reads a slot word with its number joined to it, and marks after it', () => {
    expectEach(isSlotTitle, [
      ['Talk1', true],
      ['Session12', true],
      ['主题演讲::', true],
      [' 主题演讲 ', true],
      ['', false],
      ['...', false],
    ]);
  });

  it('reads a list number with spaces after it, and a trimmed talk mark', () => {
    expect(looksLikeTalk('1.  Better tests')).toBe(true);
    expect(hasTalkMark('  Talk 3: Better tests')).toBe(true);
  });

  it('reads a list of what to look into anywhere in the title', () => {
    expect(isResearchTitle('Some things to google')).toBe(true);
  });

  it('reads no group of talks before a title in Chinese or Japanese brackets', () => {
    expect(isGroupTitle('议题《可观测性》')).toBe(false);
    expect(isGroupTitle('セッション「テスト」')).toBe(false);
    expect(isGroupTitle('议题')).toBe(true);
  });

  it('reads a list of talks by its whole title, trimmed, marks at its end, a part joined with or without spaces', () => {
    expectEach(isTalkListTitle, [
      [' Agenda ', true],
      ['Agenda::', true],
      ['Programme.', true],
      ['Pro.gramme', false],
      ['My agenda', false],
      ['Agenda items', false],
      ['议程+记要', true],
      ['Agenda & notes', true],
    ]);
  });

  it('splits a day from what follows at spaced separators only, 40 characters of day at most', () => {
    const day = 'Day 1 of the conference in the old towns';
    expect(day).toHaveLength(40);
    expectEach(splitDayPrefix, [
      ['Day 1 -  Title', { day: 'Day 1', rest: 'Title' }],
      ['Day 1, Title', { day: 'Day 1', rest: 'Title' }],
      ['Jour 2 :  Titre', { day: 'Jour 2', rest: 'Titre' }],
      [`${day} - Title`, { day, rest: 'Title' }],
      // A heading over two lines (setext) reads no day before a title.
      ['Day 1 - Title\nmore', null],
    ]);
  });
});
