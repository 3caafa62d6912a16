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

describe('readHeadingSeries: one word after the last dash, where other titles end "- Jane Roe"', () => {
  it('is the speaker of that title, a first name or a handle', () => {
    expect(
      read(['Static Site Generation - Alex Kyriakidis', 'Webpack - Sean Lark', 'Creating VueCLI plugins - Guillaume']),
    ).toEqual([
      ['Static Site Generation - Alex Kyriakidis', [], null],
      ['Webpack - Sean Lark', [], null],
      ['Creating VueCLI plugins', ['Guillaume'], null],
    ]);
  });

  it('is no speaker with one titled so, or where the word is a word of titles', () => {
    expect(read(['Webpack - Sean Lark', 'Creating VueCLI plugins - Guillaume'])).toEqual([
      ['Webpack - Sean Lark', [], null],
      ['Creating VueCLI plugins - Guillaume', [], null],
    ]);
    expect(read(['Static Sites - Alex Kyriakidis', 'Webpack - Sean Lark', 'Vue CLI - Overview'])[2]).toEqual([
      'Vue CLI - Overview',
      [],
      null,
    ]);
  });
});

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

  it('drops numbers of two digits, and more than one space after them, but not a number inside a title', () => {
    const ten = Array.from({ length: 10 }, (_, index) => `${index + 1} Lesson`);
    expect(read(ten).map(([text]) => text)).toEqual(Array(10).fill('Lesson'));
    expect(read(['1  Ways to Fail', '2\tWays to Win']).map(([text]) => text)).toEqual(['Ways to Fail', 'Ways to Win']);
    expect(read(['Part 1 Intro', 'Part 2 Outro']).map(([text]) => text)).toEqual(['Part 1 Intro', 'Part 2 Outro']);
  });

  it('does not read a speaker from the last line of a title written over two lines', () => {
    expect(read(['微服务\n架构，朱跃峰', '基于微信，李佳芮'])).toEqual([
      ['微服务\n架构，朱跃峰', [], null],
      ['基于微信，李佳芮', [], null],
    ]);
  });

  it('does not name for a person a heading that reads as a title and its speaker', () => {
    expect(read(['Rust Belt (Jane Roe)', 'Ann Lee', 'Carl Dunn'])).toEqual([
      ['Rust Belt (Jane Roe)', [], null],
      ['Ann Lee', [], ['Ann Lee']],
      ['Carl Dunn', [], ['Carl Dunn']],
    ]);
  });
});
