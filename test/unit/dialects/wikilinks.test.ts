import { describe, expect, it } from 'vitest';
import { wikilinks } from '../../../src/parse/dialects/wikilinks.js';
import { normalize } from './normalize.js';

describe('wikilinks', () => {
  it('shows links by their alias or page, embeds by name with a warning', () => {
    const { text, repairs } = normalize(
      wikilinks,
      'See [[Kubernetes]], [[2024-05-01|day one]] and [[Talks#Keynote]]\n![[stage photo.png|300]]',
    );
    expect(text).toBe('See Kubernetes, day one and Talks › Keynote\nstage photo.png');
    expect(repairs).toEqual([
      { line: 2, message: 'Embedded file `stage photo.png` is not included, only its name is shown' },
    ]);
  });

  it('escapes what would read as Markdown and leaves code alone', () => {
    expect(normalize(wikilinks, '[[my_note_file]] `[[raw]]`').text).toBe('my\\_note\\_file `[[raw]]`');
    expect(normalize(wikilinks, '```\n[[raw]]\n```').text).toBe('```\n[[raw]]\n```');
  });

  it('shows an embed without a size, and trims the spaces inside the brackets', () => {
    const { text, repairs } = normalize(wikilinks, '![[diagram.png]] ![[ photo.png ]] [[ Page ]] [[x| alias ]]');
    expect(text).toBe('diagram.png photo.png Page alias');
    expect(repairs.map((repair) => repair.message)).toEqual([
      'Embedded file `diagram.png` is not included, only its name is shown',
      'Embedded file `photo.png` is not included, only its name is shown',
    ]);
  });
});
