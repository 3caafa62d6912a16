import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { headinglessStructure } from '../../src/model/headinglessStructure.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

/** Notes without headings, read as buildConference reads them. */
function read(text: string) {
  return headinglessStructure(parseMarkdown(text).children, text);
}

const texts = (nodes: RootContent[]) => nodes.map((node) => toString(node));

/** Each talk as [heading, plain text, line, its body's text]. */
function talksOf(text: string) {
  return read(text).talks.map((talk) => [talk.heading, talk.text, talk.line, texts(talk.body), talk.group]);
}

describe('headinglessStructure: talks between rules', () => {
  it('reads each chunk between rules as a talk opening with its title line', () => {
    const structure = read(
      'KubeCon notes\n\n- some intro\n\n---\n\n**Safe Pipelines**\nby Jane Roe\n\n- a point\n\n---\n\nTesting `well`\n\n- another point',
    );
    expect(structure.carrier).toBe('separators');
    expect(structure.titleLine).toBe('KubeCon notes');
    expect(structure.titleNode && toString(structure.titleNode)).toBe('KubeCon notes');
    expect(texts(structure.intro)).toEqual(['some intro']);
    expect(structure.talks.map((talk) => [talk.heading, talk.text, talk.line, texts(talk.body), talk.group])).toEqual([
      ['**Safe Pipelines**', 'Safe Pipelines', 7, ['by Jane Roe', 'a point'], null],
      ['Testing `well`', 'Testing well', 14, ['another point'], null],
    ]);
  });

  it('keeps the lines after a title line as a paragraph placed at the next line', () => {
    const text = 'x\n\n---\n\nFirst talk\nits notes *here*\nand more\n\n---\n\nSecond talk';
    const [first] = read(text).talks;
    const remainder = first!.body[0]!;
    expect(remainder.type).toBe('paragraph');
    expect(toString(remainder)).toBe('its notes *here*\nand more');
    expect(remainder.position?.start).toEqual({ line: 6, column: 1, offset: text.indexOf('its notes') });
    expect(remainder.position?.end.offset).toBe(text.indexOf('\n\n---\n\nSecond'));
  });

  it('adds a chunk without a title line to the talk before it, or to the intro before any talk', () => {
    expect(talksOf('- an opening list\n\n---\n\nFirst talk\n\n---\n\n- more of it\n\n---\n\nSecond talk')).toEqual([
      ['First talk', 'First talk', 5, ['more of it'], null],
      ['Second talk', 'Second talk', 13, [], null],
    ]);
    const structure = read('- an opening list\n\n---\n\nFirst talk\n\n---\n\nSecond talk');
    expect(texts(structure.intro)).toEqual(['an opening list']);
    expect(structure.titleLine).toBe(null);
  });

  it('needs two talks: one rule between notes and a talk is no structure', () => {
    const structure = read('- some notes\n\n---\n\nOnly talk\n\n- a point');
    expect(structure.carrier).toBe(null);
    expect(structure.talks).toEqual([]);
    expect(texts(structure.intro)).toEqual(['some notes', '', 'Only talk', 'a point']);
    // A paragraph opens a talk: notes, then a rule, then a talk are two.
    expect(talksOf('Some notes.\n\n---\n\nOnly talk').map((talk) => talk[0])).toEqual(['Some notes.', 'Only talk']);
  });

  it('reads a title line of 120 characters, not 121', () => {
    const title = (length: number) => 'T'.repeat(length);
    expect(talksOf(`- x\n\n---\n\n${title(120)}\n\n---\n\nSecond`).map((talk) => talk[0])).toEqual([
      title(120),
      'Second',
    ]);
    expect(read(`- x\n\n---\n\n${title(121)}\n\n---\n\nSecond`).carrier).toBe(null);
    // A title line longer than that ends the first paragraph's first line only.
    expect(talksOf(`- x\n\n---\n\n${title(120)}\n${title(200)}\n\n---\n\nSecond`)[0]![0]).toBe(title(120));
  });
});

describe('headinglessStructure: the notes’ title line', () => {
  it('is a short first paragraph of one line not ending in . , or ;', () => {
    expect(read('KubeCon EU 2021 notes\n\n- a\n- b').titleLine).toBe('KubeCon EU 2021 notes');
    expect(read('KubeCon EU 2021 notes.\n\n- a').titleLine).toBe(null);
    expect(read('KubeCon EU 2021 notes,\n\n- a').titleLine).toBe(null);
    expect(read('KubeCon EU 2021 notes;\n\n- a').titleLine).toBe(null);
    expect(read('KubeCon EU 2021 notes:\n\n- a').titleLine).toBe('KubeCon EU 2021 notes:');
    expect(read('KubeCon EU\n2021 notes\n\n- a').titleLine).toBe(null);
    expect(read(`${'K'.repeat(120)}\n\n- a`).titleLine).toBe('K'.repeat(120));
    expect(read(`${'K'.repeat(121)}\n\n- a`).titleLine).toBe(null);
  });

  it('needs something after it, and a paragraph', () => {
    expect(read('KubeCon EU 2021 notes').titleLine).toBe(null);
    expect(read('KubeCon EU 2021 notes').titleNode).toBe(null);
    expect(read('- KubeCon\n\nnotes').titleLine).toBe(null);
    expect(read('').titleLine).toBe(null);
  });

  it('leaves the intro without it, or with it when there is none', () => {
    expect(texts(read('KubeCon notes\n\nsome words.').intro)).toEqual(['some words.']);
    expect(texts(read('Some words.\n\nmore words.').intro)).toEqual(['Some words.', 'more words.']);
  });
});

describe('headinglessStructure: talks as the items of one list', () => {
  it('reads a list whose items mostly hold notes as talks, the rest as the intro', () => {
    const structure = read(
      'Notes\n\nbefore\n\n- First talk\n  - a point\n- Second talk\n  - b point\n- Third talk\n\nafter',
    );
    expect(structure.carrier).toBe('list');
    expect(structure.titleLine).toBe('Notes');
    expect(texts(structure.intro)).toEqual(['before', 'after']);
    expect(structure.talks.map((talk) => [talk.heading, talk.text, talk.line, texts(talk.body), talk.group])).toEqual([
      ['First talk', 'First talk', 5, ['a point'], null],
      ['Second talk', 'Second talk', 7, ['b point'], null],
      ['Third talk', 'Third talk', 9, [], null],
    ]);
  });

  it('needs half the items with notes: 2 of 4, not 1 of 3', () => {
    expect(read('- a\n  - x\n- b\n  - y\n- c\n- d').carrier).toBe('list');
    expect(read('- a\n  - x\n- b\n- c').carrier).toBe(null);
  });

  it('needs two items, one list, and keeps the item’s source as its heading', () => {
    expect(read('- a\n  - x').carrier).toBe(null);
    expect(read('- a\n  - x\n- b\n  - y\n\nwords\n\n- c\n  - z\n- d\n  - w').carrier).toBe(null);
    expect(talksOf('- *First* talk\n  - x\n- ```\n  code\n  ```\n  - y')).toEqual([
      ['*First* talk', '*First* talk', 1, ['x'], null],
      ['', '', 3, ['code', 'y'], null],
    ]);
  });

  it('prefers rules to a list when the rules make two talks, and the list when they do not', () => {
    expect(read('Notes\n\nFirst\n\n- a\n  - x\n- b\n  - y\n\n---\n\nSecond').carrier).toBe('separators');
    expect(read('First\n\n- a\n  - x\n- b\n  - y\n\n---\n\nSecond').carrier).toBe('list');
    expect(read('- a\n  - x\n- b\n  - y\n\n---\n\nmore words').carrier).toBe('list');
  });

  it('reads nothing when neither rules nor one list carry talks', () => {
    const structure = read('Notes\n\nwords.\n\nmore words.');
    expect(structure).toMatchObject({ titleLine: 'Notes', talks: [], carrier: null });
    expect(texts(structure.intro)).toEqual(['words.', 'more words.']);
  });
});
