import { describe, expect, it } from 'vitest';
import { isSlotTitle } from '../../src/model/headingKinds.js';
import { parseSessionHeading } from '../../src/model/sessionHeading.js';
import { withoutTimeSlot } from '../../src/model/speakers/timeSlot.js';

describe('time slots written with a wave dash, as Japanese notes do', () => {
  it('drops a range or an open-ended time before the title', () => {
    expect(withoutTimeSlot('13:50〜15:00 「非同期処理入門」')).toBe('「非同期処理入門」');
    expect(withoutTimeSlot('13:50～15:00 Title')).toBe('Title');
    expect(withoutTimeSlot('11:00〜 「型ヒント」')).toBe('「型ヒント」');
    expect(withoutTimeSlot('11:00〜「型ヒント」')).toBe('「型ヒント」');
    expect(withoutTimeSlot('11:00～Title')).toBe('Title');
  });

  it('keeps a wave dash that follows no time', () => {
    expect(withoutTimeSlot('Rust〜入門')).toBe('Rust〜入門');
    expect(withoutTimeSlot('2018〜 振り返り')).toBe('2018〜 振り返り');
  });

  it('reads a timed heading with a bracketed title and its speaker', () => {
    expect(parseSessionHeading('11:00〜 「Pythonで始める型ヒント」 ー 山田太郎氏')).toEqual({
      title: 'Pythonで始める型ヒント',
      speakers: [{ name: '山田太郎', org: null }],
    });
  });

  it('takes a heading that is only a wave-dash range as a slot', () => {
    expect(isSlotTitle('13:50〜15:00')).toBe(true);
    expect(isSlotTitle('13:50～15:00')).toBe(true);
  });
});
