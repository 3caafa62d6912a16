import { describe, expect, it } from 'vitest';
import { buildConference } from '../../../src/model/buildConference.js';
import { unindentBullets } from '../../../src/parse/dialects/indentedBullets.js';
import { parseMarkdown } from '../../../src/parse/markdown.js';
import { parseNotes } from '../../../src/parse/parseNotes.js';

const unindent = (text: string) => unindentBullets(text, parseMarkdown(text), parseMarkdown).text;

describe('bullets indented four spaces at the top level', () => {
  it('are a list, nesting kept, not a code block', () => {
    expect(unindent('Intro\n\n    - one\n        - nested\n    - two\n')).toBe('Intro\n\n- one\n    - nested\n- two\n');
  });

  it('are un-indented across blank and spaces-only lines, by the least indented line', () => {
    expect(unindent('Intro\n\n    - one\n\n    - two\n')).toBe('Intro\n\n- one\n\n- two\n');
    expect(unindent('Intro\n\n    - one\n  \n    - two\n')).toBe('Intro\n\n- one\n\n- two\n');
    expect(unindent('Intro\n\n        - deep\n    - two\n')).toBe('Intro\n\n    - deep\n- two\n');
  });

  it('read numbered items up to nine digits, an empty item and an item with code spans', () => {
    expect(unindent('Intro\n\n    10. ten\n    11. eleven\n')).toBe('Intro\n\n10. ten\n11. eleven\n');
    expect(unindent('Intro\n\n    1) one\n')).toBe('Intro\n\n1) one\n');
    expect(unindent('Intro\n\n    -\n    - two\n')).toBe('Intro\n\n-\n- two\n');
    expect(unindent('Intro\n\n    - run ```npm test```\n')).toBe('Intro\n\n- run ```npm test```\n');
  });

  it('leave code whose first line only holds a dash, and a list indented less than four', () => {
    for (const text of ['Intro\n\n    a - b\n', '   - a\n   - b\n']) expect(unindent(text)).toBe(text);
  });

  it('leave real indented code, nested lists and fenced code alone', () => {
    for (const text of [
      'Intro\n\n    const x = 1;\n    - y\n',
      '- item\n\n    - nested under item\n',
      '```\n    - fenced\n```\n',
    ])
      expect(unindent(text)).toBe(text);
  });

  it('give a session list items, not a code slide', () => {
    const session = buildConference(
      parseNotes('## Talk\n\nNotes:\n\n    - first point\n    - second point\n', 'notes.md'),
    ).days[0]!.sessions[0]!;
    expect(session.blocks.map((block) => block.kind)).toEqual(['list']);
  });
});
