import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { lostWords } from '../support/noteWords.js';

function build(text: string, file = 'notes.md') {
  return buildConference(parseNotes(text, file));
}

describe("the conference title of notes whose author's title is a post's", () => {
  it('drops the post words of a lone H1 and keeps the H1 as written in the intro', () => {
    const text = '# Fluent Conference Notes\n\n## Talk one\n\n- a\n\n## Talk two\n\n- b\n';
    const conference = build(text);
    expect(conference.title).toBe('Fluent Conference');
    expect(conference.intro[0]).toMatchObject({ kind: 'paragraph', markdown: 'Fluent Conference Notes' });
    expect(lostWords(text, 'notes.md')).toEqual([]);
  });

  it('keeps a lone H1 that is the title but for its link in the intro, link and all', () => {
    const text =
      '# Atividades na [Python Brasil [13]](http://2017.pythonbrasil.org.br)\n\n## Talk one\n\n- a\n\n## Talk two\n\n- b\n';
    const conference = build(text);
    expect(conference.title).toBe('Atividades na Python Brasil [13]');
    expect(conference.intro[0]).toMatchObject({
      kind: 'paragraph',
      markdown: 'Atividades na [Python Brasil [13]](http://2017.pythonbrasil.org.br)',
    });
    expect(lostWords(text, 'notes.md')).toEqual([]);
    // The H1 that is the title, word for word, is not shown again.
    expect(build(text.replace(/\[(Python Brasil \[13\])\]\([^)]*\)/, '$1')).intro).toEqual([]);
  });

  it('drops the post words of a first line over notes without headings, the line kept in the intro', () => {
    const text = 'Notizen von der FrOSCon 2019\n\n---\n\nTalk one\n\nnotes\n\n---\n\nTalk two\n\nnotes\n';
    const conference = build(text);
    expect(conference.title).toBe('FrOSCon 2019');
    expect(conference.intro[0]).toMatchObject({ kind: 'paragraph', markdown: 'Notizen von der FrOSCon 2019' });
    expect(lostWords(text, 'notes.md')).toEqual([]);
    // A first line that is the title as written is not shown again.
    expect(build(text.replace('Notizen von der ', '')).intro).toEqual([]);
  });

  it('cleans a front matter title about one day, rather than take an event named somewhere in the notes', () => {
    const text =
      "---\ntitle: '深圳 ArchSummit 全球架构师峰会 day 1'\ndate: 2018-07-07\n---\n\n![](/SZArchSummitConf 2018/a.jpg)\n\n## 《Title one》-王小明\n\n- a\n\n## 《Title two》-李雷\n\n- b\n";
    expect(build(text).title).toBe('深圳 ArchSummit 全球架构师峰会');
  });

  it('takes the part of a front matter title that names the event, and a date part’s year', () => {
    expect(
      build('---\ntitle: La veille - Édition spéciale - DevFest de Nantes 2025\n---\n\n## Talk\n\n- a\n').title,
    ).toBe('DevFest de Nantes 2025');
    expect(build('# Empire JS | 05.05.2014\n\n## Talk one\n\n- a\n\n## Talk two\n\n- b\n').title).toBe(
      'Empire JS 2014',
    );
  });

  it("takes the event's full name from the opening paragraph under a short title", () => {
    const text =
      "# devopsdays16\n\n[devopsdays Amsterdam '16](http://example.org/2016-amsterdam/) Report\n\n## Day 1\n\n### Talk\n\n- a\n\n## Day 2\n\n### Talk 2\n\n- b\n";
    expect(build(text).title).toBe("devopsdays Amsterdam '16");
    expect(lostWords(text, 'notes.md')).toEqual([]);
  });

  it('puts the year of dated day headings, or of the front matter date, after a title without one', () => {
    const text = '# Frozenrails\n\n## 2012-09-20\n\n### Talk one\n\n- a\n\n## 2012-09-21\n\n### Talk two\n\n- b\n';
    expect(build(text).title).toBe('Frozenrails 2012');
    expect(build('---\ntitle: AnsibleFest\ndate: 2020-10-13\n---\n\n## Talk\n\n- a\n').title).toBe('AnsibleFest 2020');
  });

  it('puts the year of a file name that opens with it after the name', () => {
    expect(
      build('## Day 1\n\n### Talk one\n\n- a\n\n## Day 2\n\n### Talk two\n\n- b\n', 'notes/2015-scaladays.md').title,
    ).toBe('scaladays 2015');
  });

  it('takes the name a day heading gives before its day where the file name names only the day', () => {
    const text = '## Kubecon Day one\n\n### Keynotes\n\n- a\n\n### Service Mesh Patterns\n\n- b\n';
    expect(build(text, 'notes/day1.md').title).toBe('Kubecon');
    expect(build(text, 'notes/kubecon-eu-2019.md').title).toBe('kubecon eu 2019');
  });

  it('shows a short title in capitals as written', () => {
    expect(build('# FOSDEM 2020\n\n## Talk one\n\n- a\n\n## Talk two\n\n- b\n').title).toBe('FOSDEM 2020');
    expect(build('# THE BIG FUN CONFERENCE OF EUROPE\n\n## Talk one\n\n- a\n\n## Talk two\n\n- b\n').title).toBe(
      'The Big Fun Conference of Europe',
    );
    expect(build('# NOTES FROM THE BIG FUN CONF\n\n## Talk one\n\n- a\n\n## Talk two\n\n- b\n').title).toBe(
      'BIG FUN CONF',
    );
  });
});
