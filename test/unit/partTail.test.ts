import { describe, expect, it } from 'vitest';
import { withoutPartTail } from '../../src/model/title/partTail.js';

describe('withoutPartTail: a title about one day or session names the conference', () => {
  it('drops a trailing day, in several languages and scripts', () => {
    expect(withoutPartTail('深圳 ArchSummit 全球架构师峰会 day 1')).toBe('深圳 ArchSummit 全球架构师峰会');
    expect(withoutPartTail('Jfokus 2016 - Day 2: Talks, talks and some snoring')).toBe('Jfokus 2016');
    expect(withoutPartTail('DevFest Nantes 2025 – Jour 2')).toBe('DevFest Nantes 2025');
    expect(withoutPartTail('PyConES 2019, día 1')).toBe('PyConES 2019');
    expect(withoutPartTail('FrOSCon 2019 Tag 2')).toBe('FrOSCon 2019');
    expect(withoutPartTail('KubeCon EU 2019 (Day One)')).toBe('KubeCon EU 2019');
    expect(withoutPartTail('Devoxx France 2022 : premier jour')).toBe('Devoxx France 2022');
    expect(withoutPartTail('RubyConf 2018 second day')).toBe('RubyConf 2018');
    expect(withoutPartTail('PyCon JP 2018 2日目')).toBe('PyCon JP 2018');
    expect(withoutPartTail('PyCon China 2019 第二天')).toBe('PyCon China 2019');
    expect(withoutPartTail('DEVIEW 2019 2일차')).toBe('DEVIEW 2019');
    expect(withoutPartTail('Codemotion 2015 - Giorno II')).toBe('Codemotion 2015');
  });

  it('drops a trailing session or part', () => {
    expect(withoutPartTail('CSHL Systems Immunology 2023 - Session 8')).toBe('CSHL Systems Immunology 2023');
    expect(withoutPartTail('GopherCon 2014 Part 2')).toBe('GopherCon 2014');
    expect(withoutPartTail('JavaLand 2023 - Teil 3: Security')).toBe('JavaLand 2023');
  });

  it('drops a trailing date and keeps its year where the name has none', () => {
    expect(withoutPartTail('Empire JS | 05.05.2014')).toBe('Empire JS 2014');
    expect(withoutPartTail('Empire JS 2014 | 05.05.2014')).toBe('Empire JS 2014');
    expect(withoutPartTail('Empire JS - 2014-05-05')).toBe('Empire JS 2014');
    expect(withoutPartTail('Devoxx 2023 du 12 au 14 avril')).toBe('Devoxx 2023');
    expect(withoutPartTail('Strange Loop, September 12-13, 2019')).toBe('Strange Loop 2019');
    expect(withoutPartTail('Strange Loop (Sept 12th)')).toBe('Strange Loop');
    expect(withoutPartTail('T3CON 12. bis 14. Oktober 2022')).toBe('T3CON 2022');
    expect(withoutPartTail('Codemotion 25 de noviembre de 2015')).toBe('Codemotion 2015');
    expect(withoutPartTail('Meetup 05/05/14')).toBe('Meetup');
  });

  it('reads a title with spaces around it', () => {
    expect(withoutPartTail('  PyCon JP 2018 Day 1  ')).toBe('PyCon JP 2018');
  });

  it('keeps the year of a date in the 1990s', () => {
    expect(withoutPartTail('Usenix | 05.05.1995')).toBe('Usenix 1995');
  });

  it('keeps a title that is only a day or a date, or a head without a word', () => {
    expect(withoutPartTail('Day 1')).toBe('Day 1');
    expect(withoutPartTail('2019 - Day 1')).toBe('2019 - Day 1');
    expect(withoutPartTail('Saturday, April 22')).toBe('Saturday, April 22');
    expect(withoutPartTail('X Day 1')).toBe('X Day 1');
  });

  it('keeps a title whose end is no part of the programme', () => {
    expect(withoutPartTail('Scala Days 2015')).toBe('Scala Days 2015');
    expect(withoutPartTail('Java 9 : conf meetup')).toBe('Java 9 : conf meetup');
    expect(withoutPartTail('LifeWatch Biodiversity Day 2024')).toBe('LifeWatch Biodiversity Day 2024');
    expect(withoutPartTail('Birthday 3')).toBe('Birthday 3');
    expect(withoutPartTail('PHP Day 2015')).toBe('PHP Day 2015');
    expect(withoutPartTail('Maydays 12')).toBe('Maydays 12');
  });
});
