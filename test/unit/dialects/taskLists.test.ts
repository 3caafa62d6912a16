import { describe, expect, it } from 'vitest';
import { taskLists } from '../../../src/parse/dialects/taskLists.js';
import { parseNotes } from '../../../src/parse/parseNotes.js';
import { buildConference } from '../../../src/model/buildConference.js';
import { normalize } from './normalize.js';

describe('task lists', () => {
  it('drops open boxes and marks done items, in nested, numbered and quoted lists', () => {
    expect(normalize(taskLists, '- [ ] buy\n  * [x] done\n1. [X] first\n> - [ ] quoted').text).toBe(
      '- buy\n  * ✓ done\n1. ✓ first\n> - quoted',
    );
  });

  it('leaves a link text in brackets and code alone', () => {
    const text = '- [x](https://example.org)\n- [ ]not a box\n```\n- [ ] code\n```';
    expect(normalize(taskLists, text).text).toBe(text);
  });

  it('shows a task item holding a link once, without a box', () => {
    const conference = buildConference(
      parseNotes('## Talk\n\n- [ ] [Slides](https://example.org/s)\n- [ ] read more\n', 'notes.md'),
    );
    const list = conference.days[0]!.sessions[0]!.blocks[0]!;
    expect(list.kind === 'list' && list.items.map((item) => item.markdown)).toEqual([
      '[Slides](https://example.org/s)',
      'read more',
    ]);
  });

  it('reads boxes after an unspaced quote, a two-digit number and extra spaces', () => {
    expect(normalize(taskLists, '>- [ ] quoted\n10. [ ] tenth\n-  [x] wide\n- [ ]  gap').text).toBe(
      '>- quoted\n10. tenth\n-  ✓ wide\n- gap',
    );
  });

  it('reads a box only at the start of an item', () => {
    const text = 'Write - [ ] in Markdown';
    expect(normalize(taskLists, text).text).toBe(text);
  });

  it('titles talks listed as done tasks without the check mark; open and plain ones are as written', () => {
    const text = [
      '## Talks',
      '- [x] Calm Systems at Scale (Jane Roe)',
      '- [ ] Fast Builds for Everyone (John Doe)',
      '- ✓Testing in Production (Ann Lee)',
    ].join('\n');
    const sessions = buildConference(parseNotes(text, 'notes.md')).days.flatMap((day) => day.sessions);
    expect(sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name)])).toEqual([
      ['Calm Systems at Scale', ['Jane Roe']],
      ['Fast Builds for Everyone', ['John Doe']],
      ['✓Testing in Production', ['Ann Lee']],
    ]);
  });
});
