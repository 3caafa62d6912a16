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

  it('drops a comment around fenced code, and one closed at the start of a line', () => {
    expect(normalize(htmlComments, '<!-- a\n```\nsecret\n```\n-->b').text).toBe('\n\n\n\nb');
    expect(normalize(htmlComments, '<!-- a\n-->b\nc').text).toBe('\nb\nc');
  });

  it('reads only a `-->` after the comment opens as its end', () => {
    const text = 'x --> <!-- never closed\nnext';
    expect(normalize(htmlComments, text)).toEqual({ text, repairs: [] });
    const earlier = 'a -->\nb <!-- never closed\nnext';
    expect(normalize(htmlComments, earlier)).toEqual({ text: earlier, repairs: [] });
    expect(normalize(htmlComments, 'a --> b <!-- c --> d').text).toBe('a --> b  d');
    expect(normalize(htmlComments, 'a <!--> x --> b').repairs).toEqual([
      { line: 1, message: 'Dropped an HTML comment `<!--> x -->`' },
    ]);
  });

  it('names a comment over several lines from its start, text before it kept', () => {
    const { text, repairs } = normalize(htmlComments, 'intro <!-- start\nend --> c');
    expect(text).toBe('intro \n c');
    expect(repairs).toEqual([{ line: 1, message: 'Dropped an HTML comment `<!-- start`' }]);
  });

  it('drops a comment over several lines even next to a tag', () => {
    const { text, repairs } = normalize(htmlComments, 'a <b>x</b><!-- start\nend --> c');
    expect(text).toBe('a <b>x</b>\n c');
    expect(repairs).toHaveLength(1);
  });

  it('leaves a comment a space from a tag, and drops one after text that follows a tag', () => {
    for (const text of ['a <b>x</b> <!-- y --> z', '- <!-- x --> <img src=x>'])
      expect(normalize(htmlComments, text)).toEqual({ text, repairs: [] });
    expect(normalize(htmlComments, 'a <b>bold</b> text <!-- note --> end').text).toBe('a <b>bold</b> text  end');
  });

  it('empties a line left with only spaces, and keeps a line of spaces it did not touch', () => {
    expect(normalize(htmlComments, 'a\n  <!-- x -->  \nb\n   \nc').text).toBe('a\n\nb\n   \nc');
  });
});
