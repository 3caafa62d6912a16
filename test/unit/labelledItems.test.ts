import type { List, ListItem } from 'mdast';
import { describe, expect, it } from 'vitest';
import { hasTalkLabel, labelledTalk, numbered } from '../../src/model/reading/labelledItems.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** The first item of the first list in `text`. */
function firstItem(text: string): ListItem {
  const notes = parseNotes(text, 'notes.md');
  return notes.tree.children.find((node): node is List => node.type === 'list')!.children[0]!;
}

/** labelledTalk's answer as [title, speakers' names], or null. */
function read(line: string): [string, string[]] | null {
  const talk = labelledTalk(firstItem(line));
  return talk && [talk.title, talk.speakers.map((speaker) => speaker.name)];
}

describe('hasTalkLabel: an item opening with a numbered talk label', () => {
  it('knows the label words with a number before or after them, in any case', () => {
    for (const line of [
      '* 3. Vortrag: A',
      '- Talk 3: A',
      '- TALK 3: A',
      '- Vortrag 3 - A',
      '- Session 12: A',
      '- keynote1: A',
      '- Conference 2: A',
      '- Conférence 2: A',
      '- Charla 1: A',
      '- Ponencia 10: A',
      '- Palestra 1: A',
      '- Intervento 2: A',
    ])
      expect([line, hasTalkLabel(firstItem(line))]).toEqual([line, true]);
  });

  it('takes a hash before the number, spaces or emphasis before the mark, and every kind of mark', () => {
    for (const line of [
      '- Talk #3: A',
      '- Talk 3 : A',
      '- **Talk 3:** A',
      '- Talk 3：A',
      '- Talk 3 -A',
      '- Talk 3 – A',
      '- Talk 3 — A',
      '- Talk 3:A',
    ])
      expect([line, hasTalkLabel(firstItem(line))]).toEqual([line, true]);
  });

  it('needs a number of one or two digits, a mark after it, and the label at the start', () => {
    for (const line of [
      '- Talk 123: A',
      '- Talk: A',
      '- talk 3 A',
      '- x Talk 3: A',
      '- Talk 3 + A',
      '- Workshop 3: A',
      '- 12. Konferenz: A',
      '3. Vortrag: A',
    ])
      expect([line, hasTalkLabel(firstItem(line))]).toEqual([line, false]);
  });

  it('reads only a paragraph as the line', () => {
    expect(hasTalkLabel(firstItem('- # Talk 3: A'))).toBe(false);
    expect(hasTalkLabel(firstItem('* - Vortrag: A'))).toBe(false);
  });
});

describe('numbered: a bullet holding one numbered item', () => {
  it('is that item, its number written back', () => {
    const item = firstItem('* 3. Vortrag: A');
    const { inner, number } = numbered(item);
    expect(number).toBe('3. ');
    expect(inner).toBe((item.children[0] as List).children[0]);
  });

  it('is the item itself when the bullet holds a list of two, a bullet list, or more than the list', () => {
    for (const text of ['* 3. Vortrag: A\n  4. Vortrag: B', '* - Vortrag: A', '* 3. Vortrag: A\n\n  more']) {
      const item = firstItem(text);
      expect([text, numbered(item)]).toEqual([text, { inner: item, number: '' }]);
    }
  });
});

describe('labelledTalk: a numbered talk item, its link the title', () => {
  it('reads the speaker named before the link, after "von" or "di" or before a colon', () => {
    expect(read('* 4. Vortrag: Von H. Uhlig [Great Title](https://x.org/a): notes')).toEqual([
      'Great Title',
      ['H. Uhlig'],
    ]);
    expect(read('* 5. Vortrag: A. Scherbaum: [Other Title](https://x.org/b): notes')).toEqual([
      'Other Title',
      ['A. Scherbaum'],
    ]);
    expect(read('* 3. Vortrag: Di Jane Roe: [Title](https://x.org/a)')).toEqual(['Title', ['Jane Roe']]);
    expect(read('* 3. Vortrag: a talk by Jane Roe [Title](https://x.org/a)')).toEqual(['Title', ['Jane Roe']]);
    expect(read('* 3. Vortrag: Jane Roe, John Doe: [Title](https://x.org/a)')).toEqual([
      'Title',
      ['Jane Roe', 'John Doe'],
    ]);
    expect(read('* 3. Vortrag: Jane Roe **:** [Title](https://x.org/a)')).toEqual(['Title', ['Jane Roe']]);
    expect(read('* 3. Vortrag: Jane Roe： [Title](https://x.org/a)')).toEqual(['Title', ['Jane Roe']]);
  });

  it('reads the speaker named inside the link, else the link alone, its closing marks dropped', () => {
    expect(read('* 3. Vortrag: [Title von Julius Plenz.](https://x.org/c) notes')).toEqual(['Title', ['Julius Plenz']]);
    expect(read('* 3. Vortrag: [Plain Title.](https://x.org/c) notes')).toEqual(['Plain Title', []]);
    expect(read('* 3. Vortrag: [Title;:](https://x.org/a)')).toEqual(['Title', []]);
    expect(read('- Talk 3: [Title](https://x.org/a) von Jane Roe')).toEqual(['Title', []]);
  });

  it('is null for words before the link that name no one, a link of no words, or no label', () => {
    expect(read('* 3. Vortrag: some words here [Plain Title](https://x.org/c) notes')).toBeNull();
    expect(read('* 3. Vortrag: by jane roe [Title](https://x.org/a)')).toBeNull();
    expect(read('- Talk 3: [](https://x.org/c) rest')).toBeNull();
    expect(read('* 3. Vortrag: [...](https://x.org/c) rest')).toBeNull();
    expect(read('- Nothing here [A](https://x.org/a)')).toBeNull();
    expect(read('- # Talk 3: A')).toBeNull();
  });

  it('without a link, takes the line as the title, up to a "von", "by", "par" or "por" before a name', () => {
    expect(read('* 3. Vortrag: Title here')).toEqual(['Title here', []]);
    expect(read('* 3. Vortrag: The long title von Jane Roe and more')).toEqual(['The long title', []]);
    for (const word of ['by', 'par', 'por']) expect(read(`* 3. Vortrag: Abc ${word} Jane Roe`)).toEqual(['Abc', []]);
    // At least three letters of title, a capital after the word, the emphasis and spaces folded.
    expect(read('* 3. Vortrag: Ab von Jane Roe')).toEqual(['Ab von Jane Roe', []]);
    expect(read('* 3. Vortrag: The title by jane')).toEqual(['The title by jane', []]);
    expect(read('* 3. Vortrag: _Abc_   notes  von Jane Roe')).toEqual(['Abc notes', []]);
    expect(read('- **Talk 3:** A')).toEqual(['A', []]);
  });
});
