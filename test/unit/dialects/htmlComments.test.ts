import { describe, expect, it } from 'vitest';
import { htmlComments } from '../../../src/parse/dialects/htmlComments.js';
import { decksMarkdown } from '../../support/noteWords.js';
import { normalize } from './normalize.js';

describe('HTML comments', () => {
  it('drops one-line, inline and multi-line comments with a warning each, lines kept', () => {
    const { text, repairs } = normalize(
      htmlComments,
      'a <!-- one --> b <!-- two -->\n<!-- start\nmiddle\nend -->after\nlast',
    );
    expect(text).toBe('a  b \n\n\nafter\nlast');
    expect(repairs).toEqual([
      { line: 1, message: 'Dropped an HTML comment `<!-- one -->`' },
      { line: 1, message: 'Dropped an HTML comment `<!-- two -->`' },
      { line: 2, message: 'Dropped an HTML comment `<!-- start`' },
    ]);
  });

  it('keeps a comment never closed, in code spans and in fenced code', () => {
    const text = 'use `<!-- x -->` here\n```html\n<!-- kept -->\n```\nopen <!-- never closed';
    expect(normalize(htmlComments, text)).toEqual({ text, repairs: [] });
  });

  it('leaves comments next to a tag to the HTML removal, so no tag becomes an HTML block', () => {
    const text = '- <!-- x --><img src=x onerror=alert(1)><!-- y -->\n- a <b>bold</b><!-- z --> b';
    expect(normalize(htmlComments, text)).toEqual({ text, repairs: [] });
  });

  it('never copies a comment into the speaker notes', () => {
    const deck = decksMarkdown('## Talk\n\n<!-- TODO: private remark -->\n\n- point\n', 'notes.md');
    expect(deck).not.toContain('private remark');
    expect(deck).toContain('point');
  });
});
