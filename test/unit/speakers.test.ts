import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseSessionHeading } from '../../src/model/sessionHeading.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** The speakers of the only talk of `## Title` followed by `under`. */
function speakersUnder(under: string) {
  const conference = buildConference(
    parseNotes(`# Conf\n\n## A Talk About Things\n\n${under}\n\n- a point\n`, 'notes.md'),
  );
  return conference.days[0]!.sessions[0]!.speakers;
}

describe('speakers where people write them', () => {
  it('reads "Name - Role, Org" under the title, the last part being the organisation', () => {
    expect(speakersUnder('Jane Roe - GM, Storage, Example Corp')).toEqual([{ name: 'Jane Roe', org: 'Example Corp' }]);
  });

  it('reads a name, a handle and a role each on its own line', () => {
    expect(speakersUnder('Jane Roe\n[@jroe](https://twitter.com/jroe)\nCTO, Example Corp')).toEqual([
      { name: 'Jane Roe', org: 'Example Corp' },
    ]);
  });

  it('reads "Name @ Org"', () => {
    expect(speakersUnder('Jane Roe @ Example Corp')).toEqual([{ name: 'Jane Roe', org: 'Example Corp' }]);
  });

  it('reads labels in other languages, with a full-width colon', () => {
    expect(speakersUnder('- 講者：Jane Roe')).toEqual([{ name: 'Jane Roe', org: null }]);
    expect(speakersUnder('- Presenter: Jane Roe (Example Corp)')).toEqual([{ name: 'Jane Roe', org: 'Example Corp' }]);
  });

  it('reads "(Name)" at the end of a heading and "by Name", but not an acronym in parentheses', () => {
    expect(parseSessionHeading('Building Calm Rotations (Jane Roe)').speakers).toEqual([
      { name: 'Jane Roe', org: null },
    ]);
    expect(parseSessionHeading('Building Calm Rotations by Jane Roe').speakers).toEqual([
      { name: 'Jane Roe', org: null },
    ]);
    expect(parseSessionHeading('Visual Grammar Lab (VIGL)')).toEqual({
      title: 'Visual Grammar Lab (VIGL)',
      speakers: [],
    });
  });

  it('reads the speaker after a time slot, before the title', () => {
    expect(parseSessionHeading('09:45 Jane Roe - The Grammar of Code')).toEqual({
      title: 'The Grammar of Code',
      speakers: [{ name: 'Jane Roe', org: null }],
    });
    expect(parseSessionHeading('14:30 - 15:00 : The Grammar of Code - Jane Roe, Example Corp')).toEqual({
      title: 'The Grammar of Code',
      speakers: [{ name: 'Jane Roe', org: 'Example Corp' }],
    });
  });

  it('reads a list that writes the speaker first, with the organisation in parentheses', () => {
    const conference = buildConference(
      parseNotes(
        '## Ignite Talks\n\n- [Jane Roe - Writing in CI](talks/a.md)\n- [John Doe (Acme) - Systems Are Simple](talks/b.md)\n- [Ann Lee - Open Source Operations](talks/c.md)\n',
        'notes.md',
      ),
    );
    expect(conference.days.flatMap((day) => day.sessions.map((session) => [session.title, session.speakers]))).toEqual([
      ['Writing in CI', [{ name: 'Jane Roe', org: null }]],
      ['Systems Are Simple', [{ name: 'John Doe', org: 'Acme' }]],
      ['Open Source Operations', [{ name: 'Ann Lee', org: null }]],
    ]);
  });

  it('invents no speaker from Latin words mixed with CJK ones, and keeps a CJK name', () => {
    expect(parseSessionHeading('KDockerWeb - Docker Web 管理界面').speakers).toEqual([]);
    expect(parseSessionHeading('Rubyの未来 - 山田 太郎').speakers).toEqual([{ name: '山田 太郎', org: null }]);
  });

  it('invents no speaker from a line of notes under the title', () => {
    expect(speakersUnder('This was the best talk of the day, about storage.')).toEqual([]);
    expect(speakersUnder('Storage Systems\nsome notes')).toEqual([]);
  });
});
