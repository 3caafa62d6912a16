import type { PhrasingContent, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { isTalkLine } from '../../src/model/talkLines.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** The first top-level node of `text`, as the outline sees it. */
function firstNode(text: string): RootContent {
  return parseNotes(text, 'notes.md').tree.children[0]!;
}

const talkLine = (text: string) => isTalkLine(firstNode(text));

describe('isTalkLine: a line that names a talk and its speaker, the title set apart', () => {
  it('reads a bold title with "von", "by", "par" or "por" and a name after it', () => {
    expect(talkLine('**Sichere Pipelines** von Jane Roe')).toBe(true);
    expect(talkLine('**Safe Pipelines** by Jane Roe')).toBe(true);
    expect(talkLine('**Safe Pipelines**, by Jane Roe')).toBe(true);
    expect(talkLine('**Des tests lisibles** par Jane Roe')).toBe(true);
    expect(talkLine('**Pruebas legibles** por Jane Roe')).toBe(true);
  });

  it('reads a line all bold, title and speaker', () => {
    expect(talkLine('**„Sichere Pipelines“ von Jane Roe**')).toBe(true);
    // Bold with only spaces after it: the whole line is the bold part.
    expect(talkLine('**„Sichere Pipelines“ von Jane Roe**  ')).toBe(true);
  });

  it('reads the bold title and the byline over two lines, not three', () => {
    expect(talkLine('**Safe Pipelines**\nby Jane Roe')).toBe(true);
    expect(talkLine('**Safe Pipelines**\nby Jane Roe\nand more')).toBe(false);
  });

  it('refuses a bold title followed by anything but a byline', () => {
    expect(talkLine('**Safe Pipelines** were shown by Jane Roe')).toBe(false);
    // "by" must start the rest, and a name must follow it.
    expect(talkLine('**Safe Pipelines** nearby Jane Roe')).toBe(false);
    expect(talkLine('**Safe Pipelines** by')).toBe(false);
    // "bye" is no "by".
    expect(talkLine('**Safe Pipelines** bye Jane Roe')).toBe(false);
  });

  it('refuses a bold line that names nobody', () => {
    expect(talkLine('**Safe Pipelines**')).toBe(false);
  });

  it('reads a quoted title with "by" and a name after its closing quote', () => {
    expect(talkLine('"Safe Pipelines" by Jane Roe')).toBe(true);
    expect(talkLine('„Sichere Pipelines“ von Jane Roe')).toBe(true);
    expect(talkLine('“Safe Pipelines”, by Jane Roe')).toBe(true);
    expect(talkLine('«Tests lisibles» par Jane Roe')).toBe(true);
    expect(talkLine('‘Safe Pipelines’ by Jane Roe')).toBe(true);
  });

  it('refuses a quoted line whose closing quote has no byline after it', () => {
    expect(talkLine('"Safe Pipelines" was a talk by Jane Roe')).toBe(false);
    expect(talkLine('"Safe Pipelines" by')).toBe(false);
    expect(talkLine('"Safe Pipelines" bye Jane Roe')).toBe(false);
  });

  it('needs the quote to open the line', () => {
    expect(talkLine('Then "Safe Pipelines" by Jane Roe')).toBe(false);
    expect(talkLine('Safe Pipelines by Jane Roe')).toBe(false);
  });

  it('reads a line of 160 characters, not 161 (the bold marks are no text)', () => {
    // "<title> by Jane Roe" once read: the title and 12 characters.
    const ofLength = (length: number) => `**Safe ${'x'.repeat(length - 12 - 5)}** by Jane Roe`;
    expect(talkLine(ofLength(160))).toBe(true);
    expect(talkLine(ofLength(161))).toBe(false);
  });

  it('refuses an empty paragraph and nodes that are not paragraphs', () => {
    expect(isTalkLine({ type: 'paragraph', children: [] })).toBe(false);
    expect(isTalkLine({ type: 'paragraph', children: [{ type: 'text', value: '  ' }] })).toBe(false);
    expect(talkLine('## Safe Pipelines by Jane Roe')).toBe(false);
    expect(talkLine('- **Safe Pipelines** by Jane Roe')).toBe(false);
  });

  it('reads "BY" in capitals, before a bold or after a quoted title', () => {
    expect(talkLine('**Safe Pipelines** BY Jane Roe')).toBe(true);
    expect(talkLine('"Safe Pipelines" BY Jane Roe')).toBe(true);
  });

  it('reads only a paragraph opening with bold or a quote in its text, not a heading or code', () => {
    expect(talkLine('## **Safe Pipelines** by Jane Roe')).toBe(false);
    expect(talkLine('`"Safe Pipelines"` by Jane Roe')).toBe(false);
  });

  it('reads the bold line with only spaces after it, and its lines once trimmed', () => {
    const bold = (value: string): PhrasingContent => ({ type: 'strong', children: [{ type: 'text', value }] });
    const text = (value: string): PhrasingContent => ({ type: 'text', value });
    const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
    expect(isTalkLine(paragraph(bold('„Sichere Pipelines“ von Jane Roe'), text(' '), text(' ')))).toBe(true);
    // Two lines and a line break after them, not three lines.
    expect(isTalkLine(paragraph(bold('Safe Pipelines'), text('\nby Jane Roe\n')))).toBe(true);
  });
});
