import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { isDecoration, isRatingLine } from '../../src/model/speakers/ratingLines.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** Each talk as "Title | speakers". */
function talksIn(markdown: string): string[] {
  return buildConference(parseNotes(markdown, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => `${session.title} | ${session.speakers.map((speaker) => speaker.name).join(', ')}`),
  );
}

describe('isRatingLine: a line that only rates the talk', () => {
  it('reads a rating label over stars, shortcodes or a score, in several languages, or left empty', () => {
    for (const line of [
      'Rating: :star: :star: :star: :star:',
      'Rating:',
      'My rating: ★★★☆',
      'Score: 8.5',
      'Stars: 4/5',
      'Note : 4/5',
      'Bewertung: ⭐⭐⭐',
      'Valoración: ⭐⭐⭐⭐',
      'Puntuación: 3 / 5',
      'Nota: 7,5',
      '評価：★★★',
      '평점: ⭐⭐',
      ':star: :star: :star:',
      '⭐⭐⭐',
      '  Rating: :star:  ',
    ])
      expect(isRatingLine(line), line).toBe(true);
  });

  it('leaves lines with words of notes or names', () => {
    for (const line of [
      'Rating: great talk',
      'Rating: :star: :star: by Jane Roe',
      'Note: the slides are online',
      'Nota: Jane Roe',
      'Score: 100 points for the demo',
      'Rating :star: :star:',
      'Jane Roe',
      '',
    ])
      expect(isRatingLine(line), line).toBe(false);
  });
});

describe('isDecoration: a line with no letter or digit, or a rating line', () => {
  it('reads stars, emoji and punctuation alone, and rating lines', () => {
    for (const line of ['⭐⭐⭐', '🎤', '---', '!!!', ' * ', 'Rating: :star:', 'Nota: 7,5'])
      expect(isDecoration(line), line).toBe(true);
  });

  it('leaves blank lines, and lines with a letter or a digit of any script', () => {
    for (const line of ['', '   ', ' \n ', 'Jane Roe', '★ Jane', 'é', '①', '山田'])
      expect(isDecoration(line), line).toBe(false);
  });
});

describe('a rating line over the byline', () => {
  it('is passed over: the name alone under it is the speaker, in English and Spanish', () => {
    const english =
      '## Day one\n\n### The Future of ChatBots\nRating: :star: :star: :star:\n\nPrabh Simran Singh Baweja\n\n' +
      'Designing a chatbot is not that easy.\n\n### Caching by John Doe\n\nNotes.\n';
    expect(talksIn(english)).toEqual(['The Future of ChatBots | Prabh Simran Singh Baweja', 'Caching | John Doe']);
    const spanish =
      '## Día 1\n\n### Colas sin miedo\nValoración: ⭐⭐⭐⭐\n\nAna Gómez\n\nUna charla sobre colas.\n\n' +
      '### Caché por Luis Pérez\n\nNotas.\n';
    expect(talksIn(spanish)).toEqual(['Colas sin miedo | Ana Gómez', 'Caché | Luis Pérez']);
  });

  it('leaves a line of words over the name as the talk’s notes (no speaker)', () => {
    const notes =
      '## Day one\n\n### The Future of ChatBots\nRating: a good one\n\nPrabh Simran Singh Baweja\n\n' +
      'Designing a chatbot is not that easy.\n\n### Caching by John Doe\n\nNotes.\n';
    expect(talksIn(notes)).toEqual(['The Future of ChatBots | ', 'Caching | John Doe']);
  });
});
