import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { isSlotTitle } from '../../src/model/headingKinds.js';
import { slotHeading } from '../../src/model/slotHeading.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

describe('slot headings named by a workshop, a panel, a tutorial or an ignite', () => {
  it('reads them alone, numbered or lettered, in several languages', () => {
    for (const heading of [
      'Workshop 2',
      'Workshop',
      'Panel',
      'Panel B',
      'Tutorial #1',
      'Ignite 3',
      'Taller 1',
      'Atelier 2',
      'セッション 2',
      '主题演讲',
    ])
      expect(isSlotTitle(heading), heading).toBe(true);
  });

  it('keeps a title with one of those words in it a title, and a group of them a group', () => {
    for (const heading of ['Workshop on Rust', 'Panel of Experts', 'Workshops', 'Tutorials and labs'])
      expect(isSlotTitle(heading), heading).toBe(false);
  });

  it('takes the talk title of a workshop slot from its "Topic:" line', () => {
    const markdown = [
      '# Example Days 2023',
      '## Talk 1',
      '__Topic__: Building Calm Rotations',
      '- point',
      '## Workshop 1',
      '__Topic__: Hands-on Terraform Testing',
      '__Speaker__: Jane Roe',
      '- point',
      '## Talk 2',
      '__Topic__: Observability on a Budget',
      '- point',
    ].join('\n\n');
    const conference = buildConference(parseNotes(markdown, 'notes.md'));
    const sessions = conference.days.flatMap((day) => day.sessions);
    expect(sessions.map((session) => session.title)).toEqual([
      'Building Calm Rotations',
      'Hands-on Terraform Testing',
      'Observability on a Budget',
    ]);
    expect(sessions[1]!.speakers.map((speaker) => speaker.name)).toEqual(['Jane Roe']);
  });
});

describe('a workshop or a panel slot followed by its subject', () => {
  it('reads the words after "Workshop 1:" as its title, not as who leads it', () => {
    expect(slotHeading('Workshop 1: Rambo Python')).toBeNull();
    expect(slotHeading('Panel: Open Source Futures')).toBeNull();
    expect(slotHeading('Tutorial 2 - Jane Roe')).toBeNull();
  });

  it('still reads a speaker after a talk or keynote slot, and by a workshop', () => {
    expect(slotHeading('Talk 2: Jane Roe')).toEqual({ speakers: [{ name: 'Jane Roe', org: null }] });
    expect(slotHeading('Workshop by Jane Roe')).toEqual({ speakers: [{ name: 'Jane Roe', org: null }] });
  });
});
