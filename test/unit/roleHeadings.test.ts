import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { roleHeadingSpeaker } from '../../src/model/speakers/speakerRoles.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

describe('roleHeadingSpeaker: a heading that names only the speaker and her role', () => {
  it('reads a name, then a role after a comma or a dash, in several languages', () => {
    expect(roleHeadingSpeaker('Jane Roe, Head of Research')).toEqual({ name: 'Jane Roe', org: null });
    expect(roleHeadingSpeaker('Jane Roe - Staff Engineer at Example')).toEqual({ name: 'Jane Roe', org: 'Example' });
    expect(roleHeadingSpeaker('Maria Rossi – CTO, Esempio')).toEqual({ name: 'Maria Rossi', org: 'Esempio' });
    expect(roleHeadingSpeaker('Jean Dupont, Directeur technique')?.name).toBe('Jean Dupont');
    expect(roleHeadingSpeaker('Jana Nowak | Entwicklerin bei Beispiel')?.name).toBe('Jana Nowak');
    expect(roleHeadingSpeaker('김영희 - 개발자')?.name).toBe('김영희');
  });

  it('needs a role that opens the second part, with a capital, in its first three words', () => {
    expect(roleHeadingSpeaker('Service Mesh - lead with data')).toBeNull();
    expect(roleHeadingSpeaker('Scaling Teams - Lessons From A CTO')).toBeNull();
    expect(roleHeadingSpeaker('Jane Roe, Example Corp')).toBeNull();
    expect(roleHeadingSpeaker('Jane Roe')).toBeNull();
  });

  it('needs a name first', () => {
    expect(roleHeadingSpeaker('Kubernetes, Head of the Queue')).toBeNull();
    expect(roleHeadingSpeaker('The path to pain - Head first')).toBeNull();
  });
});

describe('a talk whose heading is its speaker and her role', () => {
  it('is that speaker’s talk, its heading kept as the title', () => {
    const notes = '# AI Salon\n\n### Andrea Rossi, Head of Applied AI\n\n- models are cheap\n- data is not\n';
    const [session] = buildConference(parseNotes(notes, 'notes.md')).days[0]!.sessions;
    expect(session!.title).toBe('Andrea Rossi, Head of Applied AI');
    expect(session!.speakers.map((speaker) => speaker.name)).toEqual(['Andrea Rossi']);
  });
});
