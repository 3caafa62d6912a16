import { describe, expect, it } from 'vitest';
import { videoEmbeds } from '../../../src/parse/dialects/videoEmbeds.js';
import { decksMarkdown, lostWords } from '../../support/noteWords.js';
import { normalize } from './normalize.js';

describe('video embeds', () => {
  it('makes an embed by id or URL a link to the video', () => {
    const { text, repairs } = normalize(
      videoEmbeds,
      '@[youtube](aB3_x-9)\nWatch @[Vimeo]( 76979871 ) again\n@[youtube](https://youtu.be/aB3) and @[prezi](https://prezi.com/p1/)',
    );
    expect(text).toBe(
      '[YouTube video](<https://www.youtube.com/watch?v=aB3_x-9>)\n' +
        'Watch [Vimeo video](<https://vimeo.com/76979871>) again\n' +
        '[YouTube video](<https://youtu.be/aB3>) and [prezi](<https://prezi.com/p1/>)',
    );
    expect(repairs).toEqual([]);
  });

  it('leaves what is no video alone: other services by id, handles, code', () => {
    const text = '@[prezi](p1) @[team](members) mail@[x]\n`@[youtube](id)`\n```\n@[youtube](id)\n```';
    expect(normalize(videoEmbeds, text).text).toBe(text);
  });

  it('shows the link on the slide, never "@youtube", and keeps the id', () => {
    const notes = '## Keynote\n\n- The talk in full:\n\n@[youtube](aB3x9Qz)\n\n- point\n';
    const decks = decksMarkdown(notes, 'notes.md');
    expect(decks).toContain('[YouTube video](<https://www.youtube.com/watch?v=aB3x9Qz>)');
    expect(decks).not.toContain('@youtube');
    expect(decks).not.toContain('@[youtube]');
    expect(lostWords(notes, 'notes.md')).toEqual([]);
  });

  it('links a plain http URL, and no target that is not an id or starts with a URL', () => {
    expect(normalize(videoEmbeds, '@[vimeo](http://vimeo.com/1)').text).toBe('[Vimeo video](<http://vimeo.com/1>)');
    const text = '@[prezi](p1?u=https://example.org) @[youtube](abc.def) @[youtube](./abc)';
    expect(normalize(videoEmbeds, text).text).toBe(text);
  });
});
