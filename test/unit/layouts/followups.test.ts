import { describe, expect, it } from 'vitest';
import { followupSlides } from '../../../src/plan/layouts/followups.js';
import { textFrame } from '../../../src/plan/textFrame.js';
import { conference, day, list, paragraph, session } from '../../support/planFixtures.js';

const tree = (slides: ReturnType<typeof followupSlides>) =>
  slides.map((made) => [
    made.layout,
    made.title,
    made.items.map((entry) => [entry.markdown, entry.children.map((child) => child.markdown)]),
  ]);

describe('followupSlides', () => {
  it('lists every TODO under its session, without the TODO mark, capitalised', () => {
    const made = followupSlides(
      conference([
        day('Day 1', [
          session('Storage', {
            blocks: [paragraph('TODO: read the paper', 'todo'), paragraph('Not one', 'prose'), list(['TODO not this'])],
          }),
          session('Quiet'),
        ]),
        day('Day 2', [session('Closing', { blocks: [paragraph('Action items try the new CLI', 'todo')] })]),
      ]),
      textFrame(),
    );
    expect(tree(made)).toEqual([
      [
        'followups',
        'Follow-ups',
        [
          ['Storage', ['Read the paper']],
          ['Closing', ['Try the new CLI']],
        ],
      ],
    ]);
  });

  it('drops each spelling of the mark with its colon and spaces: fixme, action item, TODO :', () => {
    const made = followupSlides(
      conference([
        day('Day 1', [
          session('Talk', {
            blocks: [
              paragraph('FIXME  :  ask Jane', 'todo'),
              paragraph('action item: file a bug', 'todo'),
              paragraph('todo Ping Max', 'todo'),
            ],
          }),
        ]),
      ]),
      textFrame(),
    );
    expect(tree(made)[0]![2]).toEqual([['Talk', ['Ask Jane', 'File a bug', 'Ping Max']]]);
  });

  it('keeps a TODO that is only its mark as written, and shortens long links', () => {
    const made = followupSlides(
      conference([
        day('Day 1', [
          session('Talk', {
            blocks: [
              paragraph('TODO:', 'todo'),
              paragraph('TODO see https://example.org/some/very/long/path/to/the/page.html', 'todo'),
            ],
          }),
        ]),
      ]),
      textFrame(),
    );
    expect(tree(made)[0]![2]).toEqual([
      ['Talk', ['TODO:', 'See [example.org/…/page.html](https://example.org/some/very/long/path/to/the/page.html)']],
    ]);
  });

  it('makes no slide when no session has a TODO', () => {
    expect(followupSlides(conference([day('Day 1', [session('Talk')])]), textFrame())).toEqual([]);
  });

  it('sets the list in small text, which holds more lines than bullets do', () => {
    // A session and 9 TODOs, 10 one-line entries of 1.15 lines: too many for 30 px bullets (11 lines), not at 26 px (12).
    const todos = Array.from({ length: 9 }, (_, index) => paragraph(`TODO task ${index + 1}`, 'todo'));
    const made = followupSlides(conference([day('Day 1', [session('A', { blocks: todos })])]), textFrame());
    expect(made.map((slide) => slide.title)).toEqual(['Follow-ups']);
  });
});
