import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { linkTalkLine } from '../../src/model/linkTalkLines.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/**
 * A talk whose heading is a link, its notes, then paragraphs that each link another talk by its speaker
 * (`[Title par Maria Sokolova](…)`, the author's write-ups): one talk, then those talks. A paragraph that only links a
 * talk's material (`[Video](…)`) is no talk line.
 */
const first = (markdown: string): RootContent => parseNotes(markdown, 'notes.md').tree.children[0]!;
const sessions = (text: string) =>
  buildConference(parseNotes(text, 'notes.md')).days.map((day) => [
    day.title,
    day.sessions.map((session) => `${session.title} | ${session.speakers.map((speaker) => speaker.name).join(', ')}`),
  ]);

describe('link lines that name their speaker after a by-word', () => {
  it('reads `Title par Name` inside the link, after a dash that sets a subtitle apart too', () => {
    expect(linkTalkLine(first('[Lincheck: Testing concurrency par Maria Sokolova](https://blog.example/x/)'))).toEqual({
      text: 'Lincheck: Testing concurrency',
      speaker: 'Maria Sokolova',
    });
    expect(
      linkTalkLine(first('[Hidden features – all you did not know by Steve Poole](https://blog.example/y/)')),
    ).toEqual({ text: 'Hidden features – all you did not know', speaker: 'Steve Poole' });
    expect(linkTalkLine(first('[Ruhige Systeme von Erika Mustermann](https://blog.example/z/)'))).toEqual({
      text: 'Ruhige Systeme',
      speaker: 'Erika Mustermann',
    });
  });

  it('reads no speaker after a by-word before lower case, and no talk in a link to material', () => {
    expect(linkTalkLine(first('[Made by hand](https://blog.example/x/)'))).toEqual({ text: 'Made by hand' });
    expect(linkTalkLine(first('[Video](https://video.example/1)'))).toBeNull();
    expect(linkTalkLine(first('**[Slides](https://slides.example/1)**'))).toBeNull();
    expect(linkTalkLine(first('[Vidéo](https://video.example/1)'))).toBeNull();
  });
});

describe('a linked talk heading followed by talk lines', () => {
  it('keeps the talk and reads each line after its notes as a talk of the day', () => {
    const text = [
      '# [Mercredi 12 avril](https://cfp.example/wed)',
      '',
      '## [Playwright pour les tests](https://cfp.example/talk/0)',
      '',
      'Des notes.',
      '',
      '# [Jeudi 13 avril](https://cfp.example/thu)',
      '',
      '## [Alice au pays de la télémétrie](https://cfp.example/talk/1)',
      '',
      '[Video](https://video.example/1)',
      '',
      'Des notes.',
      '',
      '## [Résoudre AdventOfCode avec Copilot](https://cfp.example/talk/2)',
      '',
      '[Video](https://video.example/2)',
      '',
      '[Lincheck: Testing concurrency par Maria Sokolova](https://blog.example/lincheck/)',
      '',
      '[FoundationDB : le secret le mieux gardé par Pierre Zemb et Steven Le Roux](https://blog.example/fdb/)',
      '',
      '[Improving your skills with the Debugger par Bouke Nijuis](https://blog.example/debugger/)',
      '',
      '[Hidden security features – all you did not know par Steve Poole](https://blog.example/security/)',
    ].join('\n');
    expect(sessions(text)).toEqual([
      ['Mercredi 12 avril', ['Playwright pour les tests | ']],
      [
        'Jeudi 13 avril',
        [
          'Alice au pays de la télémétrie | ',
          'Résoudre AdventOfCode avec Copilot | ',
          'Lincheck: Testing concurrency | Maria Sokolova',
          'FoundationDB : le secret le mieux gardé | Pierre Zemb, Steven Le Roux',
          'Improving your skills with the Debugger | Bouke Nijuis',
          'Hidden security features – all you did not know | Steve Poole',
        ],
      ],
    ]);
  });

  it('keeps a linked heading over sub-headings that are talks as one talk, as before', () => {
    const text =
      '## 2024-05-02\n\n### Workshops, [Jane Roe](https://example.org/jroe)\n\n#### Keynote: Calm Ops\n\n- a point\n\n#### Talk: Fast Builds\n\n- a point\n';
    expect(sessions(text)).toEqual([['2024-05-02', ['Workshops, Jane Roe | ']]]);
  });
});
