import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { parseSpeakerList } from '../../src/model/speakers/speakerLists.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

/** takeSpeakerLines on a talk's notes: its speakers' names, the byline taken and the words left. */
function take(markdown: string) {
  const { speakers, byline, rest } = takeSpeakerLines(parseMarkdown(markdown).children, markdown);
  return { names: speakers.map((speaker) => speaker.name), byline, rest: rest.map((node) => toString(node)) };
}

describe('labelled speaker lines in paragraphs of their own, one after another', () => {
  it('reads every paragraph of labelled lines right after the first (an MDX page writes one per speaker)', () => {
    expect(take('Speaker: Jane Roe (CTO at Example)\n\nSpeaker: John Doe (Lead, Acme)\n\n- a point\n')).toEqual({
      names: ['Jane Roe', 'John Doe'],
      byline: ['Speaker: Jane Roe (CTO at Example)', 'Speaker: John Doe (Lead, Acme)'],
      rest: ['a point'],
    });
    expect(take('Intervenant : Jeanne Roux\n\nIntervenant : Paul Martin\n\nIntervenant : Anne Li\n').names).toEqual([
      'Jeanne Roux',
      'Paul Martin',
      'Anne Li',
    ]);
  });

  it('stops at the first paragraph that is not all labelled lines', () => {
    expect(take('Speaker: Jane Roe\n\nShe opened with a story.\n\nSpeaker: John Doe\n')).toEqual({
      names: ['Jane Roe'],
      byline: ['Speaker: Jane Roe'],
      rest: ['She opened with a story.', 'Speaker: John Doe'],
    });
    expect(take('Speaker: Jane Roe\n\nSpeaker: John Doe\nand a line of notes\n').names).toEqual(['Jane Roe']);
    expect(take('Speaker: Jane Roe\n\n- Speaker: John Doe\n').names).toEqual(['Jane Roe']);
  });

  it('goes on only after a labelled line: a byline of another shape keeps its one paragraph', () => {
    expect(take('Jane Roe - Staff Engineer @ Example\n\nSpeaker: John Doe\n').names).toEqual(['Jane Roe']);
  });

  it('reads the same a little further down, after a line about the session', () => {
    expect(take('Room B, 14:00\n\nSpeaker: Jane Roe\n\nSpeaker: John Doe\n\n- a point\n')).toEqual({
      names: ['Jane Roe', 'John Doe'],
      byline: ['Speaker: Jane Roe', 'Speaker: John Doe'],
      rest: ['Room B, 14:00', 'a point'],
    });
    expect(take('Room B, 14:00\n\nSpeaker: Jane Roe\n\nNotes follow.\n').rest).toEqual([
      'Room B, 14:00',
      'Notes follow.',
    ]);
  });
});

describe('a role in parentheses after a name', () => {
  it('is one role however its words run ("and", "et", "&" inside it join no names)', () => {
    expect(parseSpeakerList('Alex Roe (Infrastructure and Modularity Engineer at Example)', true)).toEqual([
      { name: 'Alex Roe', org: 'Infrastructure and Modularity Engineer at Example' },
    ]);
    expect(parseSpeakerList('Jeanne Roux (Recherche et Développement), Paul Martin', true)).toEqual([
      { name: 'Jeanne Roux', org: 'Recherche et Développement' },
      { name: 'Paul Martin', org: null },
    ]);
    expect(parseSpeakerList('Jane Roe and John Doe', true)).toEqual([
      { name: 'Jane Roe', org: null },
      { name: 'John Doe', org: null },
    ]);
  });
});
