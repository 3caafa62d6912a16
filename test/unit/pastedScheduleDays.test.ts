import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { inferStructure, MIN_LEADING_TALKS } from '../../src/model/inferStructure.js';
import { BREAK_NAME, nonTalkWeight } from '../../src/model/nonTalkNames.js';
import { BOLD_RANK, buildOutline } from '../../src/model/outline.js';
import { MIN_NAME_FIRST_LINES, runOrder, timedLineOrder, timedTalkLine } from '../../src/model/talkLines.js';
import { displayCase } from '../../src/model/titleCase.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/**
 * A conference's schedule pasted as it is, then annotated (issue 13): `10:00 - 10:40` / `TIM HOLMAN` / `FUN.CSS` /
 * a blurb, in capitals, a day written as a plain line (`FRIDAY, JUNE 19`) before the second day's talks only, breaks
 * and a party among the talks.
 */
const slot = (time: string, ...lines: string[]) => [`${time}  `, ...lines.map((line) => `${line}  `)].join('\n');

/** Day, title and speakers of each talk read. */
const talks = (text: string) =>
  buildConference(parseNotes(text, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => [
      day.title,
      session.title,
      session.speakers.map((speaker) => speaker.name).join(', '),
    ]),
  );

/** The first paragraph's order and its timed reading under `order`. */
const first = (text: string) => {
  const [node, next] = parseMarkdown(text).children;
  return { node: node!, next };
};

describe('a pasted schedule that names the speaker first', () => {
  it('reads every slot of a run name first once most slots say so, whatever the title looks like', () => {
    const text = [
      slot('10:00 - 10:40', 'TIM HOLMAN', 'FUN.CSS', 'Tim reminds us that CSS can be fun.'),
      slot('10:45 - 11:25', 'ANDREY SITNIK', 'POSTCSS: THE FUTURE AFTER SASS', 'We live in a post-processing world.'),
      slot('12:15 - 1:15', 'LUNCH'),
      slot('1:15 - 1:55', 'ESTELLE WEYL', 'CSS? WTF!', 'Brand new features.'),
      slot('2:00 - 2:40', 'SARAH DRASNER', 'COMPLEX RESPONSIVE ANIMATIONS', 'Tips on animation.'),
      slot('6:00 - 9:30', 'BOCOUP PARTY AFTER', 'GRAN MORSI', 'Drinks and food downtown.'),
    ].join('\n\n');
    expect(talks(text)).toEqual([
      ['notes', 'Fun.css', 'Tim Holman'],
      ['notes', 'Postcss: the Future After Sass', 'Andrey Sitnik'],
      ['notes', 'CSS? WTF!', 'Estelle Weyl'],
      ['notes', 'Complex Responsive Animations', 'Sarah Drasner'],
    ]);
  });

  it('tells the order of one slot by its words, and says nothing where both lines read as names', () => {
    const order = (text: string) => {
      const { node, next } = first(text);
      return timedLineOrder(node, next, text);
    };
    expect(order(slot('10:00', 'TIM HOLMAN', 'FUN.CSS'))).toBe('nameFirst');
    expect(order(slot('10:00', 'Scaling Django at Example', 'Jane Roe (Example Corp)'))).toBe('titleFirst');
    expect(order(slot('10:00', 'SARAH DRASNER', 'COMPLEX RESPONSIVE ANIMATIONS'))).toBeNull();
    // A sentence under a name is no title; a sentence over a name is none either.
    expect(order(slot('10:00', 'Jane Roe', 'We had lunch.'))).toBeNull();
    expect(order(slot('10:00', 'We had lunch.', 'Jane Roe'))).toBeNull();
    expect(order('No time here  \nJane Roe  \nA Title')).toBeNull();
  });

  it('makes name first the run habit from two such slots, when they outnumber the slots read title first', () => {
    expect(MIN_NAME_FIRST_LINES).toBe(2);
    expect(runOrder(['nameFirst', 'nameFirst'])).toBe('nameFirst');
    expect(runOrder(['nameFirst', null, null])).toBeNull();
    expect(runOrder(['nameFirst', 'nameFirst', 'titleFirst'])).toBe('nameFirst');
    expect(runOrder(['nameFirst', 'nameFirst', 'titleFirst', 'titleFirst'])).toBeNull();
    expect(runOrder([])).toBeNull();
  });

  it('reads a slot by the habit only where a name stands over a title that is no sentence or caption', () => {
    const read = (text: string) => {
      const { node, next } = first(text);
      return timedTalkLine(node, next, text, 'nameFirst');
    };
    expect(read(slot('1:15', 'ESTELLE WEYL', 'CSS? WTF!'))).toEqual({ text: 'CSS? WTF!', speaker: 'ESTELLE WEYL' });
    // Without the habit the exclamation reads as a sentence: the name is taken as the title.
    const { node, next } = first(slot('1:15', 'ESTELLE WEYL', 'CSS? WTF!'));
    expect(timedTalkLine(node, next, slot('1:15', 'ESTELLE WEYL', 'CSS? WTF!'))).toEqual({ text: 'ESTELLE WEYL' });
    expect(read(slot('1:15', 'ESTELLE WEYL', 'Brand new features.'))).toEqual({ text: 'ESTELLE WEYL' });
    expect(read(slot('1:15', 'ESTELLE WEYL', 'Notes:'))).toEqual({ text: 'ESTELLE WEYL' });
    expect(read(slot('1:15', 'LUNCH'))).toEqual({ text: 'LUNCH' });
    expect(read(slot('1:15', 'Scaling Django at Example', 'Jane Roe'))).toEqual({
      text: 'Scaling Django at Example',
      speaker: 'Jane Roe',
    });
    // A party's name never speaks.
    expect(read(slot('6:00', 'BOCOUP PARTY AFTER', 'GRAN MORSI'))).toEqual({ text: 'BOCOUP PARTY AFTER' });
    const long = 'A'.repeat(161);
    expect(read(slot('1:15', 'ESTELLE WEYL', long))).toEqual({ text: 'ESTELLE WEYL' });
    expect(read(slot('1:15', 'ESTELLE WEYL', 'A'.repeat(160)))).toEqual({
      text: 'A'.repeat(160),
      speaker: 'ESTELLE WEYL',
    });
  });
});

describe('a party among the talks', () => {
  it('is a meal or party by its name, in the shapes schedules write it', () => {
    for (const name of [
      'Party',
      'After party',
      'Afterparty',
      'Closing Party',
      'BOCOUP PARTY AFTER',
      'Party at Gran Morsi',
      'Happy hour',
    ])
      expect([name, nonTalkWeight(name, false, [])]).toEqual([name, BREAK_NAME]);
    for (const name of ['The Party Problem', 'Third-party Cookies', 'Partying with Rust', 'Happy hours of debugging'])
      expect([name, nonTalkWeight(name, false, [])]).toEqual([name, 0]);
  });
});

describe('a day written as a plain line', () => {
  const schedule = (day: string) =>
    [
      slot('10:00', 'Fun with the CSS Cascade', 'Tim Holman'),
      slot('11:00', 'PostCSS for the Rest of Us', 'Andrey Sitnik'),
      day,
      slot('10:00', 'Grid Layout in Practice', 'Manuel Rego'),
      slot('11:00', 'SVG Icons for Everyone', 'Chris Coyier'),
    ].join('\n\n');

  it('holds the talks after it, those before it a first day the notes do not name', () => {
    expect(talks(schedule('FRIDAY, JUNE 19'))).toEqual([
      ['Talks', 'Fun with the CSS Cascade', 'Tim Holman'],
      ['Talks', 'PostCSS for the Rest of Us', 'Andrey Sitnik'],
      ['Friday, June 19', 'Grid Layout in Practice', 'Manuel Rego'],
      ['Friday, June 19', 'SVG Icons for Everyone', 'Chris Coyier'],
    ]);
    expect(talks(schedule('Día 2')).map(([day]) => day)).toEqual(['Talks', 'Talks', 'Día 2', 'Día 2']);
  });

  it('ranks a short one-line day just above the bold lines, and leaves a longer line or a sentence as notes', () => {
    const ranks = (day: string) => {
      const text = schedule(day);
      return buildOutline(parseMarkdown(text).children, text).sections.map((section) => [section.text, section.rank]);
    };
    expect(ranks('FRIDAY, JUNE 19')[2]).toEqual(['FRIDAY, JUNE 19', BOLD_RANK - 0.5]);
    const forty = `Friday ${'x'.repeat(33)}`;
    expect(forty.length).toBe(40);
    expect(ranks(forty)[2]).toEqual([forty, BOLD_RANK - 0.5]);
    expect(ranks(`${forty}x`).map(([text]) => text)).not.toContain(`${forty}x`);
    expect(ranks('Friday\nwas long').map(([text]) => text)).not.toContain('Friday\nwas long');
    expect(ranks('We met on Friday.').map(([text]) => text)).not.toContain('We met on Friday.');
  });

  it('ranks no day line in notes with headings', () => {
    const text = '# Conf\n\n## Talk A - Jane Roe\n\nFriday\n\n## Talk B - John Doe\n\nnotes\n';
    expect(
      buildOutline(parseMarkdown(text).children, text).sections[0]!.children.map((section) => section.text),
    ).toEqual(['Talk A - Jane Roe', 'Talk B - John Doe']);
  });
});

describe('talks before the first day', () => {
  const days = (text: string) =>
    inferStructure(buildOutline(parseMarkdown(text).children, text).sections).days.map(
      (day) => `${day.text ?? '(no day)'}: ${day.talks.map((talk) => talk.text).join(', ')}`,
    );

  it('make an unnamed first day when at least two say they are talks and they are most of what comes first', () => {
    expect(MIN_LEADING_TALKS).toBe(2);
    const dayTwo = '## Friday\n\n### Talk C - John Doe\n\n- c\n\n### Talk D - Bob Smith\n\n- d\n';
    expect(days(`## Talk A - Jane Roe\n\n- a\n\n## Talk B - Ann Lee\n\n- b\n\n${dayTwo}`)).toEqual([
      '(no day): Talk A - Jane Roe, Talk B - Ann Lee',
      'Friday: Talk C - John Doe, Talk D - Bob Smith',
    ]);
    // One talk-like heading before the days: the notes' opening.
    expect(days(`## Talk A - Jane Roe\n\n- a\n\n${dayTwo}`)).toEqual(['Friday: Talk C - John Doe, Talk D - Bob Smith']);
    // Two of four sections: not most of them.
    expect(
      days(
        `## Kubernetes\n\nthoughts\n\n## Talk A - Jane Roe\n\n- a\n\n## Observability\n\nthoughts\n\n## Talk B - Ann Lee\n\n- b\n\n${dayTwo}`,
      ),
    ).toEqual(['Friday: Talk C - John Doe, Talk D - Bob Smith']);
    // Two of three, an aside not counted: most.
    expect(
      days(`## Kubernetes\n\nthoughts\n\n## Talk A - Jane Roe\n\n- a\n\n## Talk B - Ann Lee\n\n- b\n\n${dayTwo}`),
    ).toEqual(['(no day): Talk A - Jane Roe, Talk B - Ann Lee', 'Friday: Talk C - John Doe, Talk D - Bob Smith']);
    expect(days(`## Summary\n\nok\n\n## Talk A - Jane Roe\n\n- a\n\n## Talk B - Ann Lee\n\n- b\n\n${dayTwo}`)).toEqual([
      '(no day): Talk A - Jane Roe, Talk B - Ann Lee',
      'Friday: Talk C - John Doe, Talk D - Bob Smith',
    ]);
    // Sections that do not say they are talks stay the opening.
    expect(days(`## Kubernetes\n\nthoughts\n\n## Observability\n\nthoughts\n\n${dayTwo}`)).toEqual([
      'Friday: Talk C - John Doe, Talk D - Bob Smith',
    ]);
  });
});

describe('acronyms in a title written in capitals', () => {
  it('keeps a word of capitals without a vowel as written', () => {
    expect(displayCase('THE WONDERFUL WORLD OF SVG')).toBe('The Wonderful World of SVG');
    expect(displayCase('CSS GRID LAYOUT WITH HTML AND XML')).toBe('CSS Grid Layout with HTML and XML');
    expect(displayCase('WHY MY TESTS FAIL')).toBe('Why My Tests Fail');
    expect(displayCase('REST VS GRPC BY EXAMPLE')).toBe('Rest vs GRPC by Example');
    // One letter, or six, is no acronym by this rule.
    expect(displayCase('PLAN B FOR RHYTHM')).toBe('Plan B for Rhythm');
    expect(displayCase('BCDFGH STRIKES BACK')).toBe('Bcdfgh Strikes Back');
    expect(displayCase('BCDFG STRIKES BACK')).toBe('BCDFG Strikes Back');
  });
});
