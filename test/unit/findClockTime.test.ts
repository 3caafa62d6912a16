import { describe, expect, it } from 'vitest';
import { findClockTime } from '../../src/merge/findClockTime.js';

const minutesOf = (text: string) => findClockTime(text)?.minutes ?? null;

describe('findClockTime', () => {
  it('reads noon and midnight on a 12-hour clock', () => {
    expect(minutesOf('12:30 pm Lunch keynote')).toBe(12 * 60 + 30);
    expect(minutesOf('12pm')).toBe(12 * 60);
    expect(minutesOf('12:15 am Late show')).toBe(15);
    expect(minutesOf('12am')).toBe(0);
    expect(minutesOf('11:45 pm')).toBe(23 * 60 + 45);
    expect(minutesOf('1 pm')).toBe(13 * 60);
    expect(minutesOf('11:45 am')).toBe(11 * 60 + 45);
  });

  it('reads a 24-hour clock up to 23:59 and no further', () => {
    expect(minutesOf('23:59 Closing')).toBe(23 * 60 + 59);
    expect(minutesOf('13:00 Talk')).toBe(13 * 60);
    expect(minutesOf('12:00 Lunch')).toBe(12 * 60);
    expect(minutesOf('00:00')).toBe(0);
    expect(minutesOf('24:00 Talk')).toBeNull();
    expect(minutesOf('10:59')).toBe(10 * 60 + 59);
    expect(minutesOf('10:60 Talk')).toBeNull();
  });

  it('rejects an hour past 12 written with am or pm', () => {
    expect(minutesOf('13pm')).toBeNull();
    expect(minutesOf('13:00 pm')).toBeNull();
    expect(minutesOf('13:00 am')).toBeNull();
  });

  it('reads am/pm in any case and with dots, after a colon or a dot', () => {
    expect(minutesOf('9:30 PM')).toBe(21 * 60 + 30);
    expect(minutesOf('9:30 p.m. Talk')).toBe(21 * 60 + 30);
    expect(minutesOf('10.30 pm')).toBe(22 * 60 + 30);
    expect(minutesOf('10.45am')).toBe(10 * 60 + 45);
    expect(minutesOf('7 A.M.')).toBe(7 * 60);
  });

  it('gives where the time starts and how long it is, a range included', () => {
    expect(findClockTime('Keynote (2:30 pm)')).toEqual({ minutes: 14 * 60 + 30, index: 9, length: 7 });
    expect(findClockTime('Slot 9:30 - 10:15 am: Talk')).toEqual({ minutes: 9 * 60 + 30, index: 5, length: 15 });
    expect(findClockTime('Talk at 11:00')).toEqual({ minutes: 11 * 60, index: 8, length: 5 });
  });

  it('reads no time inside a version, a longer number or a decimal', () => {
    expect(findClockTime('Kubernetes 1.24 release')).toBeNull();
    expect(findClockTime('v1.10:30 build')).toBeNull();
    expect(findClockTime('Version 2.10:30')).toBeNull();
    expect(findClockTime('110:30 total')).toBeNull();
    expect(findClockTime('10:30.5 seconds')).toBeNull();
    expect(findClockTime('3 ways to fail')).toBeNull();
    expect(findClockTime('3 amigos')).toBeNull();
  });
});
