import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { isSlotTitle } from '../../src/model/headingKinds.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** Shapes of notes met on unseen files (issue 13), written here with made-up text. */
function conference(text: string, file = 'notes.md') {
  return buildConference(parseNotes(text, file));
}

const talks = (text: string, file?: string) => conference(text, file).days.flatMap((day) => day.sessions.map((session) => ({ title: session.title, speakers: session.speakers.map((speaker) => speaker.name) })));

describe('slot headings with the title in a label line (class 4)', () => {
  it('knows a slot heading from a titled one', () => {
    for (const slot of ['Talk 1', 'Talk #2', 'Session 3', 'Keynote-Speaker', 'Keynote', 'Lightning talk 4', 'Slot B:']) expect(isSlotTitle(slot), slot).toBe(true);
    for (const title of ['Talk to Your Users', 'Keynote: The Future', 'Sessions', 'Building Calmer On-Call Rotations']) expect(isSlotTitle(title), title).toBe(false);
  });

  it('takes the title from a "__Topic__:", "**Title:**" or "Topic:" line, the slot heading going to the speaker notes', () => {
    const read = conference('# Ops Night\n\n## Talk 1\n\n__Topic__: Building Calmer On-Call Rotations\n\nNotes on the talk.\n\n## Talk 2\n\n**Title:** Shipping With Flags\n\n- a point\n\n## Keynote-Speaker\n\n- Topic: The Future of Ops\n- a point\n');
    const sessions = read.days[0]!.sessions;
    expect(sessions.map((session) => session.title)).toEqual(['Building Calmer On-Call Rotations', 'Shipping With Flags', 'The Future of Ops']);
    expect(sessions[0]!.byline).toEqual(['__Topic__: Building Calmer On-Call Rotations']);
    expect(sessions[0]!.heading).toBe('Talk 1');
    expect(sessions[2]!.blocks).toHaveLength(1);
  });

  it('reads speakers beside the label line, in the same block or the next', () => {
    expect(talks('## Talk 1\n\nTopic: Calm On-Call\nSpeaker: Jane Roe\n\n- point\n\n## Talk 2\n\nSpeaker: John Doe\n\nTitle: Typed Configs - Ann Lee\n\n- point\n')).toEqual([
      { title: 'Calm On-Call', speakers: ['Jane Roe'] },
      { title: 'Typed Configs', speakers: ['Ann Lee', 'John Doe'] },
    ]);
  });

  it('leaves a label line under a heading that is already a title, and one three blocks down', () => {
    expect(talks('## Calm On-Call\n\nTopic: rotations\n\n## Talk 2\n\nNotes first.\n\nMore.\n\nTopic: Typed Configs\n')).toEqual([
      { title: 'Calm On-Call', speakers: [] },
      { title: 'Talk 2', speakers: [] },
    ]);
  });
});

describe('slot headings, more shapes (class 4)', () => {
  it('reads a slot heading that names the speaker, and a header paragraph with other lines', () => {
    expect(talks('## Keynote - Jane Roe (Example)\n\n__Topic__ : Calm On-Call\n\n- point\n\n## Talk 2: John Doe\n\n![photo](john.png)\n\n- Title: Typed Configs\n\n- point\n')).toEqual([
      { title: 'Calm On-Call', speakers: ['Jane Roe'] },
      { title: 'John Doe', speakers: ['John Doe'] },
    ]);
    const read = conference('## Talk 3\n\n__Ann Lee__, Example Corp, 10 years in ops\n__Topic__: Fast Builds\n\n- point\n');
    expect(read.days[0]!.sessions.map((session) => [session.title, session.byline.length, session.blocks.length])).toEqual([['Fast Builds', 2, 1]]);
  });

  it('reads the title from a "### Topic:" sub-heading, and not from a long paragraph', () => {
    expect(talks('## Talk 1\n\n### Topic: Calm On-Call\n\n- point\n').map((talk) => talk.title)).toEqual(['Calm On-Call']);
    expect(talks('## Talk 1\n\nOne.\nTwo.\nThree.\nFour.\nTopic: Calm On-Call\n').map((talk) => talk.title)).toEqual(['Talk 1']);
  });
});
