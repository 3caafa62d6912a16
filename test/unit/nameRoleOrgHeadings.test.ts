import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { roleHeadingSpeaker } from '../../src/model/speakers/speakerRoles.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

// Issue 13, class 5: a talk heading that names only its speaker, her role and her organisation, set apart by dashes or bars.

describe('roleHeadingSpeaker, three parts', () => {
  it('reads a name, a role and an organisation apart by dashes, en or em dashes, or bars', () => {
    expect(roleHeadingSpeaker('Jane Roe - Executive Director - Example Foundation')).toEqual({
      name: 'Jane Roe',
      org: 'Example Foundation',
    });
    expect(roleHeadingSpeaker('Ann Lee – CTO – Acme')).toEqual({ name: 'Ann Lee', org: 'Acme' });
    expect(roleHeadingSpeaker('Bo Chen — Staff Engineer — Globex')).toEqual({ name: 'Bo Chen', org: 'Globex' });
    expect(roleHeadingSpeaker('Bo Chen | Principal Engineer | Globex')).toEqual({ name: 'Bo Chen', org: 'Globex' });
    expect(roleHeadingSpeaker('Hans Müller - Leiter Entwicklung - Beispiel GmbH')).toEqual({
      name: 'Hans Müller',
      org: 'Beispiel GmbH',
    });
    expect(roleHeadingSpeaker('김영희 - 개발자 - 삼성전자')).toEqual({ name: '김영희', org: '삼성전자' });
  });

  it('reads none when the middle part is no role, the first no name, or the parts are not three', () => {
    expect(roleHeadingSpeaker('Jane Roe - Service Meshes - Example Foundation')).toBeNull();
    expect(roleHeadingSpeaker('Service meshes - Staff Engineer - Example Foundation')).toBeNull();
    expect(roleHeadingSpeaker('Kubernetes - CTO - Acme')).toBeNull();
    expect(roleHeadingSpeaker('Jane Roe - CTO - Acme - Berlin')).toBeNull();
    expect(roleHeadingSpeaker('Jane Roe-CTO-Acme')).toBeNull();
  });
});

describe('talk headings "Name - Role - Organisation"', () => {
  it('name their speakers and stay the talks titles as written', () => {
    const markdown = [
      '# KubeCon 2017\n',
      '## Day 1\n',
      '### Jane Roe - Executive Director - Example Foundation\n\n- the state of things\n',
      '### Ann Lee – CTO – Acme\n\n- a point\n',
      '### Service Meshes in Practice - Bo Chen\n\n- a point\n',
      '### Testing in Production - Cy Diaz\n\n- a point\n',
    ].join('\n');
    const sessions = buildConference(parseNotes(markdown, 'notes.md')).days.flatMap((day) => day.sessions);
    expect(sessions.map((session) => [session.title, session.speakers])).toEqual([
      ['Jane Roe - Executive Director - Example Foundation', [{ name: 'Jane Roe', org: 'Example Foundation' }]],
      ['Ann Lee – CTO – Acme', [{ name: 'Ann Lee', org: 'Acme' }]],
      ['Service Meshes in Practice', [{ name: 'Bo Chen', org: null }]],
      ['Testing in Production', [{ name: 'Cy Diaz', org: null }]],
    ]);
  });
});
