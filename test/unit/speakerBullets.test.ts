import { describe, expect, it } from 'vitest';
import type { List, ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import {
  bulletSpeaker,
  firstBulletSpeaker,
  itemLine,
  labelledItems,
  leadingMarkedBullets,
  withoutItems,
} from '../../src/model/speakers/speakerBullets.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

const person = (name: string, org: string | null = null) => ({ name, org });

/** The first list of some Markdown, and the Markdown itself. */
function listOf(markdown: string): { list: List; markdown: string } {
  const list = parseMarkdown(markdown).children.find((node) => node.type === 'list') as List;
  return { list, markdown };
}

/** A node as its words: a list as "- item" lines. */
const words = (node: RootContent) =>
  node.type === 'list' ? node.children.map((item) => `- ${toString(item)}`).join('\n') : toString(node);

describe('itemLine: a bullet’s words as plain text', () => {
  it('reads the paragraph’s source with the markup off', () => {
    const { list, markdown } = listOf('- 🎤 **Jane Roe** ([slides](https://example.com))  \n- [x] done\n');
    expect(itemLine(list.children[0]!, markdown)).toBe('Jane Roe (slides)');
  });

  it('reads a bullet that opens with no paragraph by its words', () => {
    const { list, markdown } = listOf('- ```\n  code  \n  ```\n');
    expect(itemLine(list.children[0]!, markdown)).toBe('code');
    const empty: ListItem = { type: 'listItem', children: [] };
    expect(itemLine(empty, '')).toBe('');
  });
});

describe('bulletSpeaker: a bullet that names the speaker', () => {
  it('is marked by a label, a handle, "@ Org", a role after a dash or a comma', () => {
    const marked = (markdown: string) => {
      const { list } = listOf(markdown);
      return bulletSpeaker(list.children[0], markdown);
    };
    expect(marked('- Talk by: Jane Roe\n')).toEqual({ speakers: [person('Jane Roe')], marked: true });
    expect(marked('- Jane Roe (@jroe)\n')).toEqual({ speakers: [person('Jane Roe')], marked: true });
    expect(marked('- Jane Roe @ Acme\n')).toEqual({ speakers: [person('Jane Roe', 'Acme')], marked: true });
    expect(marked('- Jane Roe - GM, Example Corp\n')).toEqual({
      speakers: [person('Jane Roe', 'Example Corp')],
      marked: true,
    });
    expect(marked('- Jane Roe, staff engineer at Example\n')).toEqual({
      speakers: [person('Jane Roe', 'Example')],
      marked: true,
    });
    expect(marked('- Jane Roe\n')).toEqual({ speakers: [person('Jane Roe')], marked: false });
    expect(marked('- Jane Roe, John Doe\n')).toEqual({
      speakers: [person('Jane Roe'), person('John Doe')],
      marked: false,
    });
  });

  it('is none for a point, a bullet over two lines, with sub-points, or no bullet', () => {
    const named = (markdown: string) => bulletSpeaker(listOf(markdown).list.children[0], markdown);
    expect(named('- the slides are online\n')).toBeNull();
    expect(named('- Jane Roe\n  John Doe\n')).toBeNull();
    expect(named('- Jane Roe\n  | CTO\n')).toBeNull();
    expect(named('- Jane Roe\n  - she maintains etcd\n')).toBeNull();
    expect(named('- > Jane Roe\n')).toBeNull();
    expect(bulletSpeaker(undefined, '')).toBeNull();
  });
});

describe('labelledItems and leadingMarkedBullets', () => {
  it('labelledItems takes every bullet whose paragraph is a labelled line', () => {
    const { list, markdown } = listOf(
      '- Speaker: Jane Roe\n- a point\n- Speakers: Ann Lee, Bo Chen\n- > Speaker: Cy Lee\n',
    );
    expect(labelledItems(list, markdown).map((entry) => entry.speakers)).toEqual([
      [person('Jane Roe')],
      [person('Ann Lee'), person('Bo Chen')],
    ]);
    expect(labelledItems(list, markdown)[0]!.item).toBe(list.children[0]);
    const empty = listOf('-\n- Speaker: Jane Roe\n');
    expect(labelledItems(empty.list, empty.markdown).map((entry) => entry.speakers)).toEqual([[person('Jane Roe')]]);
  });

  it('leadingMarkedBullets takes the bullets that open the list while each is marked', () => {
    const { list, markdown } = listOf('- Jane Roe - GM, Acme\n- John Doe (@jdoe)\n- Ann Lee\n- Bo Chen - CTO\n');
    const found = leadingMarkedBullets(list, markdown);
    expect(found.map((entry) => entry.speakers)).toEqual([[person('Jane Roe', 'Acme')], [person('John Doe')]]);
    expect(found[1]!.item).toBe(list.children[1]);
    const point = listOf('- a point\n- Bo Chen - CTO\n');
    expect(leadingMarkedBullets(point.list, point.markdown)).toEqual([]);
    expect(leadingMarkedBullets(listOf('- Ann Lee\n- Bo Chen - CTO\n').list, '- Ann Lee\n- Bo Chen - CTO\n')).toEqual(
      [],
    );
  });
});

describe('withoutItems: the content without the bullets that named speakers', () => {
  it('takes bullets of one line out, keeps those with sub-points, and the rest around the list', () => {
    const markdown = 'Intro.\n\n- Speaker: Jane Roe\n- a point\n- Speaker: John Doe\n  - he maintains etcd\n\nAfter.\n';
    const content = parseMarkdown(markdown).children;
    const list = content[1] as List;
    const read = withoutItems(content, 1, labelledItems(list, markdown), markdown);
    expect(read.speakers).toEqual([person('Jane Roe'), person('John Doe')]);
    expect(read.title).toBeNull();
    expect(read.byline).toEqual(['- Speaker: Jane Roe']);
    expect(read.rest.map(words)).toEqual(['Intro.', '- a point\n- Speaker: John Doehe maintains etcd', 'After.']);
  });

  it('takes every bullet found out of the list', () => {
    const markdown = '- Speaker: Jane Roe\n- Speaker: John Doe\n- a point\n';
    const content = parseMarkdown(markdown).children;
    const read = withoutItems(content, 0, labelledItems(content[0] as List, markdown), markdown);
    expect(read.byline).toEqual(['- Speaker: Jane Roe', '- Speaker: John Doe']);
    expect(read.rest.map(words)).toEqual(['- a point']);
  });

  it('drops the list once every bullet is taken', () => {
    const markdown = 'Intro.\n\n- Speaker: Jane Roe  \n\nAfter.\n';
    const content = parseMarkdown(markdown).children;
    const read = withoutItems(content, 1, labelledItems(content[1] as List, markdown), markdown);
    expect(read.byline).toEqual(['- Speaker: Jane Roe']);
    expect(read.rest.map(words)).toEqual(['Intro.', 'After.']);
  });
});

describe('firstBulletSpeaker: how the first bullet names the speaker', () => {
  const first = (markdown: string) => firstBulletSpeaker(parseMarkdown(markdown).children, markdown);

  it('is marked, bare, or none', () => {
    expect(first('- Jane Roe - CTO, Acme\n- a point\n')).toBe('marked');
    expect(first('- Jane Roe\n- a point\n')).toBe('bare');
    expect(first('- a point\n- Jane Roe - CTO\n')).toBeNull();
    expect(first('Jane Roe - CTO\n')).toBeNull();
    expect(first('')).toBeNull();
  });
});
