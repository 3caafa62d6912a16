import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { CAPTION_TALKS_SHARE } from '../../src/model/reading/listTalks.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

// Issue 13: a timed programme whose slot of lightning talks holds them as sub-items, with no colon after its name
// (`* 1:25 p.m. (40m) Lightning Talks` over `* _Title_ by Jane Roe`).

/** Each talk as "title | speakers". */
function talksIn(markdown: string): string[] {
  return buildConference(parseNotes(markdown, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => `${session.title} | ${session.speakers.map((s) => s.name).join(', ')}`),
  );
}

/** A day's programme with a slot named `slot` over `subs`. */
function programme(slot: string, subs: string[]): string {
  return [
    '### Friday',
    '',
    '* 9:45 Treading Water by Ann Lee',
    '* 10:35 Fire It Up by Bob Smith',
    `* 13:25 ${slot}`,
    ...subs.map((sub) => `    * ${sub}`),
    '* 14:20 Testing Chef by Cy Young',
    '',
  ].join('\n');
}

describe('a slot that names talks, over sub-items that say they are talks', () => {
  it('gives each sub-item as a talk, in several languages', () => {
    const subs = ['_Hacking Rendering_ by Dan Brown', '_Exploring JRuby_ by Eve Stone'];
    const expected = (first: string) => [
      'Treading Water | Ann Lee',
      'Fire It Up | Bob Smith',
      `${first} | Dan Brown`,
      'Exploring JRuby | Eve Stone',
      'Testing Chef | Cy Young',
    ];
    expect(talksIn(programme('Lightning Talks', subs))).toEqual(expected('Hacking Rendering'));
    expect(
      talksIn(programme('Blitzlichter', ['_Schnelle Tests_ von Dan Brown', '_Exploring JRuby_ by Eve Stone'])),
    ).toEqual(expected('Schnelle Tests'));
    expect(talksIn(programme('ライトニングトーク', subs))).toEqual(expected('Hacking Rendering'));
  });

  it(`needs ${CAPTION_TALKS_SHARE * 100}% of its sub-items to say so on their own; else they are the slot's notes`, () => {
    expect(CAPTION_TALKS_SHARE).toBe(0.5);
    const half = ['_Hacking Rendering_ by Dan Brown', 'great demos', '_Exploring JRuby_ by Eve Stone', 'short ones'];
    expect(talksIn(programme('Lightning Talks', half))).toHaveLength(7);
    const fewer = ['_Hacking Rendering_ by Dan Brown', 'great demos', 'many laughs', 'short ones'];
    expect(talksIn(programme('Lightning Talks', fewer))).toEqual([
      'Treading Water | Ann Lee',
      'Fire It Up | Bob Smith',
      'Lightning Talks | ',
      'Testing Chef | Cy Young',
    ]);
  });

  it('keeps a slot that names no group of talks as one talk, its sub-items its notes', () => {
    const subs = ['_Hacking Rendering_ by Dan Brown', '_Exploring JRuby_ by Eve Stone'];
    expect(talksIn(programme('Fast Builds by Gil Amir', subs))).toEqual([
      'Treading Water | Ann Lee',
      'Fire It Up | Bob Smith',
      'Fast Builds | Gil Amir',
      'Testing Chef | Cy Young',
    ]);
  });
});
