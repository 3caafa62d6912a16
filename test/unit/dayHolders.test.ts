import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { MIN_HELD_DAYS, unwrapDayHolders } from '../../src/model/dayHolders.js';
import { buildOutline } from '../../src/model/outline.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** The top sections once holders gave way to their days: [title, its sub-sections' titles]. */
function unwrapped(text: string) {
  const notes = parseNotes(text, 'notes.md');
  return unwrapDayHolders(buildOutline(notes.tree.children, notes.source).sections).map((section) => [
    section.text,
    section.children.map((child) => child.text),
  ]);
}

/** Days and their talks as the whole model reads them. */
function days(text: string) {
  return buildConference(parseNotes(text, 'notes.md')).days.map((day) => [
    day.title,
    day.sessions.map((session) => session.title),
  ]);
}

describe('unwrapDayHolders: a heading that only holds days', () => {
  it('gives way to its days, and stays without them so its words are kept', () => {
    const text = [
      '## Highlights',
      'What we liked.',
      '### Day One',
      '#### Rails at Scale',
      '- a point',
      '### Day Two',
      '#### Packwerk Stories',
      '- a point',
    ].join('\n\n');
    expect(unwrapped(text)).toEqual([
      ['Highlights', []],
      ['Day One', ['Rails at Scale']],
      ['Day Two', ['Packwerk Stories']],
    ]);
  });

  it(`needs ${MIN_HELD_DAYS} days under it`, () => {
    expect(MIN_HELD_DAYS).toBe(2);
    const one = '## Highlights\n\n### Day One\n\n#### Rails at Scale\n\n- a point\n';
    expect(unwrapped(one)).toEqual([['Highlights', ['Day One']]]);
  });

  it('needs every sub-section to be a day', () => {
    const mixed = [
      '## Highlights',
      '### Monday',
      '#### Rails at Scale',
      '### Tuesday',
      '#### Packwerk Stories',
      '### Hallway track',
    ].join('\n\n');
    expect(unwrapped(mixed)).toEqual([['Highlights', ['Monday', 'Tuesday', 'Hallway track']]]);
  });

  it('needs talks under one of the days (days of notes alone are a list of what happened)', () => {
    const bare = '## Travel\n\n### Monday\n\nFlew in.\n\n### Tuesday\n\nFlew home.\n';
    expect(unwrapped(bare)).toEqual([['Travel', ['Monday', 'Tuesday']]]);
    const oneWithTalks = '## Travel\n\n### Monday\n\nFlew in.\n\n### Tuesday\n\n#### A Talk\n\n- a point\n';
    expect(unwrapped(oneWithTalks)).toEqual([
      ['Travel', []],
      ['Monday', []],
      ['Tuesday', ['A Talk']],
    ]);
  });

  it('leaves a day over days as it is (a week over its days)', () => {
    const week = '## 5 May 2024\n\n### Day 1\n\n#### A Talk\n\n### Day 2\n\n#### B Talk\n';
    expect(unwrapped(week)).toEqual([['5 May 2024', ['Day 1', 'Day 2']]]);
  });

  it('looks at the top sections only: a deeper holder is the lone title’s business', () => {
    const nested = '## Notes\n\n### Programme\n\n#### Day 1\n\n##### A Talk\n\n#### Day 2\n\n##### B Talk\n';
    expect(unwrapped(nested)).toEqual([['Notes', ['Programme']]]);
  });
});

describe('days under a heading that is not a day, read by the model', () => {
  it('reads the days and their talks in other languages and with bold-line talks', () => {
    const french = [
      '# Mes notes',
      '## Programme',
      '### Lundi',
      '#### Les tests en Rust',
      '- un point',
      '#### Un autre sujet',
      '- un point',
      '### Mardi',
      '#### Observabilité',
      '- un point',
    ].join('\n\n');
    expect(days(french)).toEqual([
      ['Lundi', ['Les tests en Rust', 'Un autre sujet']],
      ['Mardi', ['Observabilité']],
    ]);
    const bold = [
      '# Overview',
      '## Highlights',
      '### Day One',
      '**Accessible by Default**',
      'Speaker: Jane Roe (Staff Engineer at Example)',
      '**The Slowest App Ever**',
      'Speaker: John Doe (Owner, Speedshop)',
      '### Day Two',
      '**Packwerk in Practice**',
      'Speaker: Ann Lee (Engineer at Acme)',
      '**Mentoring Both Ways**',
      'Speaker: Bo Chen (Lead at Example)',
    ].join('\n\n');
    expect(days(bold)).toEqual([
      ['Day One', ['Accessible by Default', 'The Slowest App Ever']],
      ['Day Two', ['Packwerk in Practice', 'Mentoring Both Ways']],
    ]);
  });
});
