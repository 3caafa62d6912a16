import { describe, expect, it } from 'vitest';
import { scriptBlocks } from '../../../src/parse/dialects/scriptBlocks.js';
import { parseNotes } from '../../../src/parse/parseNotes.js';
import { decksMarkdown } from '../../support/noteWords.js';
import { normalize } from './normalize.js';

/** A page's gallery code after its HTML, with the blank lines that end an HTML block in CommonMark. */
const GALLERY_NOTES = [
  '## Closing',
  '',
  '- More reflections soon.',
  '',
  '<div class="gallery">',
  '  <img src="stage.jpg" alt="Stage">',
  '',
  '</div>',
  '<script>',
  "const gallery = document.querySelector('.gallery');",
  '',
  'let currentSlide = 0;',
  '',
  'function showSlide(index) {',
  '  currentSlide = index;',
  '}',
  '</script>',
  '<style>',
  '.gallery { margin: 2rem; }',
  '',
  '.gallery img { width: 100%; }',
  '</style>',
  '',
].join('\n');

describe('script and style blocks', () => {
  it('drops blocks on one line or many with a warning each, lines kept', () => {
    const { text, repairs } = normalize(
      scriptBlocks,
      'a <script>x()</script> b <style>p{}</style>\n<SCRIPT type="module">\nlet y;\n\nrun(y)\n</script> after\nlast',
    );
    expect(text).toBe('a  b \n\n\n\n\n after\nlast');
    expect(repairs).toEqual([
      { line: 1, message: 'Dropped a `<script>` element' },
      { line: 1, message: 'Dropped a `<style>` element' },
      { line: 2, message: 'Dropped a `<script>` element' },
    ]);
  });

  it('keeps tags never closed, in code spans, in fenced code and closed only past a fence', () => {
    const text = [
      'use `<script>x</script>` here',
      '```html',
      '<script>kept()</script>',
      '```',
      '<style> opened here',
      '```',
      '</style>',
      '```',
      'a <script> never closed',
    ].join('\n');
    expect(normalize(scriptBlocks, text)).toEqual({ text, repairs: [] });
  });

  it('warns at the line of the tag and never shows the code on a slide or in the speaker notes', () => {
    const notes = parseNotes(GALLERY_NOTES, 'notes.md');
    expect(notes.repairs).toContainEqual({ line: 9, message: 'Dropped a `<script>` element' });
    expect(notes.repairs).toContainEqual({ line: 18, message: 'Dropped a `<style>` element' });
    const decks = decksMarkdown(GALLERY_NOTES, 'notes.md');
    expect(decks).toContain('More reflections soon.');
    for (const code of ['querySelector', 'currentSlide', 'showSlide', 'margin', 'width'])
      expect(decks).not.toContain(code);
  });

  it('reads a closing tag in any case, and only after its opening tag', () => {
    expect(normalize(scriptBlocks, 'a <style>p{}</STYLE> b').text).toBe('a  b');
    const { text, repairs } = normalize(scriptBlocks, 'x</script> <script>y</script> z');
    expect(text).toBe('x</script>  z');
    expect(repairs).toHaveLength(1);
  });

  it('empties a line left with only spaces, and keeps a line of spaces it did not touch', () => {
    expect(normalize(scriptBlocks, 'a\n  <script>x()</script>  \nb\n   \nc').text).toBe('a\n\nb\n   \nc');
  });
});
