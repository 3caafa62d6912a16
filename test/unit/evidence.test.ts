import { describe, expect, it } from 'vitest';
import type { DaySource, TalkSource } from '../../src/model/inferStructure.js';
import {
  BARE_TALK,
  DATED_DAY,
  dayEvidence,
  isBreakTitle,
  LOST_TALK,
  MARKED_TALK,
  NOT_A_DAY,
  NOT_A_TALK,
  readingEvidence,
  sharesTopic,
  TALK_WITH_NOTES,
  talkEvidence,
} from '../../src/model/reading/evidence.js';

/** A talk titled `text`, with `body` blocks of notes under it. */
function talk(text: string, fields: Partial<TalkSource> = {}, body = 0): TalkSource {
  return {
    heading: text,
    text,
    line: 1,
    body: Array.from({ length: body }, () => ({ type: 'thematicBreak' as const })),
    group: null,
    ...fields,
  };
}

function day(text: string | null, talks: TalkSource[]): DaySource {
  return { heading: text, text, line: text === null ? null : 1, intro: [], talks };
}

describe('the weights', () => {
  it('are pinned', () => {
    expect([MARKED_TALK, TALK_WITH_NOTES, BARE_TALK, NOT_A_TALK]).toEqual([1, 0.5, 0.2, -0.5]);
    expect([DATED_DAY, NOT_A_DAY, LOST_TALK]).toEqual([0.5, -0.5, -1]);
  });
});

describe('isBreakTitle: breaks and side events', () => {
  it('knows each of them, in any case, with a closing mark or spaces', () => {
    for (const title of [
      'Coffee break',
      'Lunch break',
      'Tea break',
      'Break',
      'Lunch',
      'Breakfast',
      'Dinner',
      'Party',
      'After-party',
      'After party',
      'Afterparty',
      'Booth crawl',
      'Registration',
      'Networking',
      'Happy hour',
      'Social',
      'Reception',
      'Expo',
      'Expo hall',
      'Sponsor',
      'Sponsors',
      'LUNCH',
      '  Lunch:  ',
      'Break!',
      'Dinner.',
      'Party:.!',
    ])
      expect([title, isBreakTitle(title)]).toEqual([title, true]);
  });

  it('needs the whole title to be one', () => {
    for (const title of [
      'Lunch with Jane',
      'My break',
      'Coffee',
      'Breaking changes',
      'Expo halls',
      'Tea  break',
      'x Booth',
      'After.party',
      'Coffee: break',
    ])
      expect([title, isBreakTitle(title)]).toEqual([title, false]);
  });
});

describe('talkEvidence: how much one talk reads as a talk', () => {
  it('weighs breaks, asides, days and captions as no talk, repeated or not', () => {
    for (const title of ['Lunch', 'Summary', 'Day 2', 'Steps:', ' Steps:  ', 'Keynotes', 'Morning'])
      expect([title, talkEvidence(talk(title), false), talkEvidence(talk(title), true)]).toEqual([
        title,
        NOT_A_TALK,
        NOT_A_TALK,
      ]);
  });

  it('reads a group title that is marked as a talk as one', () => {
    expect(talkEvidence(talk('3. Keynotes'), false)).toBe(MARKED_TALK);
  });

  it('weighs a title repeated in other talks as nothing, however marked', () => {
    expect(talkEvidence(talk('3. Alpha'), true)).toBe(0);
    expect(talkEvidence(talk('Takeaways', {}, 2), true)).toBe(0);
  });

  it('counts a mark, a speaker, a time slot, a speaker heading or speakers of its own as a talk that says so', () => {
    expect(talkEvidence(talk('3. Alpha'), false)).toBe(MARKED_TALK);
    expect(talkEvidence(talk('talk 3: Alpha'), false)).toBe(MARKED_TALK);
    expect(talkEvidence(talk('Alpha - Jane Roe, Example Corp'), false)).toBe(MARKED_TALK);
    expect(talkEvidence(talk('10:00 Alpha'), false)).toBe(MARKED_TALK);
    expect(talkEvidence(talk('Alpha', { speakerHeading: { heading: 'Jane Roe', text: 'Jane Roe' } }), false)).toBe(
      MARKED_TALK,
    );
    expect(talkEvidence(talk('Alpha', { speakers: [{ name: 'Jane Roe', org: null }] }), false)).toBe(MARKED_TALK);
    expect(talkEvidence(talk('Alpha', { speakers: [] }), false)).toBe(BARE_TALK);
  });

  it('counts a name before the title in a list that writes speakers first as a speaker of its own', () => {
    expect(talkEvidence(talk('Lin Clark - A Cartoon Intro to WebAssembly', { speakerFirst: true }), false)).toBe(
      MARKED_TALK,
    );
    expect(talkEvidence(talk('Jan Roe & Eva Maier: Testen im Betrieb', { speakerFirst: true }, 1), false)).toBe(
      MARKED_TALK,
    );
    // Written so in a list that does not write speakers first, or with no name first: by its notes.
    expect(talkEvidence(talk('Lin Clark - A Cartoon Intro to WebAssembly', { speakerFirst: false }), false)).toBe(
      BARE_TALK,
    );
    expect(talkEvidence(talk('Lin Clark - A Cartoon Intro to WebAssembly'), false)).toBe(BARE_TALK);
    expect(talkEvidence(talk('Cartoons for WebAssembly', { speakerFirst: true }, 1), false)).toBe(TALK_WITH_NOTES);
  });

  it('weighs a title that shares a word with its group as a part of a talk, else by its notes', () => {
    expect(talkEvidence(talk('What is Linkerd?', { group: 'Intro to Linkerd' }, 2), false)).toBe(0);
    expect(talkEvidence(talk('What is Envoy?', { group: 'Intro to Linkerd' }, 2), false)).toBe(TALK_WITH_NOTES);
    expect(talkEvidence(talk('What is Envoy?', { group: 'Intro to Linkerd' }), false)).toBe(BARE_TALK);
    expect(talkEvidence(talk('Observability', {}, 1), false)).toBe(TALK_WITH_NOTES);
    expect(talkEvidence(talk('Observability'), false)).toBe(BARE_TALK);
  });
});

describe('sharesTopic: a word of four letters or more in common', () => {
  it('compares words of letters and digits, in any case', () => {
    expect(sharesTopic('What is Linkerd?', 'Intro to LINKERD')).toBe(true);
    expect(sharesTopic('Rust tips', 'Rust')).toBe(true);
    expect(sharesTopic('2024 review', 'Recap of 2024')).toBe(true);
    expect(sharesTopic('Café culture', 'Le café')).toBe(true);
    expect(sharesTopic('Git tips', 'Git')).toBe(false);
    expect(sharesTopic('Linkerd', 'Linkerds')).toBe(false);
    expect(sharesTopic('Linkerd', '')).toBe(false);
    expect(sharesTopic('', 'Linkerd')).toBe(false);
    expect(sharesTopic('Go', 'Go')).toBe(false);
    expect(sharesTopic('', '')).toBe(false);
  });

  it('leaves out the words common to talk titles', () => {
    for (const word of [
      'with',
      'from',
      'into',
      'your',
      'what',
      'talk',
      'talks',
      'session',
      'sessions',
      'keynote',
      'keynotes',
      'workshop',
      'workshops',
      'notes',
    ])
      expect([word, sharesTopic(`${word} alpha`, `${word} beta`)]).toEqual([word, false]);
  });
});

describe('dayEvidence: how much one day heading reads as a day', () => {
  it('weighs a date, a group of talks, a talk and other words', () => {
    expect(dayEvidence('Day 2')).toBe(DATED_DAY);
    expect(dayEvidence('Tuesday')).toBe(DATED_DAY);
    expect(dayEvidence('Talks')).toBe(0);
    expect(dayEvidence('Observability')).toBe(NOT_A_DAY);
    expect(dayEvidence('Trust No One - Jane Roe, Example Corp')).toBe(NOT_A_DAY + LOST_TALK);
    expect(dayEvidence('3. Keynotes')).toBe(NOT_A_DAY + LOST_TALK);
  });
});

describe('readingEvidence: the sum over a reading', () => {
  it('adds its talks, its days and the talks it leaves out', () => {
    const days = [
      day('Day 1', [talk('3. Alpha'), talk('Beta')]),
      day('Observability', [talk('Gamma', {}, 1)]),
      day('Tuesday', []),
    ];
    const sum = MARKED_TALK + BARE_TALK + TALK_WITH_NOTES + DATED_DAY + NOT_A_DAY + DATED_DAY;
    expect(readingEvidence(days)).toBeCloseTo(sum, 10);
    expect(readingEvidence(days, ['4. Delta', '5. Keynotes', 'Epsilon', 'B. Zeta talk'])).toBeCloseTo(
      sum + 2 * LOST_TALK,
      10,
    );
    expect(readingEvidence([day(null, [talk('3. Alpha')])])).toBe(MARKED_TALK);
    expect(readingEvidence([])).toBe(0);
  });

  it('weighs a title that comes back, in any case, as nothing; one that comes once as itself', () => {
    expect(readingEvidence([day(null, [talk('Content', {}, 2), talk('content', {}, 2)])])).toBe(0);
    expect(readingEvidence([day(null, [talk('Content', {}, 2)]), day(null, [talk('CONTENT')])])).toBe(0);
    expect(readingEvidence([day(null, [talk('Content', {}, 2), talk('Alpha')])])).toBeCloseTo(
      TALK_WITH_NOTES + BARE_TALK,
      10,
    );
  });
});
