import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/plan/formatDate.js';

describe('formatDate', () => {
  it('writes out the day, the month by name and the year', () => {
    expect(formatDate('2021-12-07')).toBe('7 December 2021');
  });

  it('names every month', () => {
    const months = Array.from({ length: 12 }, (_, index) =>
      formatDate(`2024-${String(index + 1).padStart(2, '0')}-15`),
    );
    expect(months).toEqual([
      '15 January 2024',
      '15 February 2024',
      '15 March 2024',
      '15 April 2024',
      '15 May 2024',
      '15 June 2024',
      '15 July 2024',
      '15 August 2024',
      '15 September 2024',
      '15 October 2024',
      '15 November 2024',
      '15 December 2024',
    ]);
  });

  it('keeps a date it cannot write out as it was given', () => {
    for (const iso of ['2021-13-01', '2021-00-10', '2021-05', '2021-05-00', '0-05-07', '2021'])
      expect(formatDate(iso)).toBe(iso);
  });
});
