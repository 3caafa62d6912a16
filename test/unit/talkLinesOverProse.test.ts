import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { plainTalkLine } from '../../src/model/talkLines.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

// Issue 13: talks given as plain lines `Title - Jane Roe`, their notes written as prose rather than bullets.

/** Each talk as "Title | speakers". */
function talksIn(markdown: string): string[] {
  return buildConference(parseNotes(markdown, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => `${session.title} | ${session.speakers.map((speaker) => speaker.name).join(', ')}`),
  );
}

describe('plainTalkLine over a paragraph', () => {
  it('reads the line as a talk with a paragraph, a list or a quote under it, not nothing', () => {
    const under = (notes: string) => {
      const [line, next] = parseMarkdown(`Designing APIs - Jane Roe\n\n${notes}\n`).children;
      return plainTalkLine(line!, next);
    };
    expect(under('Keep them small.')).toEqual({ text: 'Designing APIs - Jane Roe' });
    expect(under('- keep them small')).toEqual({ text: 'Designing APIs - Jane Roe' });
    expect(under('> keep them small')).toEqual({ text: 'Designing APIs - Jane Roe' });
    expect(under('')).toBeNull();
  });
});

describe('talk lines over prose, without headings', () => {
  it('reads three or more, with a dash, "by" or parentheses, after a paragraph about the conference', () => {
    const shapes: [string, (title: string, name: string) => string][] = [
      ['dash', (title, name) => `${title} - ${name}`],
      ['en dash', (title, name) => `${title} – ${name}`],
      ['by', (title, name) => `${title} by ${name}`],
      ['parentheses', (title, name) => `${title} (${name})`],
    ];
    for (const [shape, line] of shapes) {
      const markdown = [
        'Some words about the conference, which was great.\n',
        `${line("It's about time", 'Jane Roe')}\n\nTimezones are hard. Use UTC everywhere.\n`,
        `${line('Designing APIs', 'John Doe')}\n\nKeep them small and version them.\n`,
        `${line('Testing in anger', 'Ann Lee')}\n\nMocks lie, said the speaker.\n`,
      ].join('\n');
      expect(talksIn(markdown), shape).toEqual([
        "It's about time | Jane Roe",
        'Designing APIs | John Doe',
        'Testing in anger | Ann Lee',
      ]);
    }
  });

  it('reads them in other languages', () => {
    const markdown = [
      '# Notizen vom Example Tag\n',
      'Zeitzonen sind schwer - Hans Müller\n\nImmer UTC nehmen.\n',
      'APIs entwerfen - Eva Schmidt\n\nKlein halten.\n',
      'Testen unter Last - Jan Becker\n\nMocks lügen.\n',
    ].join('\n');
    expect(talksIn(markdown)).toEqual([
      'Zeitzonen sind schwer | Hans Müller',
      'APIs entwerfen | Eva Schmidt',
      'Testen unter Last | Jan Becker',
    ]);
  });

  it('needs three of them: two such lines over prose are notes', () => {
    const markdown = [
      '# Example Conf 2024\n',
      "It's about time - Jane Roe\n\nTimezones are hard.\n",
      'Designing APIs - John Doe\n\nKeep them small.\n',
    ].join('\n');
    expect(talksIn(markdown)).not.toContain("It's about time | Jane Roe");
  });
});
