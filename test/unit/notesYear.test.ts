import { describe, expect, it } from 'vitest';
import { notesYear, withYear } from '../../src/model/title/notesYear.js';

describe('notesYear: the year the notes are dated in', () => {
  it("takes the front matter date's year first", () => {
    expect(notesYear('2012-09-20', ['2013-01-01'])).toBe('2012');
  });

  it('takes the one year that all dated day headings share', () => {
    expect(notesYear(null, ['2012-09-20', '2012-09-21'])).toBe('2012');
    expect(notesYear(null, ['Thursday 20 September 2012', 'Friday'])).toBe('2012');
    expect(notesYear(null, ['Día 1 (1990)'])).toBe('1990');
    expect(notesYear(null, ['Tag 1 (2039)'])).toBe('2039');
  });

  it("takes a blog post's file name date last: the front matter and the days say more", () => {
    expect(notesYear(null, [], '_posts/2013-03-04-big-ruby-round-up.md')).toBe('2013');
    expect(notesYear(null, [], '2018-11-13_chrome-developer-summit.md')).toBe('2018');
    expect(notesYear(null, [], '1990-01-01-x.md')).toBe('1990');
    expect(notesYear(null, [], '2039-12-31-x.md')).toBe('2039');
    expect(notesYear('2012-09-20', [], '2013-01-01-x.md')).toBe('2012');
    expect(notesYear(null, ['2012-12-28'], '2013-01-04-x.md')).toBe('2012');
    expect(notesYear(null, ['2012-12-31', '2013-01-01'], '2014-01-04-x.md')).toBe('2014');
  });

  it("reads a whole date before the file's name only, and years 1990 to 2039", () => {
    expect(notesYear(null, [], '2015-scaladays.md')).toBeNull();
    expect(notesYear(null, [], '2015-03-scaladays.md')).toBeNull();
    expect(notesYear(null, [], '2013-03-04.md')).toBeNull();
    expect(notesYear(null, [], 'notes-2013-03-04-x.md')).toBeNull();
    expect(notesYear(null, [], '2013-03-04-posts/notes.md')).toBeNull();
    expect(notesYear(null, [], '1989-01-01-x.md')).toBeNull();
    expect(notesYear(null, [], '2040-01-01-x.md')).toBeNull();
    expect(notesYear(null, [])).toBeNull();
  });

  it('gives none when the days name no year or several', () => {
    expect(notesYear(null, [])).toBeNull();
    expect(notesYear(null, ['Day 1', 'Day 2'])).toBeNull();
    expect(notesYear(null, ['2012-12-31', '2013-01-01'])).toBeNull();
    expect(notesYear(null, ['Day 1989', 'Day 2040', 'Day 20120'])).toBeNull();
  });
});

describe('withYear: a title without its year gains it', () => {
  it('puts the year after a title with no number', () => {
    expect(withYear('Frozenrails', '2012')).toBe('Frozenrails 2012');
    expect(withYear('Fluent Conference', '2017')).toBe('Fluent Conference 2017');
    expect(withYear('Journées Devoxx', '2022')).toBe('Journées Devoxx 2022');
  });

  it('keeps a title that has a number, or is written in a year-first script, or without a year', () => {
    expect(withYear('Frozenrails', null)).toBe('Frozenrails');
    expect(withYear('PyCon 2019', '2020')).toBe('PyCon 2019');
    expect(withYear("Next'19 Extended", '2019')).toBe("Next'19 Extended");
    expect(withYear('Java 9 : conf meetup', '2017')).toBe('Java 9 : conf meetup');
    expect(withYear('深圳 ArchSummit 全球架构师峰会', '2018')).toBe('深圳 ArchSummit 全球架构师峰会');
    expect(withYear('PHPカンファレンス', '2023')).toBe('PHPカンファレンス');
    expect(withYear('인프콘', '2022')).toBe('인프콘');
    expect(withYear('DroidKaigi', '2025')).toBe('DroidKaigi 2025');
    expect(withYear('KubeCon - Other Cool Things', '2019')).toBe('KubeCon - Other Cool Things');
    expect(withYear('KubeCon | Other Cool Things', '2019')).toBe('KubeCon | Other Cool Things');
    expect(withYear('KubeCon: Other Cool Things', '2019')).toBe('KubeCon: Other Cool Things');
    expect(withYear('Self-hosted Conf', '2019')).toBe('Self-hosted Conf 2019');
    expect(withYear('Web Unleashed Conf Toronto', '2019')).toBe('Web Unleashed Conf Toronto 2019');
    expect(withYear('Web Unleashed Conf in Toronto', '2019')).toBe('Web Unleashed Conf in Toronto');
    // Words counted apart from the spaces between them; a short title in parts.
    expect(withYear('Web Unleashed Conf  Toronto', '2019')).toBe('Web Unleashed Conf  Toronto 2019');
    expect(withYear('KubeCon - Europe', '2019')).toBe('KubeCon - Europe');
    expect(withYear('Arrived yesterday, today', '2024')).toBe('Arrived yesterday, today');
    expect(withYear('Back again; Conf', '2024')).toBe('Back again; Conf');
    expect(withYear('Back again!', '2024')).toBe('Back again!');
    expect(withYear('Back again?', '2024')).toBe('Back again?');
  });
});
