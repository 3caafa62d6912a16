import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { BREAK_NAME, nonTalkWeight, readsAsNonTalk } from '../../src/model/nonTalkNames.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

describe('a break slot is no talk', () => {
  it('weighs break words as a meal, in several languages', () => {
    for (const name of [
      'BREAK',
      'Break',
      'Tea break',
      'Afternoon break',
      'Pause',
      'Kaffeepause',
      'Descanso',
      'Intervalo',
      '休憩',
      '茶歇',
      '휴식',
    ])
      expect([name, nonTalkWeight(name, false, [])]).toEqual([name, BREAK_NAME]);
    // Named beside a speaker it is still a break: nothing makes a meal or a break a talk.
    expect(nonTalkWeight('Break', true, [])).toBe(BREAK_NAME + 1);
    expect(readsAsNonTalk('Break', true, [])).toBe(true);
  });

  it('leaves a title that only holds the word', () => {
    expect(readsAsNonTalk('Break the Monolith', false, [])).toBe(false);
    expect(readsAsNonTalk('Breaking Changes', false, [])).toBe(false);
  });

  it('drops the BREAK slot of a pasted schedule from its talks', () => {
    const notes = [
      '10:00  \nThe Grammar of Code  \nJane Roe',
      '11:00  \nBREAK',
      '11:30  \nCalm Systems at Scale  \nJohn Doe',
      '12:30  \nWhy Types Help  \nAnn Lee',
    ].join('\n\n');
    const titles = buildConference(parseNotes(notes, 'notes.md')).days.flatMap((day) =>
      day.sessions.map((session) => session.title),
    );
    expect(titles).toEqual(['The Grammar of Code', 'Calm Systems at Scale', 'Why Types Help']);
  });
});
