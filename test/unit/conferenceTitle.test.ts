import { describe, expect, it } from 'vitest';
import { cleanTitle, conferenceTitle, fileNameTitle, isSectionName } from '../../src/model/title/conferenceTitle.js';
import { titleSources as sources } from '../support/titleSources.js';

describe('cleanTitle: the conference inside an author title', () => {
  it('drops a wrapper, the other parts and a trailing day or date together', () => {
    expect(cleanTitle('My notes from Jfokus 2016 - Day 2: Talks, talks and some snoring')).toBe('Jfokus 2016');
    expect(cleanTitle('La veille - Édition spéciale - DevFest de Nantes 2025 (jour 1)')).toBe('DevFest de Nantes 2025');
    expect(cleanTitle('Empire JS | 05.05.2014')).toBe('Empire JS 2014');
    expect(cleanTitle('Estuvimos en PyConES 2019 - resumen')).toBe('PyConES 2019');
    expect(cleanTitle('DroidKaigi 2025 day 2に参加した話')).toBe('DroidKaigi 2025');
  });

  it("drops a hashtag's sign before a word, not inside one", () => {
    expect(cleanTitle('YouGoto #RubyKaigi 2019 Day3')).toBe('YouGoto RubyKaigi 2019');
    expect(cleanTitle('#PyConJP 2018')).toBe('PyConJP 2018');
    expect(cleanTitle('C# Conf 2019')).toBe('C# Conf 2019');
    expect(cleanTitle('Meetup #12')).toBe('Meetup #12');
  });

  it('reads a title that is only a web address as its site and year', () => {
    expect(cleanTitle('<https://2015.cssconf.com/>')).toBe('cssconf 2015');
  });

  it("reads a repository's slug as words", () => {
    expect(cleanTitle('deconstruct-2018-conference-notes')).toBe('deconstruct 2018 conference');
    expect(cleanTitle('kubecon_eu_2019')).toBe('kubecon eu 2019');
    expect(cleanTitle('self-hosted')).toBe('self-hosted');
    expect(cleanTitle('Self-Hosted-Conf-2019')).toBe('Self-Hosted-Conf-2019');
  });
});

describe('cleanTitle: a slug only where the whole title is one', () => {
  it('reads a slug that opens with a number, not one with a capital at either end', () => {
    expect(cleanTitle('2018-deconstruct-conference')).toBe('2018 deconstruct conference');
    expect(cleanTitle('Deconstruct-2018-conference-notes')).toBe('Deconstruct-2018-conference');
    expect(cleanTitle('deconstruct-2018-conference-Notes')).toBe('deconstruct-2018-conference');
  });
});

describe('isSectionName: a heading that names a part of the notes', () => {
  it('knows a section word padded with spaces, or after "all" and two spaces, and only as the whole title', () => {
    expect(isSectionName('  the sessions  ')).toBe(true);
    expect(isSectionName('All  Talks')).toBe(true);
    expect(isSectionName('PyCon Talks')).toBe(false);
  });

  it('knows section and group words alone', () => {
    for (const title of [
      'Overview',
      'Presentations',
      'All Talks',
      'the sessions',
      'Highlights',
      'README',
      'Notes',
      'Summary',
    ])
      expect(isSectionName(title), title).toBe(true);
  });

  it('knows a name with such a word in it is none', () => {
    for (const title of ['PyCon Talks 2019', 'Highlights of GopherCon', 'Keynotes and more', 'Scala Days'])
      expect(isSectionName(title), title).toBe(false);
  });
});

describe('conferenceTitle: the conference title of one notes file', () => {
  it("takes the author's title, cleaned", () => {
    expect(conferenceTitle(sources({ author: 'My takeaways from GopherCon 2014' }))).toBe('GopherCon 2014');
  });

  it('takes the event the notes name with its year where the title names a day or a section, or there is none', () => {
    const source = 'We were at SOSCON 2015 all week.';
    expect(conferenceTitle(sources({ author: 'Saturday, April 22', source }))).toBe('SOSCON 2015');
    expect(conferenceTitle(sources({ author: 'Overview', source }))).toBe('SOSCON 2015');
    expect(conferenceTitle(sources({ author: 'Presentations', source }))).toBe('SOSCON 2015');
    expect(conferenceTitle(sources({ author: null, source }))).toBe('SOSCON 2015');
    // Not searched where the title is the first line of notes without headings.
    expect(conferenceTitle(sources({ author: 'Overview', source, searchText: false }))).toBe('Overview');
  });

  it('keeps a day or section title when the notes name no event, without adding a year to it', () => {
    expect(conferenceTitle(sources({ author: 'Overview', year: '2023' }))).toBe('Overview');
    expect(conferenceTitle(sources({ author: 'Day 1', year: '2023' }))).toBe('Day 1');
  });

  it('takes the full name the opening paragraph gives a short title', () => {
    const opening = "[devopsdays Amsterdam '16](http://www.devopsdays.org/) Report";
    expect(conferenceTitle(sources({ author: 'devopsdays16', opening, year: '2016' }))).toBe(
      "devopsdays Amsterdam '16",
    );
  });

  it("puts the notes' year after a title without one", () => {
    expect(conferenceTitle(sources({ author: 'Frozenrails', year: '2012' }))).toBe('Frozenrails 2012');
    expect(conferenceTitle(sources({ author: 'Fluent Conference Notes', year: '2017' }))).toBe(
      'Fluent Conference 2017',
    );
  });

  it('falls back on the file name, cleaned, with no year added', () => {
    expect(conferenceTitle(sources({ file: 'notes/2019-csvconf-notes.md', year: '2020' }))).toBe('csvconf 2019');
    expect(conferenceTitle(sources({ file: 'notes/scaladays.md', year: '2015' }))).toBe('scaladays');
  });
});

describe('conferenceTitle: a day heading that names the event', () => {
  it('names the conference where the file name names only a day, a section or nothing', () => {
    expect(conferenceTitle(sources({ file: 'day1.md', dayTitles: ['Kubecon Day one'] }))).toBe('Kubecon');
    expect(conferenceTitle(sources({ file: 'overview.md', dayTitles: ['Day 1', 'PyCon JP 2018 2日目'] }))).toBe(
      'PyCon JP 2018',
    );
    expect(conferenceTitle(sources({ file: '2025 07 127.md', dayTitles: ['Meetup X - Tag 1'] }))).toBe('Meetup X');
    expect(conferenceTitle(sources({ file: 'a.md', dayTitles: ['Meetup X - Tag 1'] }))).toBe('Meetup X');
  });

  it('gives way to a file name that names something else, and needs a name before the day', () => {
    expect(conferenceTitle(sources({ file: 'pycon-2019.md', dayTitles: ['Kubecon Day one'] }))).toBe('pycon 2019');
    expect(conferenceTitle(sources({ file: 'day1.md', dayTitles: ['Day one', 'Saturday, April 22'] }))).toBe('day1');
    expect(conferenceTitle(sources({ file: 'day1.md', dayTitles: ['Tuesday Day 2'] }))).toBe('day1');
    // A day heading with no day in it names no event before a day.
    expect(conferenceTitle(sources({ file: 'day1.md', dayTitles: ['Kubecon Europe'] }))).toBe('day1');
  });
});

describe('fileNameTitle: the title a file name gives', () => {
  it('is cleaned as an author title is, but for the stand-in of a name without words', () => {
    expect(fileNameTitle('pycon2021_notes.md')).toBe('pycon2021');
    expect(fileNameTitle('jane-roe.md')).toBe('jane roe');
    expect(fileNameTitle('__.md')).toBe('Conference notes');
  });
});
