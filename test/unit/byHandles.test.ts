import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import {
  byHandleSpeakers,
  MAX_CJK_NAME,
  MIN_BY_NAMED,
  MIN_BY_TAIL_SHARE,
  MIN_BY_TAILS,
} from '../../src/model/speakers/byHandles.js';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

// Issue 13: one word after an explicit "by" is a handle or a one-word name (`[Title by 玉](…)`, `-- by [M4dz](…)`).

/** Two titles that name their speakers after "by", then `line`: what `line` reads as. */
const withNamedTitles = (line: string) =>
  byHandleSpeakers(['Readonly classes by Jane Roe', 'Choosing tools by Kenji Kubota', line])[2];

const handle = (title: string, name: string) => ({ title, speakers: [{ name, org: null }] });

/** Each talk as "Title | speakers". */
function talksIn(markdown: string): string[] {
  return buildConference(parseNotes(markdown, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => `${session.title} | ${session.speakers.map((speaker) => speaker.name).join(', ')}`),
  );
}

describe('byHandleSpeakers', () => {
  it('reads one word after "by", "par", "von", "por" as a handle or a one-word name, in any script', () => {
    expect(withNamedTitles('TypeScript vs PHP by 玉')).toEqual(handle('TypeScript vs PHP', '玉'));
    expect(withNamedTitles('レガシーLaravel開発術 by たけてぃ')).toEqual(handle('レガシーLaravel開発術', 'たけてぃ'));
    expect(withNamedTitles('Zero Knowledge by m4dz')).toEqual(handle('Zero Knowledge', 'm4dz'));
    expect(withNamedTitles('Zero Knowledge by @m4dz')).toEqual(handle('Zero Knowledge', 'm4dz'));
    expect(withNamedTitles('Le futur par Zouheib')).toEqual(handle('Le futur', 'Zouheib'));
    expect(withNamedTitles('Typen überall von carlsu')).toEqual(handle('Typen überall', 'carlsu'));
  });

  it(`reads a name in Han or Kana of up to ${MAX_CJK_NAME} characters, and two words in lower case, as the speaker`, () => {
    expect(MAX_CJK_NAME).toBe(6);
    expect(withNamedTitles('モーダルの遷移を理解する by 八十嶋祐樹')).toEqual(
      handle('モーダルの遷移を理解する', '八十嶋祐樹'),
    );
    expect(withNamedTitles('状態 by ヤソジマユウキ')).toBeNull();
    expect(withNamedTitles('状態 by ヤソジマユウ')).toEqual(handle('状態', 'ヤソジマユウ'));
    expect(withNamedTitles('Swizzling Swizzling by taiki komaba')).toEqual(
      handle('Swizzling Swizzling', 'taiki komaba'),
    );
    // An article, a phrase "by" makes, or a third word: no name.
    expect(withNamedTitles('Fast Builds by the team')).toBeNull();
    expect(withNamedTitles('Security by design patterns')).toBeNull();
    expect(withNamedTitles('Fast Builds by taiki komaba san')).toBeNull();
    expect(withNamedTitles('Fast Builds by Taiki komaba')).toBeNull();
  });

  it('leaves a title whose speaker is read already, or with several words after "by"', () => {
    expect(withNamedTitles('Fast Builds by Ann Lee')).toBeNull();
    expect(withNamedTitles('Fast Builds by the team')).toBeNull();
    expect(withNamedTitles('Fast Builds')).toBeNull();
  });

  it('refuses an acronym, a word without a letter, a word of titles and the phrases "by" makes', () => {
    expect(withNamedTitles('Storage by AWS')).toBeNull();
    expect(withNamedTitles('Storage by 2024')).toBeNull();
    expect(withNamedTitles('Kubernetes by intro')).toBeNull();
    expect(withNamedTitles('Security by Design')).toBeNull();
    expect(withNamedTitles('Learning by doing')).toBeNull();
    expect(withNamedTitles('Testing by Example')).toBeNull();
    expect(withNamedTitles('Privacy by default')).toBeNull();
  });

  it(`needs ${MIN_BY_NAMED} titles naming their speakers after "by"`, () => {
    expect(byHandleSpeakers(['Readonly classes by Jane Roe', 'TypeScript vs PHP by 玉'])).toEqual([null, null]);
    // Speakers named after a dash do not count.
    expect(byHandleSpeakers(['Readonly - Jane Roe', 'Tools - Kenji Kubota', 'TypeScript vs PHP by 玉'])).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('byHandleSpeakers at its edges', () => {
  it('leaves a one-word name the title already names after "by" (a Korean name)', () => {
    expect(withNamedTitles('Tools by 김영희')).toBeNull();
  });

  it('reads a title with spaces around it', () => {
    expect(withNamedTitles('  Zero Knowledge by m4dz  ')).toEqual(handle('Zero Knowledge', 'm4dz'));
  });

  it('counts titles that write "By" in capitals', () => {
    expect(
      byHandleSpeakers(['Readonly Classes By Jane Roe', 'Choosing Tools By Kenji Kubota', 'Zero Knowledge by m4dz'])[2],
    ).toEqual(handle('Zero Knowledge', 'm4dz'));
  });

  it('reads an acronym only where the whole word is capitals or digits, of two or more', () => {
    // Two capitals or digits at one end only: a handle.
    expect(withNamedTitles('Rust by jroe42')).toEqual(handle('Rust', 'jroe42'));
    expect(withNamedTitles('Rust by TJHolowaychuk')).toEqual(handle('Rust', 'TJHolowaychuk'));
    // One capital is no acronym: a one-letter name, as "玉" is.
    expect(withNamedTitles('Rust by Q')).toEqual(handle('Rust', 'Q'));
  });

  it('keeps a handle whose digits, dropped, would leave a word of titles', () => {
    expect(withNamedTitles('Rust by intro2')).toEqual(handle('Rust', 'intro2'));
    expect(withNamedTitles('Rust by security1')).toEqual(handle('Rust', 'security1'));
  });

  it('refuses each phrase "by" makes in titles', () => {
    for (const title of [
      'Security by accident',
      'Learning by chance',
      'Design by committee',
      'Design by contract',
      'Best by far',
      'Built by hand',
      'Learned by heart',
      'The language by itself',
      'Secure by nature',
      'Deploys by night',
      'Done by now',
      'Painting by numbers',
      'Access by proxy',
      'Pass by reference',
      'Step by step',
      'Pass by value',
    ])
      expect(withNamedTitles(title), title).toBeNull();
  });
});

describe('handles after "by" in notes', () => {
  it('reads them in headings of a day that name speakers after "by"', () => {
    const markdown = [
      '# PHP Conference 2023',
      '',
      '## トーク',
      '',
      '### [readonly class で作る by 河瀨 翔吾](https://x.org/1)',
      '',
      'よかった。',
      '',
      '### [技術選定 by Kenjiro Kubota](https://x.org/2)',
      '',
      'よかった。',
      '',
      '### [TypeScript vs PHP by 玉](https://x.org/3)',
      '',
      'よかった。',
      '',
    ].join('\n');
    expect(talksIn(markdown)).toEqual([
      'readonly class で作る | 河瀨 翔吾',
      '技術選定 | Kenjiro Kubota',
      'TypeScript vs PHP | 玉',
    ]);
  });

  it('reads them in a list whose items name speakers after "by"', () => {
    const markdown = [
      '# Meetup',
      '',
      '- [Readonly classes by Jane Roe](https://x.org/1)',
      '- [Choosing tools by Kenji Kubota](https://x.org/2)',
      '- [Zero Knowledge by m4dz](https://x.org/3)',
      '',
    ].join('\n');
    expect(talksIn(markdown)).toEqual([
      'Readonly classes | Jane Roe',
      'Choosing tools | Kenji Kubota',
      'Zero Knowledge | m4dz',
    ]);
  });
});

describe('a handle after a dash and "by" under a talk', () => {
  /** The speakers and byline `markdown` (a talk's body) opens with, and its first block left as written. */
  function take(markdown: string) {
    const notes = parseNotes(markdown, 'notes.md');
    const lines = takeSpeakerLines(notes.tree.children, notes.source);
    const [first] = lines.rest;
    const start = first?.position?.start.offset;
    const end = first?.position?.end.offset;
    return {
      speakers: lines.speakers.map((speaker) => speaker.name),
      byline: lines.byline,
      next: start === undefined ? null : notes.source.slice(start, end),
    };
  }

  it('reads a handle with digits, the byline closed by a dash or not', () => {
    expect(take('-- by [M4dz](https://m4dz.net)\n\nNotes.\n')).toEqual({
      speakers: ['M4dz'],
      byline: ['-- by [M4dz](https://m4dz.net)'],
      next: 'Notes.',
    });
    expect(take('— par m4dz -\n\nNotes.\n').speakers).toEqual(['m4dz']);
    expect(take('-- by Jane Roe -\n\nNotes.\n').speakers).toEqual(['Jane Roe']);
  });

  it('reads the byline over more lines of its paragraph, which stay the talk’s notes', () => {
    expect(take('-- by [M4dz](https://m4dz.net) -\n🇫🇷 [Slides](https://x.org/s)\n\nNotes.\n')).toEqual({
      speakers: ['M4dz'],
      byline: ['-- by [M4dz](https://m4dz.net) -'],
      next: '🇫🇷 [Slides](https://x.org/s)',
    });
  });

  it('needs "by" for a handle with digits, and refuses an acronym', () => {
    expect(take('-- M4dz\n\nNotes.\n').speakers).toEqual([]);
    expect(take('-- by AWS\n\nNotes.\n').speakers).toEqual([]);
    expect(take('-- by 2024\n\nNotes.\n').speakers).toEqual([]);
  });
});

describe('byHandleSpeakers: a series whose titles end in one word after "by"', () => {
  it(`reads handles where ${MIN_BY_TAILS} titles or more, and half of them, end so, none naming a speaker in full`, () => {
    expect(
      byHandleSpeakers(['モーダルの遷移 by h1d3mun3', 'キャッシュ戦略 by giginet', 'Le futur par zouheib']),
    ).toEqual([
      handle('モーダルの遷移', 'h1d3mun3'),
      handle('キャッシュ戦略', 'giginet'),
      handle('Le futur', 'zouheib'),
    ]);
    // Exactly half of six titles end so (MIN_BY_TAIL_SHARE).
    expect(MIN_BY_TAIL_SHARE).toBe(0.5);
    expect(
      byHandleSpeakers(['Alpha by ann_k', 'Beta by bo42', 'Gamma by cyd', 'Delta', 'Epsilon', 'Zeta']).slice(0, 3),
    ).toEqual([handle('Alpha', 'ann_k'), handle('Beta', 'bo42'), handle('Gamma', 'cyd')]);
  });

  it('reads none from two such titles, or from fewer than half of the series', () => {
    expect(byHandleSpeakers(['Alpha by ann_k', 'Beta by bo42'])).toEqual([null, null]);
    expect(byHandleSpeakers(['Alpha by ann_k', 'Beta by bo42', 'Gamma by cyd', 'D', 'E', 'F', 'G'])).toEqual(
      Array(7).fill(null),
    );
  });

  it('still refuses the phrases "by" makes and acronyms within such a series', () => {
    expect(byHandleSpeakers(['Alpha by ann_k', 'Beta by bo42', 'Security by Design', 'Storage by AWS'])).toEqual([
      handle('Alpha', 'ann_k'),
      handle('Beta', 'bo42'),
      null,
      null,
    ]);
  });
});
