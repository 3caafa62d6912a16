import { describe, expect, it } from 'vitest';
import { isGroupTitle } from '../../src/model/headingKinds.js';
import { inferStructure } from '../../src/model/inferStructure.js';
import { buildOutline } from '../../src/model/outline.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

/** The notes' days as "day: talk, talk (group)" and their asides by title. */
function read(text: string) {
  const structure = inferStructure(buildOutline(parseMarkdown(text).children, text).sections);
  return {
    days: structure.days.map(
      (day) =>
        `${day.text ?? '(no day)'}: ${day.talks.map((talk) => (talk.group === null ? talk.text : `${talk.text} (${talk.group})`)).join(', ')}`,
    ),
    asides: structure.asides.map((aside) => aside.section.text),
  };
}

describe('headings that name a group of talks, in more languages', () => {
  it('reads "talks" in Japanese as the whole heading, or after の or た', () => {
    expect(isGroupTitle('トーク')).toBe(true);
    expect(isGroupTitle('トーク一覧')).toBe(true);
    expect(isGroupTitle('聴いたトーク')).toBe(true);
    expect(isGroupTitle('午後のトーク')).toBe(true);
    expect(isGroupTitle('聴いた トーク')).toBe(true);
  });

  it('does not read "talk" inside a Japanese phrase or word as a group', () => {
    // No word edges in Japanese: a token, a talk's title, a talk's impressions.
    expect(isGroupTitle('トークン')).toBe(false);
    expect(isGroupTitle('トークンの話')).toBe(false);
    expect(isGroupTitle('トークの感想')).toBe(false);
    expect(isGroupTitle('新しいトーク形式')).toBe(false);
    expect(isGroupTitle('トークンとトーク')).toBe(false);
  });

  it('reads the word for talks in Dutch, Polish, Russian and Korean', () => {
    for (const title of ['Lezingen', 'Prelekcje', 'Wykłady', 'Wyklady', 'Доклады', '강연', '오후 강연들'])
      expect(isGroupTitle(title), title).toBe(true);
    for (const title of ['Lezing van Jan', 'Doklad', '강의']) expect(isGroupTitle(title), title).toBe(false);
  });

  it('makes such a heading gather its sub-sections as talks, even when few of them say so', () => {
    const text =
      '## トーク\n### [型の話 by 山田 太郎](https://a.example)\n本文。\n' +
      '### [設計の話 by たけ](https://b.example)\n本文。\n### [テストの話](https://c.example)\n本文。\n### アンカンファレンス\n本文。\n' +
      '## 全体通して\n楽しかった。\n';
    expect(read(text).days).toEqual([
      '(no day): 型の話 by 山田 太郎 (トーク), 設計の話 by たけ (トーク), テストの話 (トーク), アンカンファレンス (トーク)',
    ]);
    expect(read(text).asides).toEqual(['全体通して']);
    expect(
      read('## Lezingen\n### Typen in de praktijk\n### Over testen\n### Lunch\n## Tot slot\nLeuk.\n').days,
    ).toEqual(['(no day): Typen in de praktijk (Lezingen), Over testen (Lezingen)']);
  });
});
