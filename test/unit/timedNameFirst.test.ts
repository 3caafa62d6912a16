import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

function talks(text: string) {
  return buildConference(parseNotes(text, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name)]),
  );
}

/** A pasted schedule: paragraphs of hard-broken lines, a time over two lines, then a description. */
function schedule(slots: [string, string, string][]): string {
  return slots
    .map(([time, first, second]) => `${time}  \n${first}  \n${second}  \nWhat the talk is about`)
    .join('\n\n');
}

describe('a time alone over a name and a title: the line that reads as names is the speaker', () => {
  it('reads `time / NAME / TITLE` as `time / TITLE / Name` (capitals, English)', () => {
    const notes = schedule([
      ['10:00 - 10:40', 'TIM HOLMAN', 'FUN.CSS'],
      ['10:45 - 11:25', 'ANDREY SITNIK', 'POSTCSS: THE FUTURE AFTER SASS'],
      ['11:30 - 12:15', 'RACHAEL L. MOORE', 'OPS TOOLING FOR UI'],
    ]);
    expect(talks(notes)).toEqual([
      ['Fun.css', ['Tim Holman']],
      ['Postcss: the Future After Sass', ['Andrey Sitnik']],
      ['Ops Tooling for UI', ['Rachael L. Moore']],
    ]);
  });

  it('reads French and Spanish schedules written name first', () => {
    const french = schedule([
      ['9h30', 'Marie Curie', 'Les rayons et la matière'],
      ['10h30', 'Paul Langevin', 'Une histoire des ondes'],
      ['11h30', 'Irène Joliot', 'La radioactivité artificielle'],
    ]);
    expect(talks(french).map(([, speakers]) => speakers)).toEqual([
      ['Marie Curie'],
      ['Paul Langevin'],
      ['Irène Joliot'],
    ]);
    const spanish = schedule([
      ['9:30', 'Ana García', 'La imprenta en Sevilla'],
      ['10:30', 'Luis Pérez', 'Libros y lectores'],
      ['11:30', 'Eva Díaz', 'El papel de los archivos'],
    ]);
    expect(talks(spanish)[0]).toEqual(['La imprenta en Sevilla', ['Ana García']]);
  });

  it('keeps `time / Title / Name` as it was read, and a title over no name', () => {
    const notes = schedule([
      ['10:00', 'The Grammar of Code', 'Jane Roe'],
      ['11:00', 'Calm Systems at Scale', 'John Doe'],
      ['12:00', 'Why Types Help', 'no one named'],
    ]);
    expect(talks(notes)).toEqual([
      ['The Grammar of Code', ['Jane Roe']],
      ['Calm Systems at Scale', ['John Doe']],
      ['Why Types Help', []],
    ]);
  });
});
