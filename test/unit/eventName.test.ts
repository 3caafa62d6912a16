import { describe, expect, it } from 'vitest';
import { eventNameIn } from '../../src/model/eventName.js';

describe('eventNameIn: the event a notes file names with its year', () => {
  it('finds one capitalized word that reads as a name, with or without a space before the year', () => {
    expect(eventNameIn('Notes from GopherCon 2014, day one')).toBe('GopherCon 2014');
    expect(eventNameIn('SOSCON 2015')).toBe('SOSCON 2015');
    expect(eventNameIn('PHPerKaigi2023')).toBe('PHPerKaigi 2023');
    expect(eventNameIn("GopherCon '2019")).toBe('GopherCon 2019');
    expect(eventNameIn('C++Now 2019 and C# Conf 2020')).toBe('C++Now 2019');
  });

  it('takes up to three capitalized words, and two make a name even when each alone would not', () => {
    expect(eventNameIn('Devoxx France 2022')).toBe('Devoxx France 2022');
    expect(eventNameIn('Scala Days 2019')).toBe('Scala Days 2019');
    expect(eventNameIn('at Big Fun Conf 2019')).toBe('Big Fun Conf 2019');
  });

  it('passes over languages and products versioned by a year, to the event after them', () => {
    expect(eventNameIn('Powered by ES2015 proxies')).toBeNull();
    expect(eventNameIn('ECMAScript 2015 classes at JSConf 2016')).toBe('JSConf 2016');
    expect(eventNameIn('Visual Studio 2022, SQL Server 2019, Windows Server 2016 and C++ 20')).toBeNull();
    expect(eventNameIn('Office 2019 then ESNext 2020')).toBe('ESNext 2020');
  });

  it('leaves out one word with a single capital, which may open a sentence', () => {
    expect(eventNameIn('Gophercon 2014')).toBeNull();
    expect(eventNameIn('Gophercon 2014 then SOSCON 2015')).toBe('SOSCON 2015');
  });

  it('drops the words that open a sentence and refuses dates and seasons', () => {
    expect(eventNameIn('In GopherCon 2014')).toBe('GopherCon 2014');
    expect(eventNameIn('The Big Fun Conf 2019')).toBe('Big Fun Conf 2019');
    expect(eventNameIn('In 2019 we went')).toBeNull();
    expect(eventNameIn('May 2019')).toBeNull();
    expect(eventNameIn('Spring Days 2019')).toBeNull();
    expect(eventNameIn('Summer Fun 2019, then SOSCON 2015')).toBe('SOSCON 2015');
  });

  it('reads words apart however many spaces part them, and refuses a sentence word among them', () => {
    expect(eventNameIn('Devoxx  France 2022')).toBe('Devoxx France 2022');
    expect(eventNameIn('Visit Japan In 2019')).toBeNull();
    expect(eventNameIn('Ontario DevFest 2019')).toBe('Ontario DevFest 2019');
  });

  it('reads years from 1990 to 2039 standing alone', () => {
    expect(eventNameIn('GopherCon 1989')).toBeNull();
    expect(eventNameIn('GopherCon 1990')).toBe('GopherCon 1990');
    expect(eventNameIn('GopherCon 1999')).toBe('GopherCon 1999');
    expect(eventNameIn('GopherCon 2039')).toBe('GopherCon 2039');
    expect(eventNameIn('GopherCon 2040')).toBeNull();
    expect(eventNameIn('GopherCon 20145')).toBeNull();
    expect(eventNameIn("GopherCon '19")).toBeNull();
  });

  it('needs the name to start a word', () => {
    expect(eventNameIn('xGopherCon 2014')).toBeNull();
    expect(eventNameIn('7GopherCon 2014')).toBeNull();
  });

  it('is null for text with no name and year', () => {
    expect(eventNameIn('')).toBeNull();
    expect(eventNameIn('Notes about GopherCon')).toBeNull();
  });
});
