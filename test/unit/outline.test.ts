import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { buildOutline, MIN_BOLD_LINES, type OutlineSection } from '../../src/model/outline.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

function outlineOf(text: string) {
  return buildOutline(parseMarkdown(text).children, text);
}

const texts = (nodes: RootContent[]) => nodes.map((node) => toString(node));

/** The tree as nested [text, rank, children] (and the written rank of a day read at another). */
type Shape = [string, number, Shape[]] | [string, number, Shape[], number];
const shape = (sections: OutlineSection[]): Shape[] =>
  sections.map((section) =>
    section.writtenRank === undefined
      ? [section.text, section.rank, shape(section.children)]
      : [section.text, section.rank, shape(section.children), section.writtenRank],
  );

describe('buildOutline: headings nested by rank', () => {
  it('nests deeper headings, closes a section at one of its rank or above, keeps the preamble', () => {
    const outline = outlineOf('intro\n\n# A\n\na text\n\n## B\n\nb text\n\n### C\n\n## D\n\n# E\n\n## F');
    expect(texts(outline.preamble)).toEqual(['intro']);
    expect(outline.boldHeadings).toBe(false);
    expect(shape(outline.sections)).toEqual([
      [
        'A',
        1,
        [
          ['B', 2, [['C', 3, []]]],
          ['D', 2, []],
        ],
      ],
      ['E', 1, [['F', 2, []]]],
    ]);
  });

  it('gives a section the content before its first sub-section, and its whole body', () => {
    const [a] = outlineOf('# A\n\none\n\n## B\n\ntwo\n\n# Next').sections;
    expect(texts(a!.content)).toEqual(['one']);
    expect(texts(a!.body)).toEqual(['one', 'B', 'two']);
    expect(texts(a!.children[0]!.body)).toEqual(['two']);
    expect(a!.line).toBe(1);
    expect(a!.children[0]!.line).toBe(5);
  });

  it('reads a heading’s Markdown and its text without anchor attributes', () => {
    const [section, bare] = outlineOf('## Safe *Pipelines* {#safe .talk}\n\n## {#only}').sections;
    expect(section!.heading).toBe('Safe *Pipelines* {#safe .talk}');
    expect(section!.text).toBe('Safe Pipelines');
    // Only attributes: the text is kept as written.
    expect(bare!.text).toBe('{#only}');
    expect(outlineOf('## A {b} c').sections[0]!.text).toBe('A {b} c');
  });
});

describe('buildOutline: bold lines as headings', () => {
  it('reads two bold lines as headings below every real one where notes have fewer than two headings', () => {
    const outline = outlineOf('# Notes\n\n**Keynote: Opening**\n\n- a point\n\n**Second talk**\n\n- b point');
    expect(outline.boldHeadings).toBe(true);
    expect(shape(outline.sections)).toEqual([
      [
        'Notes',
        1,
        [
          ['Keynote: Opening', 7, []],
          ['Second talk', 7, []],
        ],
      ],
    ]);
    expect(outline.sections[0]!.children[0]!.heading).toBe('Keynote: Opening');
  });

  it('needs two bold lines, and fewer than two headings for bold lines anywhere', () => {
    expect(outlineOf('**Only talk**\n\n- a point').boldHeadings).toBe(false);
    expect(outlineOf('**Only talk**\n\n- a point').sections).toEqual([]);
    const twoHeadings = outlineOf('# A\n\n## B\n\n**One**\n\n- a\n\n## C\n\n**Two**\n\n- b');
    expect(twoHeadings.boldHeadings).toBe(false);
    expect(shape(twoHeadings.sections)).toEqual([
      [
        'A',
        1,
        [
          ['B', 2, []],
          ['C', 2, []],
        ],
      ],
    ]);
  });

  it('reads a short bold phrase alone in its paragraph, of at most 100 characters, as a bold line', () => {
    const boldRead = (line: string) => outlineOf(`**First talk**\n\n- a\n\n${line}\n\n- b`).boldHeadings;
    expect(boldRead(`**${'x'.repeat(100)}**`)).toBe(true);
    expect(boldRead(`**${'x'.repeat(101)}**`)).toBe(false);
    expect(boldRead('**Advantages:**')).toBe(false);
    expect(boldRead('**Bold** and more')).toBe(false);
    expect(boldRead('**[Linked](https://example.com/)**')).toBe(false);
    expect(boldRead('**Two\nlines**')).toBe(false);
    expect(boldRead('*Emphasis only*')).toBe(false);
    expect(boldRead('** **')).toBe(false);
  });

  it('reads bold lines inside a section without sub-headings, each followed by notes', () => {
    const outline = outlineOf('## Day 1\n\n**First talk**\n\n- a\n\n**Second talk**\n\n- b\n\n## Day 2\n\nwords');
    expect(outline.boldHeadings).toBe(false);
    expect(shape(outline.sections)).toEqual([
      [
        'Day 1',
        2,
        [
          ['First talk', 7, []],
          ['Second talk', 7, []],
        ],
      ],
      ['Day 2', 2, []],
    ]);
  });

  it(`needs ${MIN_BOLD_LINES} bold lines in a section, each followed by something that is not bold`, () => {
    const bolds = (body: string) => shape(outlineOf(`# A\n\n# B\n\n${body}`).sections)[1]![2].length;
    expect(bolds('**One**\n\n- a\n\n**Two**\n\n- b')).toBe(2);
    expect(bolds('**One**\n\n- a')).toBe(0);
    // The last bold line has nothing after it; two bold lines in a row are not headings either.
    expect(bolds('**One**\n\n- a\n\n**Two**')).toBe(0);
    expect(bolds('**One**\n\n**Two**\n\n- a\n\n**Three**')).toBe(0);
  });

  it('reads bold lines only in a leaf section, not one with sub-headings', () => {
    const outline = outlineOf(
      '# A\n\n**One**\n\n- a\n\n**Two**\n\n- b\n\n## Sub\n\nwords\n\n# C\n\n**Three**\n\n- c\n\n**Four**\n\n- d',
    );
    expect(shape(outline.sections)).toEqual([
      ['A', 1, [['Sub', 2, []]]],
      [
        'C',
        1,
        [
          ['Three', 7, []],
          ['Four', 7, []],
        ],
      ],
    ]);
    // A region before the first heading is a leaf too; one under a heading followed by a shallower one as well.
    expect(shape(outlineOf('**One**\n\n- a\n\n**Two**\n\n- b\n\n# A\n\n## B\n\n# C').sections).slice(0, 2)).toEqual([
      ['One', 7, []],
      ['Two', 7, []],
    ]);
    expect(shape(outlineOf('## A\n\n**One**\n\n- a\n\n**Two**\n\n- b\n\n# B\n\n# C').sections)[0]![2]).toHaveLength(2);
  });

  it('reads one talk line in a section when the notes hold two, read whole as the heading', () => {
    const outline = outlineOf(
      '# A\n\n**Safe Pipelines** by Jane Roe\n\n- a\n\n# B\n\n**Fast Tests** by Ann Lee\n\n- b\n\n# C\n\n**Plain bold**\n\n- c',
    );
    expect(shape(outline.sections)).toEqual([
      ['A', 1, [['Safe Pipelines by Jane Roe', 7, []]]],
      ['B', 1, [['Fast Tests by Ann Lee', 7, []]]],
      ['C', 1, []],
    ]);
    expect(outline.sections[0]!.children[0]!.heading).toBe('**Safe Pipelines** by Jane Roe');
    // One talk line in all the notes is not enough.
    const one = outlineOf('# A\n\n**Safe Pipelines** by Jane Roe\n\n- a\n\n# B\n\nwords');
    expect(one.sections[0]!.children).toEqual([]);
  });
});

describe('buildOutline: day headings written below their talks', () => {
  it('reads them half a rank above the talks, keeping the rank they were written at', () => {
    const outline = outlineOf(
      '### Day 1\n\n## Keynote\n\n- a\n\n## Types vs tests\n\n- b\n\n### Day 2\n\n## Closing talk\n\n- c\n\n## Another talk',
    );
    expect(shape(outline.sections)).toEqual([
      [
        'Day 1',
        1.5,
        [
          ['Keynote', 2, []],
          ['Types vs tests', 2, []],
        ],
        3,
      ],
      [
        'Day 2',
        1.5,
        [
          ['Closing talk', 2, []],
          ['Another talk', 2, []],
        ],
        3,
      ],
    ]);
  });

  it('needs two days at one rank, each a leaf, with talks between them, most headings above them', () => {
    const flat = (sections: OutlineSection[]): number[] =>
      sections.flatMap((section) => [section.rank, ...flat(section.children)]);
    const ranks = (text: string) => flat(outlineOf(text).sections);
    // One day.
    expect(ranks('### Day 1\n\n## A\n\n## B')).toEqual([3, 2, 2]);
    // Days at two ranks.
    expect(ranks('### Day 1\n\n## A\n\n## B\n\n#### Day 2\n\n## C')).toEqual([3, 2, 2, 4, 2]);
    // A day with a sub-heading of its own.
    expect(ranks('### Day 1\n\n#### Talk\n\n## A\n\n## B\n\n### Day 2\n\n## C')).toEqual([3, 4, 2, 2, 3, 2]);
    // Nothing between the days: only a closing section after the last.
    expect(ranks('### Day 1\n\n### Day 2\n\n## Summary\n\n## Links')).toEqual([3, 3, 2, 2]);
    // One heading above the days is not enough.
    expect(ranks('### Day 1\n\n## A\n\n### Day 2')).toEqual([3, 2, 3]);
    // Headings above the days must be more than half of the others: 2 of 4 are not, 3 of 4 are.
    expect(ranks('### Day 1\n\n## A\n\n#### x\n\n### Day 2\n\n## B\n\n#### y')).toEqual([3, 2, 4, 3, 2, 4]);
    expect(ranks('### Day 1\n\n## A\n\n#### x\n\n### Day 2\n\n## B\n\n## C')).toEqual([1.5, 2, 4, 1.5, 2, 2]);
  });

  it('counts the headings after the first day, and reads the talks at the deepest rank above the days', () => {
    const ranks = (text: string) => shape(outlineOf(text).sections).map((section) => [section[0], section[1]]);
    expect(ranks('#### x\n\n#### y\n\n#### z\n\n### Day 1\n\n## A\n\n### Day 2\n\n## B')).toEqual([
      ['x', 4],
      ['y', 4],
      ['z', 4],
      ['Day 1', 1.5],
      ['Day 2', 1.5],
    ]);
    // Day 2, at 1.5, sits under A.
    expect(ranks('#### Day 1\n\n# A\n\n## B\n\n#### Day 2\n\n## C')).toEqual([
      ['Day 1', 1.5],
      ['A', 1],
    ]);
  });
});

describe('buildOutline: sections that open with their speaker', () => {
  it('marks a byline or a name opening a section, at any depth', () => {
    const outline = outlineOf(
      '# A\n\n## Talk one\n\n**Jane Roe, Acme**\n\n- a\n\n## Talk two\n\nAnn Lee\n\n- b\n\n## Talk three\n\nsome notes.',
    );
    const [one, two, three] = outline.sections[0]!.children;
    expect([one!.opensWithSpeaker, one!.opensWithName]).toEqual([true, true]);
    expect([two!.opensWithSpeaker, two!.opensWithName]).toEqual([undefined, true]);
    expect([three!.opensWithSpeaker, three!.opensWithName]).toEqual([undefined, undefined]);
  });
});
