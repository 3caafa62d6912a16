import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import {
  MIN_ORG_IN_PARENTHESES,
  parenthesesTail,
  parseSessionHeading,
  writesOrgInParentheses,
} from '../../src/model/sessionHeading.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

// Issue 13, class 5: "Title - Jane Roe (Red Hat)" read the company as the speaker. Where the file's other headings
// write "Title - Name (Org)", the parentheses of an unclear one hold the organisation too.

/** Each talk's speakers, as "Name (Org)", in notes of H2 talks with the given headings. */
function speakersOf(headings: string[]): string[][] {
  const markdown = `# Conf 2024\n\n${headings.map((heading) => `## ${heading}\n\n- a point\n`).join('\n')}`;
  return buildConference(parseNotes(markdown, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) =>
      session.speakers.map((speaker) => (speaker.org ? `${speaker.name} (${speaker.org})` : speaker.name)),
    ),
  );
}

describe('parenthesesTail', () => {
  it('tells a name with an organisation, a name in the parentheses, both, and neither', () => {
    expect(parenthesesTail('Building Calmer Rotations - Jane Roe (ACME)')).toBe('org');
    expect(parenthesesTail('Building Calmer Rotations - Jane Roe (Example Corp)')).toBe('org');
    expect(parenthesesTail('Building Calmer Rotations - Jane Roe (Red Hat)')).toBe('either');
    expect(parenthesesTail('Building Calmer Rotations - the hard parts (Jane Roe)')).toBe('name');
    expect(parenthesesTail('Building Calmer Rotations - Jane Roe')).toBeNull();
    expect(parenthesesTail('Building Calmer Rotations (Jane Roe)')).toBeNull();
    expect(parenthesesTail('Building Calmer Rotations - the hard parts (part 2)')).toBeNull();
  });

  it('reads the heading after its time or talk number', () => {
    expect(parenthesesTail('10:30 - Rotations - Jane Roe (ACME)')).toBe('org');
    expect(parenthesesTail('Talk 2: Rotations - Jane Roe (Red Hat)')).toBe('either');
  });
});

describe('writesOrgInParentheses', () => {
  it(`needs ${MIN_ORG_IN_PARENTHESES} headings that read only as "Name (Org)"`, () => {
    expect(MIN_ORG_IN_PARENTHESES).toBe(2);
    expect(writesOrgInParentheses(['A Talk - Jane Roe (ACME)', 'B Talk - Ann Lee (Red Hat)'])).toBe(false);
    expect(
      writesOrgInParentheses(['A Talk - Jane Roe (ACME)', 'B Talk - Bo Chen (Globex)', 'C Talk - Ann Lee (Red Hat)']),
    ).toBe(true);
  });

  it('needs twice as many of them as headings that put a name in the parentheses', () => {
    const org = ['A Talk - Jane Roe (ACME)', 'B Talk - Bo Chen (Globex)'];
    expect(writesOrgInParentheses([...org, 'C Talk - the hard parts (Ann Lee)'])).toBe(true);
    expect(writesOrgInParentheses([...org, 'C Talk - the hard parts (Ann Lee)', 'D Talk - and more (Cy Diaz)'])).toBe(
      false,
    );
    expect(
      writesOrgInParentheses([
        ...org,
        'E Talk - Di Fox (Initech)',
        'F Talk - Ed Gray (Hooli)',
        'C Talk - the hard parts (Ann Lee)',
        'D Talk - and more (Cy Diaz)',
      ]),
    ).toBe(true);
  });

  it('counts headings of no such shape neither way', () => {
    expect(writesOrgInParentheses(['A Talk', 'B Talk - Jane Roe', 'C Talk (Ann Lee)', 'D Talk - Bo Chen (ACME)'])).toBe(
      false,
    );
  });
});

describe('parseSessionHeading with orgInParentheses', () => {
  it('reads "Jane Roe (Red Hat)" as a speaker and her company only when asked', () => {
    expect(parseSessionHeading('Rotations - Jane Roe (Red Hat)', { orgInParentheses: true })).toEqual({
      title: 'Rotations',
      speakers: [{ name: 'Jane Roe', org: 'Red Hat' }],
    });
    expect(parseSessionHeading('Rotations - Jane Roe (Red Hat)').speakers).toEqual([{ name: 'Red Hat', org: null }]);
  });
});

describe('a file that writes "Title - Name (Org)"', () => {
  it('reads its unclear headings the same way, in several languages', () => {
    expect(
      speakersOf([
        'Building Calmer On-Call Rotations - Jane Roe (Red Hat)',
        'Testing your configs with Rego - John Doe (Example Corp)',
        'Service Meshes in Practice - Ann Lee (ACME)',
      ]),
    ).toEqual([['Jane Roe (Red Hat)'], ['John Doe (Example Corp)'], ['Ann Lee (ACME)']]);
    expect(
      speakersOf([
        'Datenpipelines ohne Tränen - Hans Müller (Deutsche Bahn)',
        'Kubernetes im Alltag - Eva Schmidt (SAP)',
        'Observability für alle - Jan Becker (Zalando)',
      ]),
    ).toEqual([['Hans Müller (Deutsche Bahn)'], ['Eva Schmidt (SAP)'], ['Jan Becker (Zalando)']]);
    expect(
      speakersOf([
        'Pagos en tiempo real - Ana García (Mercado Libre)',
        'Arquitectura de eventos - Luis Pérez (Globant)',
        'Datos abiertos - Marta Ruiz (Cabify)',
      ]),
    ).toEqual([['Ana García (Mercado Libre)'], ['Luis Pérez (Globant)'], ['Marta Ruiz (Cabify)']]);
  });

  it('keeps names in the parentheses where the file writes subtitles before them', () => {
    expect(
      speakersOf([
        'Apache Ignite - In-Memory Data Fabric (Nikita Ivanov)',
        'Service Meshes - the hard parts (Ann Lee)',
        'Rotations - lessons learned (Bo Chen)',
      ]),
    ).toEqual([['Nikita Ivanov'], ['Ann Lee'], ['Bo Chen']]);
  });
});
