import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { hasTalkMark } from '../../src/model/headingKinds.js';
import { namesSpeakerByWord } from '../../src/model/sessionHeading.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/**
 * A talk heading that names its speaker (`# Event: Title by Jane Roe`) over topic sub-headings that merely have a dash
 * (`## Visual Issues - Color Issues`) and numbered parts (`### 1) Low contrast`) (issue 13, class 2): one talk, its
 * sub-headings its parts. The by-word outweighs the dash; the numbers are a list inside the talk.
 */
const read = (text: string) => buildConference(parseNotes(text, 'notes.md'));
const talks = (text: string) =>
  read(text).days.flatMap((day) =>
    day.sessions.map((session) => `${session.title} [${session.speakers.map((speaker) => speaker.name).join(', ')}]`),
  );

describe('a talk that names its speaker over topic sub-headings', () => {
  it('reads H1 talks "Title by Speaker" as talks, their dashed topics and numbered issues as their parts', () => {
    const text = [
      '# Example Meets Accessibility: Data Visualization Pitfalls by Jane Roe',
      '',
      '## Visual Issues - Color Issues',
      '',
      '### 1) Low contrast against the background',
      '',
      '- a point',
      '',
      '### 2) Color alone explains the data',
      '',
      '## Assistive Tech Issues - Keyboard Interaction',
      '',
      '### 3) No keyboard access',
      '',
      '## Culture Issues',
      '',
      '### 4) Accessibility work not valued',
      '',
      '# Designing for Everyone From the Start by John Doe',
      '',
      '## Build an Accessible Palette',
      '',
      'Notes.',
      '',
      '## Text Resizing',
      '',
      'More notes.',
      '',
      '# Panel Discussions',
      '',
      '## Tools for Day-to-Day Work',
      '',
      'Talk of tools.',
    ].join('\n');
    expect(talks(text)).toEqual([
      'Example Meets Accessibility: Data Visualization Pitfalls [Jane Roe]',
      'Designing for Everyone From the Start [John Doe]',
      'Panel Discussions []',
    ]);
  });

  it('reads other by-words and a name in parentheses the same way', () => {
    const text = [
      '## Barrierefreiheit von Anfang an von Erika Mustermann',
      '',
      '### Farben - Kontraste',
      '',
      '### Schrift - Größen',
      '',
      '## Accessibilité des graphiques (Marie Curie)',
      '',
      '### 1) Contraste',
      '',
      '### 2) Clavier',
    ].join('\n');
    expect(talks(text)).toEqual([
      'Barrierefreiheit von Anfang an [Erika Mustermann]',
      'Accessibilité des graphiques [Marie Curie]',
    ]);
  });

  it('still gathers sub-sections that are talks by word, mark or slot', () => {
    const text = [
      '## Keynotes hosted by Jane Roe',
      '',
      '### Fast Builds by John Doe',
      '',
      'Notes.',
      '',
      '### Talk 2: Calm systems under load',
      '',
      'Notes.',
      '',
      '### Session 3',
      '',
      'Notes.',
    ].join('\n');
    expect(talks(text)).toEqual(['Fast Builds [John Doe]', 'Calm systems under load []', 'Session 3 []']);
  });

  it('leaves a heading without a by-word as before: its dashed sub-headings may be talks', () => {
    const text = ['## Frontend Track', '', '### Fast Builds - Jane Roe', '', '### Calm Systems - John Doe'].join('\n');
    expect(talks(text)).toEqual(['Fast Builds [Jane Roe]', 'Calm Systems [John Doe]']);
  });
});

describe('namesSpeakerByWord and hasTalkMark', () => {
  it('finds a speaker after a by-word or in parentheses, never after a dash alone', () => {
    expect(namesSpeakerByWord('Designing for Everyone by Jane Roe')).toBe(true);
    expect(namesSpeakerByWord('Accessibilité par Marie Curie')).toBe(true);
    expect(namesSpeakerByWord('Fast Builds (Jane Roe)')).toBe(true);
    expect(namesSpeakerByWord('10:30 Fast Builds by Jane Roe')).toBe(true);
    expect(namesSpeakerByWord('Visual Issues - Color Issues')).toBe(false);
    expect(namesSpeakerByWord('Fast Builds - Jane Roe')).toBe(false);
    expect(namesSpeakerByWord('Made by hand')).toBe(false);
    expect(namesSpeakerByWord('Fast Builds (slides)')).toBe(false);
  });

  it('reads a talk mark, not a list number', () => {
    expect(hasTalkMark('Talk 3: Fast Builds')).toBe(true);
    expect(hasTalkMark('  KEYNOTE - Calm Systems')).toBe(true);
    expect(hasTalkMark('1) Low contrast')).toBe(false);
    expect(hasTalkMark('B. Better tests')).toBe(false);
  });
});
