import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { isSlotTitle } from '../../src/model/headingKinds.js';
import { slotHeading } from '../../src/model/slotHeading.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** Talks and days given by headings, in shapes met on unseen notes (issue 13), written with made-up text. */
function conference(text: string, file = 'notes.md') {
  return buildConference(parseNotes(text, file));
}

const talks = (text: string) =>
  conference(text).days.flatMap((day) =>
    day.sessions.map((session) => ({
      title: session.title,
      speakers: session.speakers.map((speaker) => speaker.name),
    })),
  );

describe('slot headings written with times, rooms and an order (class 4)', () => {
  it('reads a slot word or a time with only an order, a room, a track or a number beside it as a slot', () => {
    for (const slot of [
      'Opening keynote',
      'Talk 1 - 10:30',
      '10:30 - Talk 1',
      'Talk #1 (10:00)',
      'Session 3 (Room B)',
      'Talk 1 | Room A',
      '1st Talk',
      '첫 번째 세션',
      'Ignite 2',
      '9:00 AM',
      '13:00-13:40 (Room 101)',
      '09:00 - 10:00 | Room 1',
      'Track A - 14:00',
    ])
      expect(isSlotTitle(slot), slot).toBe(true);
    for (const title of [
      'Talk to Your Users',
      'Keynote: The Future',
      'Lightning talks',
      'Room for Improvement',
      'Version 2.10 Released',
      'Opening',
      '2019 in Review',
    ])
      expect(isSlotTitle(title), title).toBe(false);
  });

  it('reads "Keynote by Jane Roe" after a time as a slot that names its speaker', () => {
    expect(slotHeading('9:00–10:00 – Keynote by Dr. Jane Roe (Example University)')).toEqual({
      speakers: [{ name: 'Dr. Jane Roe', org: 'Example University' }],
    });
    expect(slotHeading('Talk by John Doe')?.speakers.map((speaker) => speaker.name)).toEqual(['John Doe']);
    // A title with "by" in it is no slot.
    expect(slotHeading('Made by Hand - Jane Roe')).toBeNull();
    expect(slotHeading('Keynote by the sea')).toBeNull();
  });

  it('takes the quoted title of a label line under a timed keynote heading, the heading naming the speaker', () => {
    expect(
      talks(
        '# Data Days\n\n## 09:30–10:15 – Keynote by Dr. Jane Roe (Example University)\n\n**Title:** *“Why Networks Matter”*\n\nMy takeaway:\n- networks matter\n\n## 10:30–11:00 – Invited talk\n\n**Title:** Observability on a Budget\n\n- sample well\n\n## 11:00 – Feature Flags Without Tears\n\n**Title:** rotations\n\n- flags\n',
      ),
    ).toEqual([
      { title: 'Why Networks Matter', speakers: ['Dr. Jane Roe'] },
      { title: 'Observability on a Budget', speakers: [] },
      // A heading that is a title keeps it.
      { title: 'Feature Flags Without Tears', speakers: [] },
    ]);
  });

  it('reads a bold title with speaker lines under it in one paragraph, under a time-only heading', () => {
    expect(
      talks(
        '# Data Days\n\n## 14:00\n\n**Building Calmer On-Call Rotations**\nJane Roe, Example Corp\n\n- pagers\n\n## 14:45\n\n**Feature Flags Without Tears**\nJohn Doe, Acme\n\n- flags\n',
      ),
    ).toEqual([
      { title: 'Building Calmer On-Call Rotations', speakers: ['Jane Roe'] },
      { title: 'Feature Flags Without Tears', speakers: ['John Doe'] },
    ]);
    // A bold line over a sentence of notes is no title and names no one.
    expect(talks('## 14:00\n\n**Read this first**\nWe arrived late and missed the start.\n\n- pagers\n')).toEqual([
      { title: '14:00', speakers: [] },
    ]);
  });

  it('finds the "Topic:" line after a photo and other lines of the programme, not after notes', () => {
    expect(
      talks(
        '# Ops Days\n\n## Talk 1\n\n![speaker photo](jane.png)\n\n__Speaker__: Jane Roe\n\n__Company__: Example Corp\n\n__Topic__: Building Calmer On-Call Rotations\n\n- pagers hurt\n\n## Ignite 2\n\n*short talk*\n\n__Topic__: Five Minutes on Logs\n\n- logs\n\n## Talk 3\n\nWe arrived late, so the notes start in the middle.\n\n__Topic__: Observability on a Budget\n',
      ),
    ).toEqual([
      { title: 'Building Calmer On-Call Rotations', speakers: ['Jane Roe'] },
      { title: 'Five Minutes on Logs', speakers: [] },
      { title: 'Talk 3', speakers: [] },
    ]);
    const [first] = conference(
      '## Talk 1\n\n![photo](a.png)\n\n__Company__: Acme\n\n__Topic__: Calm On-Call\n\n- point\n',
    ).days[0]!.sessions;
    expect(first!.byline).toEqual(['__Topic__: Calm On-Call']);
  });
});
