import { describe, expect, it } from 'vitest';
import { looksLikeName } from '../../src/model/speakers/nameWords.js';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

// A surname with an elided particle ("Kyle d'Oliveira", "Anne l'Huillier") is a name's part, though it starts in lower case.

describe('names with an elided particle', () => {
  it("reads d', l', dell' and dall' before a capital, with a straight or a curly apostrophe", () => {
    expect(looksLikeName("Kyle d'Oliveira", false)).toBe(true);
    expect(looksLikeName('Kyle d’Oliveira', false)).toBe(true);
    expect(looksLikeName("Anne l'Huillier", false)).toBe(true);
    expect(looksLikeName("Marco dell'Acqua", false)).toBe(true);
    expect(looksLikeName("Lucia dall'Olio", false)).toBe(true);
  });

  it('reads no name where the particle comes before a lower-case word or stands for another word', () => {
    expect(looksLikeName("Kyle d'oliveira", false)).toBe(false);
    expect(looksLikeName("Kyle s'Oliveira", false)).toBe(false);
    expect(looksLikeName("Jane don't", false)).toBe(false);
  });

  it('reads a byline with such a name and a role under a talk title', () => {
    const markdown = "Kyle d'Oliveira - Senior Software Engineer @ Aha!\n\n- slides\n";
    expect(takeSpeakerLines(parseMarkdown(markdown).children, markdown).speakers).toEqual([
      { name: "Kyle d'Oliveira", org: 'Aha!' },
    ]);
  });
});
