import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { isTalkListTitle } from '../../src/model/headingKinds.js';
import { isNonTalkName } from '../../src/model/nonTalkNames.js';
import { joinAdjacentLists } from '../../src/model/reading/listTalks.js';
import { TIME_SLOT, withoutTimeSlot } from '../../src/model/speakers/timeSlot.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/**
 * A meetup's write-up (issue 13): the programme as timed items under `## Agenda:` or `## Talks I attended`, a photo
 * after each talk breaking the list, times written as when things began (`~ 15:15`), and the day's warm-up, start,
 * break and end among the talks.
 */
const talks = (text: string) =>
  buildConference(parseNotes(text, 'notes.md')).days.flatMap((day) => day.sessions.map((session) => session.title));

describe('a list of talks under a heading that names the list', () => {
  it('reads the items as talks under Agenda, Talks I attended, 议程', () => {
    const list =
      '- Scaling Things Well - Jane Roe\n- Testing Everything Twice - John Doe\n- Calm Systems at Night - Ann Lee\n';
    for (const heading of ['Agenda', 'Talks I attended', 'The talks I went to', 'Schedule:', '议程', '议程+记要:'])
      expect([
        heading,
        talks(`# Conf 2020\n\nIntro words.\n\n## ${heading}\n\n${list}\n## Summary\n\nGood.\n`),
      ]).toEqual([heading, ['Scaling Things Well', 'Testing Everything Twice', 'Calm Systems at Night']]);
    // Other asides by name still hold no talks: a list of links is a list of links.
    expect(talks(`# Conf 2020\n\nIntro words.\n\n## Links\n\n${list}`)).not.toContain('Scaling Things Well');
  });

  it('names a list of talks by those words only, a note after a plus sign allowed', () => {
    for (const title of [
      'Agenda',
      'agenda:',
      'Programme',
      'Program',
      'Schedule.',
      'All the talks I saw',
      '日程',
      'スケジュール',
      '일정',
      'Agenda + notes',
    ])
      expect([title, isTalkListTitle(title)]).toEqual([title, true]);
    for (const title of ['Summary', 'Agenda for next year', 'Links', 'Talks', 'My agenda'])
      expect([title, isTalkListTitle(title)]).toEqual([title, false]);
  });
});

describe('a time written as about then', () => {
  it('reads ~, ca. and ≈ before a time, and ~ between the time and the title', () => {
    for (const line of [
      '~ 15:15 Django book story',
      '~15:15 Django book story',
      'ca. 15:15 Django book story',
      '≈ 15:15 Django book story',
      '15:15 ~ Django book story',
      '15:15 〜 Django book story',
    ])
      expect([line, withoutTimeSlot(line)]).toEqual([line, 'Django book story']);
    // A tilde alone is no time; a range keeps its tilde meaning "to".
    expect(TIME_SLOT.test('~ about a book')).toBe(false);
    expect(withoutTimeSlot('13:50~15:00 Title')).toBe('Title');
  });
});

describe('the day around the talks in a programme', () => {
  it('names the warm-up, start, end and a break shared with something else as no talk', () => {
    for (const name of [
      'Warm-up',
      'warmup',
      'Kick-off',
      'End',
      'The end',
      '热场',
      '开始',
      '正点开始',
      '结束',
      '休息',
      '休息/礼物',
      'Break/Gifts',
    ])
      expect([name, isNonTalkName(name)]).toEqual([name, true]);
    for (const name of [
      'The End of Monoliths',
      'Starting with Rust',
      'CI/CD at Scale',
      'Client/Server Tales',
      'https://example.org/a/b',
    ])
      expect([name, isNonTalkName(name)]).toEqual([name, false]);
  });

  it('keeps those items out of the talks and in the notes around them', () => {
    const notes = [
      '# DevFest 2018',
      '',
      '## 议程+记要:',
      '',
      '- 13:47 ~ 热场',
      '- ~ 14:42 正点开始',
      '- ~ 15:15 Django 企业开发实战',
      '    + 幻灯: slides',
      '- ~ 16:25 休息/礼物',
      '- ~ 16:30 OpenResty 新生态',
      '- ~ 17:19 结束',
    ].join('\n');
    const conference = buildConference(parseNotes(notes, 'notes.md'));
    expect(conference.days.flatMap((day) => day.sessions.map((session) => session.title))).toEqual([
      'Django 企业开发实战',
      'OpenResty 新生态',
    ]);
    const words = JSON.stringify(conference);
    for (const word of ['热场', '正点开始', '休息/礼物', '结束'])
      expect([word, words.includes(word)]).toEqual([word, true]);
  });
});

describe('a list broken by photos', () => {
  const photo = '![stage](stage.jpg)';
  it('is one list, each photo joining the item above it', () => {
    const text = `- 10:00 Alpha Talk\n\n${photo}\n\n- 11:00 Beta Talk\n\n${photo} ${photo}\n\n- 12:00 Gamma Talk\n`;
    const joined = joinAdjacentLists(parseMarkdown(text).children);
    expect(joined).toHaveLength(1);
    const list = joined[0]!.node;
    expect(list.type === 'list' && list.children.map((item) => item.children.map((child) => child.type))).toEqual([
      ['paragraph', 'paragraph'],
      ['paragraph', 'paragraph'],
      ['paragraph'],
    ]);
    expect(joined[0]!.parts.map((part) => part.type)).toEqual(['list', 'paragraph', 'list', 'paragraph', 'list']);
    expect(talks(`# Meetup\n\n${text}`)).toEqual(['Alpha Talk', 'Beta Talk', 'Gamma Talk']);
  });

  it('keeps a photo after the last list, a photo with words, and photos before any list as they are', () => {
    const text = `${photo}\n\n- 10:00 Alpha Talk\n\n${photo}\n\nA photo ${photo} with words.\n\n- 11:00 Beta Talk\n\n${photo}\n`;
    expect(joinAdjacentLists(parseMarkdown(text).children).map(({ node }) => node.type)).toEqual([
      'paragraph',
      'list',
      'paragraph',
      'paragraph',
      'list',
      'paragraph',
    ]);
    // An ordered list and a bulleted one stay apart, the photo between them too.
    const mixed = `1. Alpha Talk\n\n${photo}\n\n- Beta Talk\n`;
    expect(joinAdjacentLists(parseMarkdown(mixed).children).map(({ node }) => node.type)).toEqual([
      'list',
      'paragraph',
      'list',
    ]);
  });
});
