import { describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import { buildConference } from '../../src/model/buildConference.js';
import {
  isNonTalkName,
  BREAK_NAME,
  LONG_NOTES,
  LONG_NOTES_BLOCKS,
  NAMED_SPEAKER,
  NON_TALK_NAME,
  nonTalkWeight,
  readsAsNonTalk,
} from '../../src/model/nonTalkNames.js';
import { talkEvidence, NOT_A_TALK, TALK_WITH_NOTES } from '../../src/model/reading/evidence.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** Sections that are not talks (issue 13): closing verdicts, the event around the talks, the day's schedule. */
const read = (text: string) => buildConference(parseNotes(text, 'notes.md'));
const titles = (text: string) => read(text).days.flatMap((day) => day.sessions.map((session) => session.title));
const paragraphs = (count: number): RootContent[] =>
  Array.from({ length: count }, () => ({ type: 'paragraph', children: [{ type: 'text', value: 'A point.' }] }));

describe('names of sections that are no talk', () => {
  it('knows closing, event and schedule names in several languages, with their punctuation, emoji or number', () => {
    for (const name of [
      'Conclusion',
      'Summary',
      'Wrap-up',
      'General thoughts',
      'Final thoughts',
      'Other',
      'Links',
      'Resources',
      'Closing Thought',
      'Fazit',
      'Mein Fazit',
      'Résumé',
      'Bilan de la première journée',
      'Conclusión',
      'まとめ',
      '感想',
      '次回は',
      '1日目おまけ',
      'Conclusões sobre o PHP Experience 2018',
      'Conclusions on the conference',
      'Summary of the day',
      'Fazit zur Konferenz',
      'Conclusión del evento',
      'Considerações finais sobre o evento',
      'おまけ',
      '番外編',
      '总结',
      '마무리',
      '인프콘 후기',
      'Venue',
      'Rook Team + Booth',
      '企業ブースぶらぶら',
      'Opening',
      '오프닝',
      '찾아가는길',
      'Registration',
      'About the event',
      'Poster Session',
      'Community Awards',
      'Party',
      'Lunch time: Tacos by Example Corp',
      'Unofficial Event: River walk',
      'Schedule',
      "Today's schedule",
      'Programm',
      'タイムテーブル',
      '议程',
      'Fazit:',
      '🎉 Closing!',
      '3. Summary',
    ])
      expect([name, isNonTalkName(name)]).toEqual([name, true]);
  });

  it('leaves talk titles alone, even those that use such words inside them', () => {
    for (const name of [
      'Opening Keynote',
      'A Summary of Rust Traits',
      'Links Between Services',
      'The Venue of Failure Domains',
      'Schedule Your Cron Jobs',
      'Other People’s Code',
      'Closing the Loop on Observability',
      'おまけのおまけ機能',
      'Thoughts on Rust',
      'Impressions of Kotlin Coroutines',

      '',
      '🎉',
    ])
      expect([name, isNonTalkName(name)]).toEqual([name, false]);
  });

  it('weighs a name against a speaker and long notes: a speaker makes it a talk, long notes alone do not', () => {
    expect(nonTalkWeight('Building Calm Systems', false, [])).toBe(0);
    expect(nonTalkWeight('Fazit', false, [])).toBe(NON_TALK_NAME);
    expect(nonTalkWeight('Fazit', true, [])).toBe(NON_TALK_NAME + NAMED_SPEAKER);
    expect(nonTalkWeight('Fazit', false, paragraphs(LONG_NOTES_BLOCKS))).toBe(NON_TALK_NAME + LONG_NOTES);
    expect(nonTalkWeight('Fazit', false, paragraphs(LONG_NOTES_BLOCKS - 1))).toBe(NON_TALK_NAME);
    expect(nonTalkWeight('Fazit', true, paragraphs(LONG_NOTES_BLOCKS))).toBe(
      NON_TALK_NAME + NAMED_SPEAKER + LONG_NOTES,
    );
    expect(readsAsNonTalk('Fazit', false, paragraphs(LONG_NOTES_BLOCKS))).toBe(true);
    expect(readsAsNonTalk('Fazit', true, [])).toBe(false);
    expect(readsAsNonTalk('Welcome - Jane Roe', true, [])).toBe(false);
    expect(readsAsNonTalk('Building Calm Systems', false, [])).toBe(false);
  });

  it('never makes a meal or a party a talk: whoever is named beside it is a sponsor', () => {
    expect(nonTalkWeight('Lunch time: Tacos by Example Corp', true, [])).toBe(BREAK_NAME + NAMED_SPEAKER);
    expect(nonTalkWeight('After-party', true, paragraphs(LONG_NOTES_BLOCKS))).toBe(
      BREAK_NAME + NAMED_SPEAKER + LONG_NOTES,
    );
    expect(readsAsNonTalk('Lunch time: Tacos by Example Corp', true, paragraphs(LONG_NOTES_BLOCKS))).toBe(true);
    expect(readsAsNonTalk('Party - Example Corp', true, [])).toBe(true);
    expect(nonTalkWeight('Lunch with the team of Example', false, [])).toBe(0);
  });

  it('counts against a talk in a reading unless a speaker and long notes say otherwise', () => {
    const talk = (text: string, body: RootContent[], speakers: { name: string; org: null }[] = []) => ({
      heading: text,
      text,
      line: 1,
      body,
      group: null,
      speakers,
    });
    expect(talkEvidence(talk('Venue', paragraphs(2)), false)).toBe(NOT_A_TALK);
    expect(talkEvidence(talk('Building Calm Systems', paragraphs(2)), false)).toBe(TALK_WITH_NOTES);
    expect(talkEvidence(talk('Venue', paragraphs(LONG_NOTES_BLOCKS), [{ name: 'Jane Roe', org: null }]), false)).toBe(
      1,
    );
  });
});

describe('the edges of the names of sections that are no talk', () => {
  it('reads a title a talk label opens as a talk, whatever the rest names', () => {
    expect(isNonTalkName('Opening Remarks')).toBe(true);
    expect(isNonTalkName('Keynote: Opening Remarks')).toBe(false);
    expect(isNonTalkName('Talk: Fazit')).toBe(false);
    expect(isNonTalkName('Vortrag: Fazit')).toBe(false);
    expect(isNonTalkName('Session: Fazit')).toBe(true);
  });

  it('reads each optional piece of a closing name, in each language, with it and without it', () => {
    for (const name of [
      'Takeaways',
      'Final conclusion',
      'My conclusion',
      'Wrapup',
      'Conclusão',
      'Conclusao',
      'Fazit  zur Konferenz',
      'TLDR',
      'TL;DR',
      'Misc',
      '次回予告',
      '次回は東京で',
      '番外',
      '느낀점',
      '느낀 점',
    ])
      expect([name, isNonTalkName(name)]).toEqual([name, true]);
  });

  it('reads each optional piece of an event name, in each language, with it and without it', () => {
    for (const name of [
      'Kickoff',
      'Expo',
      'Sponsor',
      'Checkin',
      'Check-in',
      'About',
      'Awards',
      'Community Award',
      'Eröffnung',
      'Inauguración',
      '찾아가는 길',
      '오시는길',
      '오시는 길',
      '이벤트존',
      '이벤트 존',
    ])
      expect([name, isNonTalkName(name)]).toEqual([name, true]);
  });

  it('reads the pictures of the event as no talk: sketchnotes, photos, in several languages', () => {
    for (const name of [
      'Everything in sketchnotes..',
      'Sketchnotes',
      'Sketch-notes of day 2',
      'Sketch notes',
      'Photos',
      'Some pictures',
      'More photos!',
      'Gallery',
      'Fotos',
      'Galería',
      'Galeria',
      '写真',
      '照片',
      '사진',
    ])
      expect([name, isNonTalkName(name)]).toEqual([name, true]);
    for (const name of ['Sketchnoting for Developers', 'Photos of Mars with Rust', 'Picture-in-Picture APIs'])
      expect([name, isNonTalkName(name)]).toEqual([name, false]);
    // In a day of talks, the section opens the day with its words; a talk that names its speaker stays one.
    const notes =
      '## Day 2\n\n### Caching by Jane Roe\n\nNotes.\n\n### Everything in sketchnotes..\n\nA big shoutout to Ann Lee.\n\n' +
      '### Sketchnotes for everyone by John Doe\n\nNotes.\n';
    expect(titles(notes)).toEqual(['Caching', 'Sketchnotes for everyone']);
  });

  it('reads each optional piece of a break and a schedule name', () => {
    for (const name of ['Party  at Example Bar', 'Todays schedule', 'Days Agenda', 'Lineup', 'Agenda del día'])
      expect([name, isNonTalkName(name)]).toEqual([name, true]);
    expect(nonTalkWeight('Lunch : Tacos by Example Corp', true, [])).toBe(BREAK_NAME + NAMED_SPEAKER);
    expect(nonTalkWeight('Party  at Example Bar', false, [])).toBe(BREAK_NAME);
  });

  it('reads a name only from its start: one ending in such a word is a talk', () => {
    for (const name of ['Choosing a Venue', 'Jailbreak', 'Capacity Planning'])
      expect([name, isNonTalkName(name)]).toEqual([name, false]);
    expect(nonTalkWeight('Jailbreak', false, [])).toBe(0);
  });

  it('drops a leading number of one or two digits, with or without a space after it, and only at the start', () => {
    for (const name of ['12. Summary', '3.Summary', '3) Summary', 'Gifts / 3. Pause', 'Fazit!?', 'Venue ...'])
      expect([name, isNonTalkName(name)]).toEqual([name, true]);
    // A number inside the name stays: "Resources 2)" is no name of a closing section.
    expect(isNonTalkName('Resources 2)')).toBe(false);
    expect(isNonTalkName('123. Summary')).toBe(false);
  });

  it('splits a name at a slash into its halves, but not an address', () => {
    expect(isNonTalkName('Break/Gifts')).toBe(true);
    expect(isNonTalkName('休息/礼物')).toBe(true);
    expect(nonTalkWeight('Gifts/Pause', false, [])).toBe(BREAK_NAME);
    expect(isNonTalkName('See https://example.com/links')).toBe(false);
    expect(isNonTalkName('Slides at http://example.org/resources')).toBe(false);
  });
});

describe('asides joined in one heading', () => {
  it('say no talk when every part does, whatever joins them', () => {
    expect(isNonTalkName('感想, まとめ')).toBe(true);
    expect(isNonTalkName('感想・まとめ')).toBe(true);
    expect(isNonTalkName('总结、感想')).toBe(true);
    expect(isNonTalkName('Summary & Links')).toBe(true);
    expect(isNonTalkName('Thoughts and Conclusions')).toBe(true);
    expect(isNonTalkName('Fazit und Links')).toBe(true);
    expect(isNonTalkName('Conclusion + Resources')).toBe(true);
    expect(nonTalkWeight('Lunch, Party', false, [])).toBe(BREAK_NAME);
    expect(nonTalkWeight('Summary & Links', false, [])).toBe(NON_TALK_NAME);
  });

  it('leave a heading with one part of a talk as it reads whole', () => {
    expect(isNonTalkName('Zoom, Enhance, Conclusion')).toBe(false);
    expect(isNonTalkName('Rust and Links')).toBe(false);
    expect(isNonTalkName('Lunch & Networking')).toBe(false);
    // と is a letter of まとめ, not a joiner.
    expect(isNonTalkName('型と感想')).toBe(false);
  });

  it('close the notes after the talks, no talk of their own', () => {
    const text = `# DroidKaigi 2015\n\n## 型安全なAndroid開発\n\n- a point\n\n## 大容量データのダウンロード戦略\n\n- a point\n\n## 感想, まとめ\n\n楽しかった。\n`;
    expect(titles(text)).toEqual(['型安全なAndroid開発', '大容量データのダウンロード戦略']);
    expect(read(text).extras.map((extra) => extra.title)).toEqual(['感想, まとめ']);
  });
});

describe('sections named as no talk in the notes', () => {
  it('are no talks at either end of notes without days, in any language', () => {
    for (const [opening, closing] of [
      ['Venue', 'Conclusion'],
      ['Opening', 'Fazit'],
      ['찾아가는길', '마무리'],
      ['会場', 'まとめ'],
      ['Registration', 'Poster Session'],
    ]) {
      const text = `# Example Conf 2024\n\n## ${opening}\n\nWe came by train.\n\n## Building Calm Systems - Jane Roe\n\n- a point\n\n## Testing in Production - John Doe\n\n- a point\n\n## ${closing}\n\nA good day.\n`;
      expect(titles(text)).toEqual(['Building Calm Systems', 'Testing in Production']);
      expect(read(text).extras.map((extra) => extra.title)).toEqual([opening, closing]);
    }
  });

  it('between talks of notes without days, open the day with their notes', () => {
    const text = `# Example Conf 2024\n\n## Building Calm Systems - Jane Roe\n\n- a point\n\n## Rook Team + Booth\n\nSwag and stickers.\n\n## Testing in Production - John Doe\n\n- a point\n`;
    const conference = read(text);
    expect(titles(text)).toEqual(['Building Calm Systems', 'Testing in Production']);
    expect(conference.days[0]!.intro).toEqual([
      { kind: 'heading', line: 7, markdown: 'Rook Team + Booth' },
      { kind: 'paragraph', line: 9, role: 'prose', markdown: 'Swag and stickers.' },
    ]);
  });

  it('between talks, an aside by name (`詳細`, `Slides`) opens the day too, not a talk of it', () => {
    const text = `# Scala 勉強会\n\n## 頑張りすぎないScala - Jane Roe\n\n- a point\n\n## 詳細\n\n[connpass](https://example.org)\n\n## スライド\n\n[slides](https://example.org/s)\n\n## Scalableエラー処理入門 - John Doe\n\n- b point\n`;
    expect(titles(text)).toEqual(['頑張りすぎないScala', 'Scalableエラー処理入門']);
    expect(
      read(text)
        .days[0]!.intro.filter((block) => block.kind === 'heading')
        .map((block) => block.markdown),
    ).toEqual(['詳細', 'スライド']);
  });

  it('inside a day, open the day with their notes; the talks around them stay', () => {
    const text = `# Example Conf\n\n## Day 1\n\n### Building Calm Systems\n\n- a point\n\n### Community Awards\n\n- the winners\n\n### Party\n\nFun.\n\n## Day 2\n\n### Accueil\n\nLe lieu.\n\n### Testing in Production\n\n- a point\n\n### Bilan de la première journée\n\nBien.\n`;
    const conference = read(text);
    expect(conference.days.map((day) => day.sessions.map((session) => session.title))).toEqual([
      ['Building Calm Systems'],
      ['Testing in Production'],
    ]);
    // "### Community Awards" over its list is the list's caption (line 11).
    expect(conference.days[0]!.intro.map((block) => block.line)).toEqual([11, 13, 15]);
    expect(conference.days[1]!.intro.map((block) => block.line)).toEqual([19, 21, 27, 29]);
  });

  it('stay talks when they name a speaker, or hold talks of their own; long notes alone do not', () => {
    const long = Array.from({ length: LONG_NOTES_BLOCKS }, (_, index) => `Point ${index}.`).join('\n\n');
    const named = `## Day 1\n\n### Welcome - Jane Roe\n\nShort.\n\n### Building Calm Systems\n\n- a point\n\n### Summary - John Doe\n\nShort.\n`;
    expect(titles(named)).toEqual(['Welcome', 'Building Calm Systems', 'Summary']);
    const unnamed = `## Day 1\n\n### Building Calm Systems\n\n- a point\n\n### Summary\n\n${long}\n`;
    expect(titles(unnamed)).toEqual(['Building Calm Systems']);
    const holding = `## Day 1\n\n### Opening\n\n#### Talk 1: Building Calm Systems\n\nNotes.\n\n#### Talk 2: Testing in Production\n\nNotes.\n`;
    expect(titles(holding)).toEqual(['Building Calm Systems', 'Testing in Production']);
  });

  it('after the last day, are no talks of it', () => {
    const text = `## Day 1\n\n### Building Calm Systems\n\n- a point\n\n## Service Mesh Patterns - Jane Roe\n\n- a point\n\n## Testing with Rego - John Doe\n\n- a point\n\n## Fazit\n\nGut.\n\n## Bilan de la journée\n\nBien.\n`;
    expect(titles(text)).toEqual(['Building Calm Systems', 'Service Mesh Patterns', 'Testing with Rego']);
  });
});
