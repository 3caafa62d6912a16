import { describe, expect, it } from 'vitest';
import { authorsField, dateField, stringField, titleFromFileName } from '../../src/model/frontMatterFields.js';

describe('dateField', () => {
  it('takes the day of a date, a date-time string or a date-like object', () => {
    expect(dateField(new Date('2021-05-04T22:30:00Z'))).toBe('2021-05-04');
    expect(dateField('  2021-05-04 ')).toBe('2021-05-04');
    expect(dateField('2021-05-04T10:00:00+02:00')).toBe('2021-05-04');
    expect(dateField({ toISOString: () => '2021-05-04T00:00:00.000Z' })).toBe('2021-05-04');
  });

  it('is null for anything else', () => {
    expect(dateField('May 4, 2021')).toBeNull();
    expect(dateField('x2021-05-04')).toBeNull();
    expect(dateField(20210504)).toBeNull();
    expect(dateField(undefined)).toBeNull();
    expect(dateField({ toISOString: 'no' })).toBeNull();
  });
});

describe('authorsField', () => {
  it('takes author and authors, strings or objects with a name, trimmed, in order, each once', () => {
    expect(
      authorsField({ author: ' Ann Lee ', authors: ['Bob Smith', { name: 'Ann Lee' }, { name: ' Cy Doe' }] }),
    ).toEqual(['Ann Lee', 'Bob Smith', 'Cy Doe']);
    expect(authorsField({ author: { name: 'Ann Lee' } })).toEqual(['Ann Lee']);
    expect(authorsField({ authors: ['Ann Lee', ' Ann Lee '] })).toEqual(['Ann Lee']);
  });

  it('skips empty names and entries that are not names', () => {
    expect(authorsField({ author: '  ', authors: [42, null, { name: 7 }, { title: 'x' }, 'Bob Smith'] })).toEqual([
      'Bob Smith',
    ]);
    expect(authorsField({})).toEqual([]);
  });
});

describe('stringField', () => {
  it('is a string trimmed, or null when empty or not a string', () => {
    expect(stringField('  KubeCon  ')).toBe('KubeCon');
    expect(stringField('   ')).toBeNull();
    expect(stringField('')).toBeNull();
    expect(stringField(2021)).toBeNull();
  });
});

describe('titleFromFileName', () => {
  it('drops the folder, the extension and a leading number, and reads dashes and underscores as spaces', () => {
    expect(titleFromFileName('notes/04-kubecon-eu_2021.md')).toBe('kubecon eu 2021');
    expect(titleFromFileName('04 _ devoxx.md')).toBe('devoxx');
    expect(titleFromFileName('2021.md')).toBe('2021');
    expect(titleFromFileName('2021-05.md')).toBe('2021 05');
    expect(titleFromFileName('gophercon--2019__day.md')).toBe('gophercon 2019 day');
  });

  it('puts a leading year, or the year of a leading date, after the name', () => {
    expect(titleFromFileName('notes/2015-scaladays.md')).toBe('scaladays 2015');
    expect(titleFromFileName('_posts/2019-09-06-seminar-minutes-8.md')).toBe('seminar minutes 8 2019');
    expect(titleFromFileName('2025-3-smashing_talks.md')).toBe('smashing talks 2025');
    expect(titleFromFileName('1990 devconf.md')).toBe('devconf 1990');
    expect(titleFromFileName('2039_devconf.md')).toBe('devconf 2039');
    // Not a year of the conference: a number that orders files, or a year with nothing after it.
    expect(titleFromFileName('1899-devconf.md')).toBe('devconf');
    expect(titleFromFileName('2015-09-06.md')).toBe('2015 09 06');
    expect(titleFromFileName('2015-09-06-07-08-x.md')).toBe('2015 09 06 07 08 x');
  });

  it('falls back to "Conference notes" for a name with no words', () => {
    expect(titleFromFileName('__.md')).toBe('Conference notes');
    expect(titleFromFileName('-.md')).toBe('Conference notes');
  });
});
