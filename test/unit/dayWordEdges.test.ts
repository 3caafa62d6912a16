import { describe, expect, it } from 'vitest';
import { isDayTitle, splitDayPrefix } from '../../src/model/headingKinds.js';

describe('day headings: word edges that know accented letters', () => {
  it('reads a day named by an accented word', () => {
    expect(isDayTitle('Último día')).toBe(true);
    expect(isDayTitle('último dia')).toBe(true);
    expect(isDayTitle('Ultimo día')).toBe(true);
  });

  it('does not find a day inside a word that ends in one ("Cádia 2", "Ñday 1")', () => {
    expect(isDayTitle('Cádia 2')).toBe(false);
    expect(isDayTitle('Ñday 1')).toBe(false);
    expect(isDayTitle('Día 2')).toBe(true);
  });

  it('stops a day at an accented letter that goes on the word ("Day 1é")', () => {
    expect(isDayTitle('Day 1é')).toBe(false);
    expect(isDayTitle('Mondayé')).toBe(false);
    expect(isDayTitle('Monday')).toBe(true);
    expect(isDayTitle('2019-05-23é')).toBe(false);
    expect(isDayTitle('2019-05-23 (Thu)')).toBe(true);
  });

  it('splits an accented day off a talk heading ("Último día – 09:00 – Title")', () => {
    expect(splitDayPrefix('Último día – 09:00 – Ingeniería del caos')).toEqual({
      day: 'Último día',
      rest: '09:00 – Ingeniería del caos',
    });
  });
});

describe('day headings: ordinal days and weekdays in Portuguese, Italian and German (seen 138 lost its first day)', () => {
  it('reads ordinal days', () => {
    for (const day of [
      'Primeiro dia — Segunda-feira',
      'Terceiro Dia',
      'quarto dia',
      'Primo giorno',
      'Terzo giorno',
      'Ultimo giorno',
      'Erster Tag',
      'Zweiter Tag',
      'Letzter Tag',
    ])
      expect(isDayTitle(day), day).toBe(true);
  });

  it('reads a Portuguese "-feira" weekday, hyphenated or spaced, and an Italian weekday before a date or alone', () => {
    for (const day of [
      'Segunda-feira',
      'Terça Feira',
      'terca-feira',
      'Quarta-feira, 14/03',
      'Quinta feira',
      'Sexta-Feira',
      'Lunedì 3',
      'Martedi',
      'venerdì',
    ])
      expect(isDayTitle(day), day).toBe(true);
  });

  it('reads no day in words that only hold those ones', () => {
    for (const title of [
      'Feira de Ciências',
      'A quinta essência',
      'Primeiro passo',
      'Tagung',
      'Primo piano',
      'Segundafeira',
      'Venerdìsanto',
    ])
      expect(isDayTitle(title), title).toBe(false);
  });
});
