import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

const sessions = (text: string) =>
  buildConference(parseNotes(text, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => ({ title: session.title, group: session.group })),
  );

describe('a heading over talk-like sections (corpus 110)', () => {
  it('is their group when its plain text holds every word', () => {
    const text =
      '## 2024-05-02\n\n### Workshops\n\n#### Keynote: Calm Ops\n\n- a point\n\n#### Talk: Fast Builds\n\n- a point\n';
    expect(sessions(text)).toEqual([
      { title: 'Keynote: Calm Ops', group: 'Workshops' },
      { title: 'Talk: Fast Builds', group: 'Workshops' },
    ]);
  });

  it('is a talk, kept as written, when its plain text drops a link target', () => {
    const text =
      '## 2024-05-02\n\n### Workshops, [Jane Roe](https://example.org/jroe)\n\n#### Keynote: Calm Ops\n\n- a point\n\n#### Talk: Fast Builds\n\n- a point\n';
    expect(sessions(text)).toEqual([{ title: 'Workshops, Jane Roe', group: null }]);
  });

  it('names both groups when a group sits inside another', () => {
    const text = '## 2024-05-02\n\n### Track A\n\n#### Morning\n\n##### Talk: Fast Builds\n\n- a point\n';
    expect(sessions(text)).toEqual([{ title: 'Talk: Fast Builds', group: 'Track A · Morning' }]);
  });
});
