import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { planDecks } from '../../src/plan/planDecks.js';
import { renderDeck } from '../../src/render/renderDeck.js';
import { lostWords } from '../support/noteWords.js';

/** The notes as parsed: their source after the parse layer's repairs, and its warnings. */
function parsed(markdown: string) {
  const notes = parseNotes(markdown, 'notes.md');
  return { source: notes.source, warnings: notes.repairs.map((repair) => repair.message) };
}

function recapMarkdown(markdown: string): string {
  const conference = buildConference(parseNotes(markdown, 'notes.md'));
  return renderDeck(planDecks(conference, { decks: ['recap'] })[0]!, { theme: 'recap-light', size: '16:9' });
}

describe('elements named in prose are text, not HTML (corpus 102: "the <defs> element" lost its element)', () => {
  it.each([
    ['Use the <defs> element for gradients', 'Use the \\<defs> element for gradients'],
    ['Wrap it in <svg> and a <g> group', 'Wrap it in \\<svg> and a \\<g> group'],
    ['Close it with </svg> at the end', 'Close it with \\</svg> at the end'],
    ['A self-closing <use/> points back', 'A self-closing \\<use/> points back'],
    ['Das <Custom-Element> von Jane', 'Das \\<Custom-Element> von Jane'],
    ['用 <template> 元素', '用 \\<template> 元素'],
  ])('keeps %s', (line, kept) => {
    const { source, warnings } = parsed(`- ${line}\n`);
    expect(source).toBe(`- ${kept}\n`);
    expect(warnings).toEqual([]);
  });

  it('shows the element on the slide as text (escaped for Marp), in a bullet, a heading and a link', () => {
    const deck = recapMarkdown(
      '# Conf\n\n## The <svg> element - Jane Roe\n\n- Use the <defs> element\n- See [the <symbol> page](https://example.org)\n',
    );
    expect(deck).toContain('- Use the \\<defs> element');
    // A title is one line of text: its `<` as an entity.
    expect(deck).toMatch(/^## The &lt;svg> element$/m);
    expect(deck).toContain('[the \\<symbol> page](https://example.org)');
    expect(lostWords('# Conf\n\n## Talk\n\n- Use the <defs> element and <linearGradient>\n', 'notes.md')).toEqual([]);
  });

  it('keeps removing HTML that is markup: a tag with attributes, a pair, a line break, an image, a script', () => {
    for (const [line, left, removed] of [
      ['Some <span class="x">styled</span> text', 'Some styled text', '`<span class="x">`, `</span>`'],
      ['Press <kbd>Ctrl</kbd> now', 'Press Ctrl now', '`<kbd>`, `</kbd>`'],
      ['A line<br>break', 'A linebreak', '`<br>`'],
      ['A <br/> break', 'A  break', '`<br/>`'],
      ['An <img> here', 'An  here', '`<img>`'],
      ['Run <script> here', 'Run  here', '`<script>`'],
      ['A <style> here', 'A  here', '`<style>`'],
    ] as const) {
      const { source, warnings } = parsed(`- ${line}\n`);
      expect(source, line).toBe(`- ${left}\n`);
      expect(warnings, line).toEqual([`Removed inline HTML ${removed}`]);
    }
  });

  it('leaves block HTML to the speaker notes as before', () => {
    const { source, warnings } = parsed('<details>\n<summary>More</summary>\n\nHidden\n\n</details>\n');
    expect(source).toBe('<details>\n<summary>More</summary>\n\nHidden\n\n</details>\n');
    expect(warnings).toEqual([]);
  });
});
