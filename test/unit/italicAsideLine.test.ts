import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

// Issue 13: "_Format conférence 45 minutes_" over "**[Jane Roe](…)**": a line in italics about the talk sits above its byline.

/** takeSpeakerLines on a talk's body: the names, the byline, and what stays, as words. */
function take(markdown: string) {
  const { speakers, byline, rest } = takeSpeakerLines(parseMarkdown(markdown).children, markdown);
  return {
    names: speakers.map((speaker) => speaker.name),
    byline,
    rest: rest.map((node: RootContent) => toString(node)),
  };
}

describe('takeSpeakerLines under a line in italics', () => {
  it('passes over the italic line to the byline under it, the line kept, in several languages', () => {
    expect(
      take(
        '_Format atelier 2h30_\n\n**[Océane Gillard](https://example.org/og)**  \n**[Patrice de Saint Steban](https://example.org/p)**\n\nL’atelier.\n',
      ),
    ).toEqual({
      names: ['Océane Gillard', 'Patrice de Saint Steban'],
      byline: ['**[Océane Gillard](https://example.org/og)**', '**[Patrice de Saint Steban](https://example.org/p)**'],
      rest: ['Format atelier 2h30', 'L’atelier.'],
    });
    expect(take('*Vortrag, 45 Minuten, Saal B*\n\n**Hans Müller**\n\nNotizen.\n').names).toEqual(['Hans Müller']);
    expect(take('_Charla de 30 minutos_\n\nAna Gómez - CTO, Example Corp\n\nNotas.\n').names).toEqual(['Ana Gómez']);
  });

  it('reads italic names as names, and nothing under an italic line that no byline follows', () => {
    expect(take('_Jane Roe_\n\nNotes.\n').names).toEqual(['Jane Roe']);
    expect(take('_Format conférence 45 minutes_\n\nUn sujet bien construit, avec un bon équilibre.\n').names).toEqual(
      [],
    );
  });

  it('passes over one line all in italics only', () => {
    // Italics and plain words, or two lines: a sentence of the notes, under which no byline is looked for.
    expect(take('_Format_ conférence 45 minutes\n\n**Jane Roe**\n\nNotes.\n').names).toEqual([]);
    expect(take('_Format conférence_\n_45 minutes_\n\n**Jane Roe**\n\nNotes.\n').names).toEqual([]);
    expect(take('_Format conférence\n45 minutes_\n\n**Jane Roe**\n\nNotes.\n').names).toEqual([]);
    expect(take('**Format conférence 45 minutes**\n\n**Jane Roe**\n\nNotes.\n').names).toEqual([]);
  });
});
