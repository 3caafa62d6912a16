import { describe, expect, it } from 'vitest';
import { MAX_LEAD } from '../../src/model/boldLeads.js';
import { buildConference } from '../../src/model/buildConference.js';
import { isOthersTitle } from '../../src/model/reading/listReading.js';
import { looksLikeName, MAX_NAME_PARTICLES, MAX_NAME_WORDS } from '../../src/model/speakers/nameWords.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { leadOf } from '../support/boldLeadOf.js';

// Issue 13: `* **Jane Roe** - _Title: with a colon?_: [video](…) / [slides](…)`: the speaker in bold, the title in
// emphasis after a dash, the author's links after the colon.

/** Each talk of each day as "Day | Title | speakers". */
function talksIn(markdown: string): string[] {
  return buildConference(parseNotes(markdown, 'notes.md')).days.flatMap((day) =>
    day.sessions.map(
      (session) => `${day.title} | ${session.title} | ${session.speakers.map((speaker) => speaker.name).join(', ')}`,
    ),
  );
}

describe('boldLead: a bold speaker, then the title in emphasis', () => {
  it('reads a title that holds a colon, a full stop or a question mark, to the end of the emphasis', () => {
    expect(leadOf('**Jane Roe** - _Debugging: A senior skill_: [video](https://v.example/1)')).toEqual([
      'Jane Roe - Debugging: A senior skill',
      'Jane Roe - _Debugging: A senior skill_',
      '[video](https://v.example/1)',
      'named',
    ]);
    expect(leadOf('**Ana Ruiz** — *Mi voz es mi pasaporte. ¿Verificarme?*: muy buena.')).toEqual([
      'Ana Ruiz — Mi voz es mi pasaporte. ¿Verificarme?',
      'Ana Ruiz — *Mi voz es mi pasaporte. ¿Verificarme?*',
      'muy buena.',
      'named',
    ]);
    expect(leadOf('**Marie Dupont** - _Du code propre_ - très clair.')?.[0]).toBe('Marie Dupont - Du code propre');
  });

  it(`reads a title as long as a lead may be (${MAX_LEAD} characters), and no longer`, () => {
    const title = (length: number) => `T${'x'.repeat(length - 1)}`;
    const lead = (length: number) => leadOf(`**Jane Roe** - _${title(length)}_: notes`);
    expect(lead(189)?.[0]).toBe(`Jane Roe - ${title(189)}`);
    // 11 characters of "Jane Roe - " and 190 of title: past MAX_LEAD.
    expect(lead(190)).toBeNull();
  });

  it('wants the emphasis closed before the separator, with text after it', () => {
    // Without the emphasis the first colon ends the lead, as before.
    expect(leadOf('**Jane Roe** - Debugging: A senior skill: notes')?.[0]).toBe('Jane Roe - Debugging');
    // Nothing after the emphasis: no lead of this kind (the colon inside it may still end one, as before).
    expect(leadOf('**Jane Roe** - _Debugging: A senior skill_')?.[0]).not.toBe('Jane Roe - Debugging: A senior skill');
    expect(leadOf('**Jane Roe** - _Debugging_ and more: notes')?.[0]).not.toBe('Jane Roe - Debugging');
  });
});

describe('a list of such items under day headings', () => {
  it('gives each day its talks, titles whole, and leaves a list under "Otros" out', () => {
    const day = (title: string, speakers: string[]) =>
      `## ${title}\n\n${speakers.map((name, index) => `* **${name}** - _Talk ${index}: part ${index}_: [video](https://v.example/${index}) / slides\n`).join('')}\n`;
    const text =
      day('Viernes 7 Febrero | La mañana', ['Ana Ruiz', 'Luis Gómez', 'Marta Díaz']) +
      day('Viernes 7 Febrero | La tarde', ['Jane Roe', 'John Doe', 'Ann Lee']) +
      `## Otros\n\nNo se dieron:\n\n${['Kim Lee', 'Bo Park', 'Di Ross'].map((name) => `* **${name}** - _Unheld: talk_: nada\n`).join('')}`;
    expect(talksIn(text)).toEqual([
      'Viernes 7 Febrero | La mañana | Talk 0: part 0 | Ana Ruiz',
      'Viernes 7 Febrero | La mañana | Talk 1: part 1 | Luis Gómez',
      'Viernes 7 Febrero | La mañana | Talk 2: part 2 | Marta Díaz',
      'Viernes 7 Febrero | La tarde | Talk 0: part 0 | Jane Roe',
      'Viernes 7 Febrero | La tarde | Talk 1: part 1 | John Doe',
      'Viernes 7 Febrero | La tarde | Talk 2: part 2 | Ann Lee',
    ]);
  });

  it('knows the words of what is left over, alone', () => {
    for (const title of ['Otros', 'Others', 'Other:', 'Autres', 'Andere', 'その他', '기타'])
      expect(isOthersTitle(title), title).toBe(true);
    for (const title of ['Other talks', 'Otras charlas', 'Otro día']) expect(isOthersTitle(title), title).toBe(false);
  });
});

describe('looksLikeName: name particles do not count against the words of a name', () => {
  it(`takes a name past ${MAX_NAME_WORDS} words when ${MAX_NAME_WORDS - 1} of them and up to ${MAX_NAME_PARTICLES} particles make it`, () => {
    expect([MAX_NAME_WORDS, MAX_NAME_PARTICLES]).toEqual([4, 2]);
    expect(looksLikeName('Felipe dos Santos de Morais', false)).toBe(true);
    expect(looksLikeName('Jan van der Berg Smit Jansen', false)).toBe(false);
    expect(looksLikeName('Ann Marie Lou van Berg', false)).toBe(false);
    expect(looksLikeName('Ana Lucia Maria Souza Lima', false)).toBe(false);
    expect(looksLikeName('María de la Cruz', false)).toBe(true);
    expect(looksLikeName('Jan van der de Berg', false)).toBe(false);
    expect(looksLikeName('de la', false)).toBe(false);
  });

  it('names the speaker of a bold lead with such a name', () => {
    expect(
      leadOf('**Felipe dos Santos de Morais** - _AfroPython: Empowering people_: [slides](https://s.example/1)'),
    ).toEqual([
      'Felipe dos Santos de Morais - AfroPython: Empowering people',
      'Felipe dos Santos de Morais - _AfroPython: Empowering people_',
      '[slides](https://s.example/1)',
      'named',
    ]);
  });
});
