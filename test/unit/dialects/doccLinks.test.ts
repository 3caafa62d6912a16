import { describe, expect, it } from 'vitest';
import { doccLinks } from '../../../src/parse/dialects/doccLinks.js';
import { decksMarkdown, lostWords } from '../../support/noteWords.js';
import { normalize } from './normalize.js';

describe('DocC links', () => {
  it("shows a catalog article's name as its words, dashes as spaces", () => {
    const { text, repairs } = normalize(
      doccLinks,
      "- <doc:Automating-Accessibility>\n- <doc:Swift's-Hidden-Gems> and <doc:Fantastic-(SwiftUI)-Frustrations>",
    );
    expect(text).toBe("- Automating Accessibility\n- Swift's Hidden Gems and Fantastic (SwiftUI) Frustrations");
    expect(repairs).toEqual([]);
  });

  it('drops a section anchor and the path of a full doc:// address', () => {
    expect(normalize(doccLinks, '<doc:Getting-Started#Install-the-Tools>').text).toBe('Getting Started');
    expect(normalize(doccLinks, 'see <doc://com.example.Kit/documentation/Kit/Page-Two> now').text).toBe(
      'see Page Two now',
    );
  });

  it('leaves code, other autolinks and a lone word alone', () => {
    const text =
      '`<doc:In-Code>`\n<https://example.org/a-b> <doc:> doc:Plain-Word <doc:with space>\n```\n<doc:Fenced>\n```';
    expect(normalize(doccLinks, text).text).toBe(text);
  });

  it('titles a talk with the words, with no warning of a removed link and no word lost', () => {
    const notes = '# ARC 2026\n\n## Talks\n\n- <doc:Automating-Accessibility>\n- <doc:Swift-Beyond-Apple>\n';
    const decks = decksMarkdown(notes, 'notes.md');
    expect(decks).toContain('Automating Accessibility');
    expect(decks).not.toContain('doc:');
    expect(lostWords(notes, 'notes.md')).toEqual([]);
  });
});
