import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { namesSpeakerByWord, parseSessionHeading } from '../../src/model/sessionHeading.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

const read = (heading: string) => {
  const parsed = parseSessionHeading(heading);
  return [parsed.title, ...parsed.speakers.map((speaker) => speaker.name)];
};

describe('a keynote named by who gave it, the name right after the word', () => {
  it('is titled as written and names its speakers, in several languages', () => {
    expect(read('Keynote Jane Roe')).toEqual(['Keynote Jane Roe', 'Jane Roe']);
    expect(read('Opening Keynote John Doe')).toEqual(['Opening Keynote John Doe', 'John Doe']);
    expect(read('Keynote Jane Roe and John Doe')).toEqual(['Keynote Jane Roe and John Doe', 'Jane Roe', 'John Doe']);
    expect(read('Keynote de Marie Curie')).toEqual(['Keynote de Marie Curie', 'Marie Curie']);
    expect(read('Keynote von Jan Weber')).toEqual(['Keynote von Jan Weber', 'Jan Weber']);
    expect(read('基調講演 山田太郎氏')).toEqual(['基調講演 山田太郎氏', '山田太郎']);
    expect(read('키노트 김영희님')).toEqual(['키노트 김영희님', '김영희']);
    expect(namesSpeakerByWord('Keynote Jane Roe')).toBe(true);
  });

  it('needs a full name or an honorific, and no organisation: the words may be a title', () => {
    expect(read('Keynote Kubernetes')).toEqual(['Keynote Kubernetes']);
    expect(read('Keynote Speaker')).toEqual(['Keynote Speaker']);
    expect(read('Keynote Jane Roe, Acme')).toEqual(['Keynote Jane Roe, Acme']);
    expect(namesSpeakerByWord('Keynote Kubernetes')).toBe(false);
    // Other slot words before a name more often open a title.
    expect(read('Workshop Kubernetes Basics')).toEqual(['Workshop Kubernetes Basics']);
  });

  it('holds its sub-headings as its parts, not as talks, among talks that name their speakers', () => {
    const text = [
      '# ElixirConf 2016',
      '## Keynote Jane Roe',
      '#### GenStage | Producer, Consumer, Dispatcher',
      '- a point',
      '#### Flow',
      '- a point',
      '## Leveling Up with Ecto by John Doe',
      '- a point',
      '## Testing with Wallaby by Ann Lee',
      '- a point',
      '',
    ].join('\n\n');
    const conference = buildConference(parseNotes(text, 'notes.md'));
    expect(conference.days.flatMap((day) => day.sessions.map((session) => session.title))).toEqual([
      'Keynote Jane Roe',
      'Leveling Up with Ecto',
      'Testing with Wallaby',
    ]);
    expect(conference.days[0]!.sessions[0]!.speakers.map((speaker) => speaker.name)).toEqual(['Jane Roe']);
  });
});
