import { describe, expect, it } from 'vitest';
import type { TalkSource } from '../../src/model/inferStructure.js';
import { MIN_SERIES, readHeadingSeries } from '../../src/model/reading/headingSeries.js';

const talk = (text: string, fields: Partial<TalkSource> = {}): TalkSource => ({
  heading: `## ${text}`,
  text,
  line: 1,
  body: [],
  group: null,
  ...fields,
});

/** Each talk as [its text, its speakers' names, the person it is named for]. */
const read = (texts: (string | TalkSource)[]) =>
  readHeadingSeries(texts.map((text) => (typeof text === 'string' ? talk(text) : text))).map((found) => [
    found.text,
    (found.speakers ?? []).map((speaker) => speaker.name),
    found.namedFor?.map((person) => person.name) ?? null,
  ]);

describe('readHeadingSeries: shapes only a whole file of talk headings shows', () => {
  it('drops numbers 1, 2, … in order before every title', () => {
    expect(read(['1 Ways to Fail', '2 Ways to Win', '3 Ways to Rest'])).toEqual([
      ['Ways to Fail', [], null],
      ['Ways to Win', [], null],
      ['Ways to Rest', [], null],
    ]);
  });

  it('keeps numbers out of order, on some titles only, or without a space after them', () => {
    expect(read(['1 Ways to Fail', '3 Ways to Win'])).toEqual([
      ['1 Ways to Fail', [], null],
      ['3 Ways to Win', [], null],
    ]);
    expect(read(['1 Ways to Fail', 'Ways to Win'])).toEqual([
      ['1 Ways to Fail', [], null],
      ['Ways to Win', [], null],
    ]);
    expect(read(['1 Ways to Fail', '2Ways to Win'])[1]).toEqual(['2Ways to Win', [], null]);
  });

  it(`needs at least ${MIN_SERIES} talks`, () => {
    expect(read(['1 Ways to Fail'])).toEqual([['1 Ways to Fail', [], null]]);
    expect(read(['微服务架构，朱跃峰'])).toEqual([['微服务架构，朱跃峰', [], null]]);
  });

  it('reads a Chinese name of two or three characters after a full-width comma on every title as its speaker', () => {
    expect(
      read([talk('微服务架构 ，朱跃峰', { speakers: [{ name: 'Ann Lee', org: null }] }), '1 基于微信，李佳芮']),
    ).toEqual([
      ['微服务架构', ['Ann Lee', '朱跃峰'], null],
      ['1 基于微信', ['李佳芮'], null],
    ]);
    expect(read(['微服务架构，朱跃峰', '基于微信，李佳芮芮芮'])).toEqual([
      ['微服务架构，朱跃峰', [], null],
      ['基于微信，李佳芮芮芮', [], null],
    ]);
  });

  it('names talks for people when half of the headings or more are only a name, and at least two', () => {
    expect(read(['Jane Roe', 'Ann Lee', 'Why service meshes fail', 'Memory safety in practice'])).toEqual([
      ['Jane Roe', [], ['Jane Roe']],
      ['Ann Lee', [], ['Ann Lee']],
      ['Why service meshes fail', [], null],
      ['Memory safety in practice', [], null],
    ]);
    expect(
      read(['Jane Roe', 'Ann Lee', 'Why service meshes fail', 'Memory safety in practice', 'Writing good tests']),
    ).toEqual([
      ['Jane Roe', [], null],
      ['Ann Lee', [], null],
      ['Why service meshes fail', [], null],
      ['Memory safety in practice', [], null],
      ['Writing good tests', [], null],
    ]);
    expect(read(['Jane Roe', 'Why service meshes fail'])[0]).toEqual(['Jane Roe', [], null]);
  });

  it('does not name for a person a talk whose speakers are written elsewhere or in its heading', () => {
    const withColumn = talk('Ann Lee', { speakerHeading: { heading: 'Bob Smith', text: 'Bob Smith' } });
    expect(read(['Jane Roe', withColumn, 'Carl Dunn'])).toEqual([
      ['Jane Roe', [], ['Jane Roe']],
      ['Ann Lee', [], null],
      ['Carl Dunn', [], ['Carl Dunn']],
    ]);
    expect(read(['Jane Roe', 'Service Mesh - Ann Lee', 'Carl Dunn'])[1]).toEqual(['Service Mesh - Ann Lee', [], null]);
  });
});
