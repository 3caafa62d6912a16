import { describe, expect, it } from 'vitest';
import type { Parents } from 'mdast';
import { buildConference } from '../../src/model/buildConference.js';
import { isElementMention } from '../../src/parse/elementMentions.js';
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

describe('isElementMention: a bare tag with no partner in its paragraph', () => {
  const html = (value: string) => ({ type: 'html' as const, value });
  const text = (value: string) => ({ type: 'text' as const, value });
  /** Whether the `index`-th child of a paragraph of `children` is named in prose. */
  const mentionAt = (index: number, ...children: ReturnType<typeof html | typeof text>[]) =>
    isElementMention((children[index] as { value: string }).value, children[index]!, {
      type: 'paragraph',
      children,
    } as Parents);

  it('is a mention with no paragraph to look for a partner in', () => {
    expect(isElementMention('<defs>', html('<defs>'), undefined)).toBe(true);
    expect(isElementMention('<BR>', html('<BR>'), undefined)).toBe(false);
    expect(isElementMention('<Script>', html('<Script>'), undefined)).toBe(false);
  });

  it('pairs a closing tag only with an opening one before it, in any case', () => {
    expect(mentionAt(2, html('<b>'), text('bold'), html('</b>'))).toBe(false);
    expect(mentionAt(2, html('<B>'), text('bold'), html('</b>'))).toBe(false);
    expect(mentionAt(0, html('</svg>'), text(' then '), html('<svg>'))).toBe(true);
    expect(mentionAt(2, html('<em>'), text('x'), html('</svg>'))).toBe(true);
  });

  it('pairs an opening tag only with a closing one after it, in any case', () => {
    expect(mentionAt(0, html('<b>'), text('bold'), html('</B>'))).toBe(false);
    expect(mentionAt(1, html('</b>'), html('<b>'), text(' alone'))).toBe(true);
    expect(mentionAt(2, html('</b>'), text(' and '), html('<b>'), text(' alone'))).toBe(true);
    expect(mentionAt(0, html('<svg>'), text('x'), html('</em>'))).toBe(true);
  });
});
