import { describe, expect, it } from 'vitest';
import { sliceCode } from '../../src/plan/sliceCode.js';

describe('sliceCode', () => {
  it('fills each slice exactly to its capacity', () => {
    expect(sliceCode('a\nb\nc\nd\ne', 2, 80)).toEqual(['a\nb', 'c\nd', 'e']);
    expect(sliceCode('a\nb', 2, 80)).toEqual(['a\nb']);
    expect(sliceCode('a\nb\nc', 2.5, 80)).toEqual(['a\nb', 'c']);
  });

  it('counts a line longer than a code line as the lines it wraps to', () => {
    const long = 'x'.repeat(81);
    expect(sliceCode(`${'y'.repeat(80)}\nb`, 2, 80)).toEqual([`${'y'.repeat(80)}\nb`]);
    expect(sliceCode(`${long}\nb`, 2, 80)).toEqual([long, 'b']);
    expect(sliceCode(`a\n${'z'.repeat(160)}\nb`, 3, 80)).toEqual([`a\n${'z'.repeat(160)}`, 'b']);
  });

  it('puts at least one line in a slice, however tall', () => {
    const tall = 'x'.repeat(400);
    expect(sliceCode(`${tall}\nb`, 2, 80)).toEqual([tall, 'b']);
    expect(sliceCode(`a\n${tall}`, 2, 80)).toEqual(['a', tall]);
  });

  it('counts an empty line as one', () => {
    expect(sliceCode('\n\n', 2, 80)).toEqual(['\n', '']);
  });
});
