import { describe, expect, it } from 'vitest';
import { eventPartOf } from '../../src/model/title/eventPart.js';

describe('eventPartOf: the part of a post title that names the event with its year', () => {
  it('takes the part with a year among parts parted by a dash, a bar, an at-sign or a colon', () => {
    expect(eventPartOf('La veille de Wittouck - Édition spéciale - DevFest de Nantes 2025')).toBe(
      'DevFest de Nantes 2025',
    );
    expect(eventPartOf('Persönlicher Eindruck | Chemnitzer Linux Tage 2011')).toBe('Chemnitzer Linux Tage 2011');
    expect(eventPartOf('Jfokus 2016 - Day 2: Talks, talks and some snoring')).toBe('Jfokus 2016');
    expect(eventPartOf('Facile.it devs @ PHP Day 2015')).toBe('PHP Day 2015');
    expect(eventPartOf('Mes notes: Devoxx France 2022')).toBe('Devoxx France 2022');
    expect(eventPartOf('CSHL Systems Immunology 2023 – Session 8')).toBe('CSHL Systems Immunology 2023');
    expect(eventPartOf('Blog de Ana — PyConES 2019 · Día 1')).toBe('PyConES 2019');
  });

  it('reads a year glued to the name', () => {
    expect(eventPartOf('Mi semana - PHPerKaigi2023')).toBe('PHPerKaigi2023');
  });

  it('takes the first part with a year when several have one', () => {
    expect(eventPartOf('GopherCon 2014 | GopherCon 2015')).toBe('GopherCon 2014');
  });

  it('needs a word beside the year: a date or a bare year names no event', () => {
    expect(eventPartOf('Empire JS | 05.05.2014')).toBe('Empire JS | 05.05.2014');
    expect(eventPartOf('Strange Loop - 2019')).toBe('Strange Loop - 2019');
    expect(eventPartOf('Notes - 2019 x')).toBe('Notes - 2019 x');
  });

  it('needs two letters side by side beside the year, not one each side of it', () => {
    // MATLAB's release "R2019b" is no event.
    expect(eventPartOf("What's new - R2019b")).toBe("What's new - R2019b");
  });

  it('trims its parts: spaces around the title, a space before a French colon', () => {
    expect(eventPartOf('  Mes notes - Devoxx France 2022  ')).toBe('Devoxx France 2022');
    expect(eventPartOf('Devoxx France 2022 : Jour 1')).toBe('Devoxx France 2022');
  });

  it('keeps a title of one part and an empty one as written', () => {
    expect(eventPartOf('Devoxx France 2022: ')).toBe('Devoxx France 2022: ');
  });

  it('reads years from 1990 to 2039 only, of four digits', () => {
    expect(eventPartOf('Old notes - Usenix 1989')).toBe('Old notes - Usenix 1989');
    expect(eventPartOf('Old notes - Usenix 1990')).toBe('Usenix 1990');
    expect(eventPartOf('Later notes - Usenix 2039')).toBe('Usenix 2039');
    expect(eventPartOf('Later notes - Usenix 2040')).toBe('Later notes - Usenix 2040');
    expect(eventPartOf("Ideas - Next'19 Extended")).toBe("Ideas - Next'19 Extended");
    expect(eventPartOf('Ideas - Conf 20190')).toBe('Ideas - Conf 20190');
  });

  it('keeps a title of one part, or with no part naming an event, as written', () => {
    expect(eventPartOf('KubeCon / Cloud Native Con Europe 2021')).toBe('KubeCon / Cloud Native Con Europe 2021');
    expect(eventPartOf('rstudio::conf 2019')).toBe('rstudio::conf 2019');
    expect(eventPartOf('Java 9 : conf meetup')).toBe('Java 9 : conf meetup');
    expect(eventPartOf('KubeCon - Other Cool Things')).toBe('KubeCon - Other Cool Things');
    expect(eventPartOf('Self-hosted CI-CD 2019')).toBe('Self-hosted CI-CD 2019');
  });
});
