import { describe, expect, it } from 'vitest';
import { buildOutline, type OutlineSection } from '../../src/model/outline.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

/** The tree as nested [text, children]. */
type Shape = [string, Shape[]];
const shape = (sections: OutlineSection[]): Shape[] =>
  sections.map((section) => [section.text, shape(section.children)]);

function outlineOf(text: string): Shape[] {
  return shape(buildOutline(parseMarkdown(text).children, text).sections);
}

/** Two days of two bold-line talks each, then `last`: the section under test. */
const withDays = (last: string) =>
  [
    '## Day One',
    '**Accessible by Default**',
    'Speaker: Jane Roe',
    '**The Slowest App Ever**',
    'Speaker: John Doe',
    last,
  ].join('\n\n');

describe('a day that opens with its one bold line, where other days’ bold lines are talks', () => {
  it('holds that one talk (English, French, a date)', () => {
    expect(outlineOf(withDays('## Day Three\n\n**Packwerk in Practice**\n\nSpeaker: Ann Lee\n'))).toEqual([
      [
        'Day One',
        [
          ['Accessible by Default', []],
          ['The Slowest App Ever', []],
        ],
      ],
      ['Day Three', [['Packwerk in Practice', []]]],
    ]);
    expect(outlineOf(withDays('## Mercredi\n\n**Les tests en Rust**\n\n- un point\n'))[1]).toEqual([
      'Mercredi',
      [['Les tests en Rust', []]],
    ]);
    expect(outlineOf(withDays('## 5 May 2024\n\n**Closing Words**\n\nThanks.\n'))[1]).toEqual([
      '5 May 2024',
      [['Closing Words', []]],
    ]);
  });

  it('needs bold-line talks elsewhere: a lone bold line in the only day is emphasis', () => {
    expect(outlineOf('## Day Three\n\n**Packwerk in Practice**\n\nSpeaker: Ann Lee\n')).toEqual([['Day Three', []]]);
    // One other day with one bold line is not enough either.
    expect(
      outlineOf('## Day One\n\n**Accessible**\n\nnotes\n\n## Day Two\n\n**Packwerk in Practice**\n\nnotes\n'),
    ).toEqual([
      ['Day One', []],
      ['Day Two', []],
    ]);
  });

  it('needs a day heading: a section of another name keeps its bold line as emphasis', () => {
    expect(outlineOf(withDays('## Summary\n\n**Great conference**\n\nWe learned a lot.\n'))[1]).toEqual([
      'Summary',
      [],
    ]);
  });

  it('needs the bold line first, over notes', () => {
    expect(outlineOf(withDays('## Day Three\n\nWe came late.\n\n**Packwerk in Practice**\n\nnotes\n'))[1]).toEqual([
      'Day Three',
      [],
    ]);
    expect(outlineOf(withDays('## Day Three\n\n**Packwerk in Practice**\n'))[1]).toEqual(['Day Three', []]);
  });

  it('needs the day to be a leaf: a day with sub-headings holds its talks the usual way', () => {
    expect(
      outlineOf(withDays('## Day Three\n\n**Morning**\n\nnotes\n\n### Packwerk in Practice\n\n- a point\n'))[1],
    ).toEqual(['Day Three', [['Packwerk in Practice', []]]]);
  });
});
