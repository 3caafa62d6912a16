import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseSessionHeading } from '../../src/model/sessionHeading.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

// "Sponsored talk by Deveo": a sponsor is not a speaker. The names after the comma are, of the sponsor's company.

describe('a sponsored talk in a heading', () => {
  it('reads the sponsor as no speaker, and the names after the comma as its speakers', () => {
    expect(parseSessionHeading('Sponsored talk by Deveo, Jerry Roe')).toEqual({
      title: 'Sponsored talk by Deveo',
      speakers: [{ name: 'Jerry Roe', org: 'Deveo' }],
    });
    expect(parseSessionHeading('Sponsored talk by Deveo')).toEqual({ title: 'Sponsored talk by Deveo', speakers: [] });
    expect(parseSessionHeading('Sponsor session by Acme Corp, Jane Roe & John Doe').speakers).toEqual([
      { name: 'Jane Roe', org: 'Acme Corp' },
      { name: 'John Doe', org: 'Acme Corp' },
    ]);
    expect(parseSessionHeading('Sponsoring keynote by Initech, Ann Lee (Initech Labs)').speakers).toEqual([
      { name: 'Ann Lee', org: 'Initech Labs' },
    ]);
  });

  it('reads each word for a talk a sponsor gave: talk, session, keynote, presentation, demo', () => {
    for (const kind of ['talk', 'session', 'keynote', 'presentation', 'demo'])
      expect(parseSessionHeading(`Sponsor ${kind} by Globex, Jane Roe`).speakers, kind).toEqual([
        { name: 'Jane Roe', org: 'Globex' },
      ]);
  });

  it('reads it in German, French, Spanish, Portuguese and Italian', () => {
    expect(parseSessionHeading('Vortrag gesponsert von Example GmbH').speakers).toEqual([]);
    expect(parseSessionHeading('Keynote sponsorisée par Example SA, Jean Dupont').speakers).toEqual([
      { name: 'Jean Dupont', org: 'Example SA' },
    ]);
    expect(parseSessionHeading('Session sponsorisé par Acme').speakers).toEqual([]);
    expect(parseSessionHeading('Charla patrocinada por Globant, Ana García').speakers).toEqual([
      { name: 'Ana García', org: 'Globant' },
    ]);
    expect(parseSessionHeading('Palestra patrocinado por Acme, João Silva').speakers).toEqual([
      { name: 'João Silva', org: 'Acme' },
    ]);
    expect(parseSessionHeading('Talk sponsorizzato da Acme, Mario Rossi').speakers).toEqual([
      { name: 'Mario Rossi', org: 'Acme' },
    ]);
    expect(parseSessionHeading('Intervento sponsorizzata da Acme').speakers).toEqual([]);
  });

  it('keeps the heading whole when what follows the comma names no one', () => {
    expect(parseSessionHeading('Sponsored talk by Deveo, with coffee and cake')).toEqual({
      title: 'Sponsored talk by Deveo, with coffee and cake',
      speakers: [],
    });
  });

  it('leaves other headings with "by" to name their speaker: a sponsor word must say a sponsor gave the talk', () => {
    expect(parseSessionHeading('Why I stopped being a sponsor by Jane Roe').speakers).toEqual([
      { name: 'Jane Roe', org: null },
    ]);
    expect(parseSessionHeading('Sponsorship by Jane Roe').speakers).toEqual([{ name: 'Jane Roe', org: null }]);
    expect(parseSessionHeading('Talk by Jane Roe').speakers).toEqual([{ name: 'Jane Roe', org: null }]);
  });
});

describe('a sponsored talk among talk headings', () => {
  it('names the linked speaker after the comma, not the sponsor', () => {
    const markdown =
      '# Rails Days\n\n### Fast Tests - Jane Roe\n\n- a point\n\n### Sponsored talk by Deveo, [Jerry Roe](https://deveo.example)\n\n- built with Rails\n';
    const sessions = buildConference(parseNotes(markdown, 'notes.md')).days.flatMap((day) => day.sessions);
    expect(sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name)])).toEqual([
      ['Fast Tests', ['Jane Roe']],
      ['Sponsored talk by Deveo', ['Jerry Roe']],
    ]);
  });
});
