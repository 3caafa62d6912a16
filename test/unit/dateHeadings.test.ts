import { describe, expect, it } from 'vitest';
import { isDayTitle } from '../../src/model/headingKinds.js';

describe('isDayTitle: dates written with numbers only', () => {
  it('reads a compact date (YYYYMMDD) with a real month and day', () => {
    for (const title of ['20201013', '19991231', ' 20240229 ']) expect(isDayTitle(title)).toBe(true);
    // not a month, not a day, not a year of this era, or more digits: a number, a ticket, a version
    for (const title of ['20201313', '20201000', '20201032', '18001013', '202010131', '2020101', 'v20201013'])
      expect(isDayTitle(title)).toBe(false);
  });

  it('reads a year-first date with dots or slashes', () => {
    for (const title of ['2019.05.23', '2019/5/23', '2019.05.23 (Thu)', '2019/05/23 - Main stage'])
      expect(isDayTitle(title)).toBe(true);
    expect(isDayTitle('2019.05 release')).toBe(false);
  });

  it('reads CJK and Korean dates, with or without the year', () => {
    for (const title of ['10月13日', '2019年10月13日（日）', '10 月 13 号', '2019년 10월 13일', '10월 13일 (토)'])
      expect(isDayTitle(title)).toBe(true);
    for (const title of ['10月的总结', '13号线的故事', '10월 회고']) expect(isDayTitle(title)).toBe(false);
  });
});
