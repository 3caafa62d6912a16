import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';

describe('parseMarkdown', () => {
  it('reads GitHub Markdown: tables, strikethrough, task items and bare links', () => {
    const tree = parseMarkdown('| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ www.example.com\n\n- [x] done\n');
    expect(tree.children.map((node) => node.type)).toEqual(['table', 'paragraph', 'list']);
    const paragraph = tree.children[1];
    expect(paragraph?.type === 'paragraph' && paragraph.children.map((node) => node.type)).toEqual([
      'delete',
      'text',
      'link',
    ]);
    const list = tree.children[2];
    expect(list?.type === 'list' && list.children[0]?.checked).toBe(true);
  });

  it('gives every node its place in the source', () => {
    const tree = parseMarkdown('# Title\n\ntext');
    expect(tree.children.map((node) => [node.position?.start.line, node.position?.start.offset])).toEqual([
      [1, 0],
      [3, 9],
    ]);
  });
});
