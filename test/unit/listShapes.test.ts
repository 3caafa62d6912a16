import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { parseSessionHeading } from '../../src/model/sessionHeading.js';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

// Talks written as list items (issue 13), with made-up text: each rule with a shape just taken and one just refused.

const talks = (text: string) =>
  buildConference(parseNotes(text, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => ({
      title: session.title,
      speakers: session.speakers.map((speaker) => speaker.name),
    })),
  );
const speakersOfLines = (markdown: string) =>
  takeSpeakerLines(parseMarkdown(markdown).children, markdown).speakers.map((speaker) => speaker.name);

describe('a talk item with its speaker in the first sub-item', () => {
  const intro = '# Meetup\n\n## Recap\n\n';
  it('reads items whose first sub-item names a person with a role as talks, and that person as the speaker', () => {
    expect(
      talks(
        `${intro}- Typed Configs in Practice\n    + Jane Roe, Staff Engineer at Example\n    + recording: somewhere\n- Service Mesh Patterns\n    + John Doe - CTO, Acme\n    + notes\n- Rust in the Kernel\n    + Ann Lee @ Initech\n    + more notes\n`,
      ),
    ).toEqual([
      { title: 'Typed Configs in Practice', speakers: ['Jane Roe'] },
      { title: 'Service Mesh Patterns', speakers: ['John Doe'] },
      { title: 'Rust in the Kernel', speakers: ['Ann Lee'] },
    ]);
  });

  it('reads Chinese bylines: a one-word name before a comma or a tilde and a role', () => {
    expect(
      talks(
        `${intro}- 使用 Python 做数据分析\n    + 王小明, 示例公司研发工程师\n    + 录音\n- 硬件上的 Python\n    + 李华 ~ 硬件极客、个人开发者\n    + 演示\n- 构建 DevOps 体系\n    + 张伟 ~ 某研究院基础设施负责人\n    + 笔记\n`,
      ),
    ).toEqual([
      { title: '使用 Python 做数据分析', speakers: ['王小明'] },
      { title: '硬件上的 Python', speakers: ['李华'] },
      { title: '构建 DevOps 体系', speakers: ['张伟'] },
    ]);
  });

  it('leaves a list whose sub-items say no role (notes, not bylines) as notes', () => {
    expect(
      talks(
        `${intro}- Typed Configs in Practice\n    + Jane Roe\n    + notes\n- Service Mesh Patterns\n    + John Doe\n    + notes\n- Rust in the Kernel\n    + Ann Lee\n    + notes\n`,
      ).map((talk) => talk.title),
    ).toEqual(['Recap']);
  });

  it('does not count a caption item ("Lightning talks:") against the share of talk items', () => {
    const items =
      '- Typed Configs\n    + Jane Roe, Staff Engineer at Example\n- Service Mesh\n    + John Doe - CTO, Acme\n- Rust in the Kernel\n    + Ann Lee @ Initech\n- Coffee and hallway chats\n    + lots of people\n';
    // 3 talks of 4 counted items (75%); were the caption counted, 3 of 5 (60%) would be notes.
    const read = talks(`${intro}${items}- Lightning talks:\n    + Fast Builds\n    + Small Tools\n`);
    expect(read.map((talk) => talk.title)).toContain('Typed Configs');
    // Without the caption, one more note item makes it 3 of 5: notes.
    const notes = talks(`${intro}${items}- Dinner\n    + good food\n`);
    expect(notes.map((talk) => talk.title)).toEqual(['Recap']);
  });
});

describe('bylines in Chinese, Japanese and Korean', () => {
  it('takes a one-word CJK name with a role after a comma, a full-width comma or a tilde', () => {
    expect(speakersOfLines('- 王小明, 示例公司研发工程师\n- note\n')).toEqual(['王小明']);
    expect(speakersOfLines('- 王小明，示例公司总监\n- note\n')).toEqual(['王小明']);
    expect(speakersOfLines('- 李华 ~ 个人开发者\n- note\n')).toEqual(['李华']);
  });

  it('refuses a CJK word without a role word, and a run longer than a name', () => {
    expect(speakersOfLines('- 王小明, 录音文件\n- note\n')).toEqual([]);
    expect(speakersOfLines('- 暖场 ~ 录音\n- note\n')).toEqual([]);
    expect(speakersOfLines('- 企业自主研发系统, 研发工程师\n- note\n')).toEqual([]);
  });
});

describe('a tilde between a title and its speaker', () => {
  it('reads "Title ~ Jane Roe" items as talks with their speaker, and a tilde before words that are no name as a title', () => {
    expect(parseSessionHeading('Rust ~ the good parts').speakers).toEqual([]);
    // Written speaker first, a full-width colon needs no space after it.
    expect(parseSessionHeading('Jane Roe：typed configs', { speakerFirst: true })).toEqual({
      title: 'typed configs',
      speakers: [{ name: 'Jane Roe', org: null }],
    });
    expect(
      talks(
        '# Meetup\n\n+ how we test configs ~ Jane Roe\n+ service mesh in practice ~ John Doe\n+ rust in the kernel ~ Ann Lee\n',
      ),
    ).toEqual([
      { title: 'how we test configs', speakers: ['Jane Roe'] },
      { title: 'service mesh in practice', speakers: ['John Doe'] },
      { title: 'rust in the kernel', speakers: ['Ann Lee'] },
    ]);
  });
});

describe('numbered talk items: "3. Vortrag: …", "Talk 3: …"', () => {
  const days = (text: string) =>
    buildConference(parseNotes(text, 'notes.md')).days.map((day) => [
      day.title,
      day.sessions.map((session) => [session.title, session.speakers.map((speaker) => speaker.name).join(', ')]),
    ]);
  const saturday =
    '* 1. Vortrag: [Typed Configs von Jane Roe.](https://example.org/1) Fand ich gut, sehr gut, und noch mehr dazu, was ich dachte.\n\n' +
    '* Danach Pause. Kaffee getrunken.\n\n' +
    '* 2. Vortrag: Von J. Doe [Storage richtig gemacht](https://example.org/2): hilfreich und informativ.\n\n' +
    '* 3. Vortrag: Ann Lee: [Rust im Kernel](https://example.org/3): etwas anders als gedacht.\n';

  it('reads each labelled item as a talk, its link as the title, the speaker before it or inside it, under its day', () => {
    expect(days(`# Blog\n\n**Freitag**\n\nAnkunft.\n\n**Samstag**\n\n${saturday}`)).toEqual([
      ['Freitag', []],
      [
        'Samstag',
        [
          ['Typed Configs', 'Jane Roe'],
          ['Storage richtig gemacht', 'J. Doe'],
          ['Rust im Kernel', 'Ann Lee'],
        ],
      ],
    ]);
  });

  it('reads "Talk 3:" labels too, and a title without a link up to "by Jane Roe"', () => {
    const read = talks(
      '# Recap\n\n- Talk 1: [Typed Configs](https://example.org/1) notes here\n- Talk 2: Storage done right by Jane Roe was a good one, with more to say\n- Talk 3: [Rust in the Kernel by Ann Lee](https://example.org/3)\n',
    );
    expect(read).toEqual([
      { title: 'Typed Configs', speakers: [] },
      { title: 'Storage done right', speakers: [] },
      { title: 'Rust in the Kernel', speakers: ['Ann Lee'] },
    ]);
  });

  it('needs three labelled items before the others are notes, and the label at the start of the line', () => {
    const two =
      '# Recap\n\n- Talk 1: [Typed Configs](https://example.org/1) notes here\n- Then a break with coffee and cake.\n- Talk 2: [Storage](https://example.org/2) notes\n';
    expect(talks(two).map((talk) => talk.title)).toEqual(['Recap']);
    const unlabelled =
      '# Recap\n\n- We saw [Typed Configs](https://example.org/1) and liked it a lot, really.\n- Then a break with coffee and cake.\n- Later [Storage](https://example.org/2) which was fine, really fine.\n';
    expect(talks(unlabelled).map((talk) => talk.title)).toEqual(['Recap']);
  });
});

describe('talk lines: a bold or quoted title and its speaker on a line of their own', () => {
  const notes = (line: (title: string, name: string) => string) =>
    `# Konferenz\n\nIntro.\n\n${line('Die Kunst des Testens', 'Jane Roe')}\n\nNotes on testing.\n\n${line('Schnelle Builds', 'John Doe')}\n\nNotes on builds.\n`;
  const expected = [
    { title: 'Die Kunst des Testens', speakers: ['Jane Roe'] },
    { title: 'Schnelle Builds', speakers: ['John Doe'] },
  ];

  it('reads "**Title** von Jane Roe", a quoted title with "by" or "par", and the name on the next line', () => {
    expect(talks(notes((title, name) => `**${title}** von ${name}`))).toEqual(expected);
    expect(talks(notes((title, name) => `„${title}“ von ${name}`))).toEqual(expected);
    expect(talks(notes((title, name) => `"${title}" by ${name}`))).toEqual(expected);
    expect(talks(notes((title, name) => `« ${title} » par ${name}`))).toEqual(expected);
    expect(talks(notes((title, name) => `**${title}**\nvon ${name}`))).toEqual(expected);
  });

  it('reads one talk line in a day when the notes write two or more', () => {
    const read = buildConference(
      parseNotes(
        '# Conf\n\n## Tag 1\n\n**„Die Kunst des Testens“ von Jane Roe**\n\nnotes\n\n**„Schnelle Builds“ von John Doe**\n\nnotes\n\n## Tag 2\n\n**„Rust im Kernel“ von Ann Lee**\n\nnotes\n',
        'notes.md',
      ),
    );
    expect(read.days.map((day) => [day.title, day.sessions.map((session) => session.title)])).toEqual([
      ['Tag 1', ['Die Kunst des Testens', 'Schnelle Builds']],
      ['Tag 2', ['Rust im Kernel']],
    ]);
  });

  it('refuses sentences that mention a talk, a quote with no speaker, and a name that is no name', () => {
    const one = (line: string) => talks(`# Konferenz\n\n${line}\n\nNotes.\n\n${line.replace('A', 'B')}\n\nNotes.\n`);
    expect(one('Then I went to "A talk on testing" by Jane Roe, which I liked a lot.')).toHaveLength(1);
    expect(one('"A quote from the keynote" was the best line of the day')).toHaveLength(1);
    expect(one('**A look at builds** von gestern')).toHaveLength(1);
  });
});

describe('items that set a leading name apart with a tilde or a full-width colon', () => {
  it('reads "王小明 ~ Title" and "Jane Roe：title" items as talks written speaker first', () => {
    expect(
      talks('# Conf\n\n+ 王小明 ~ 使用 Python 做数据分析\n+ 李华 ~ 硬件上的 Python\n+ 张伟 ~ 构建 DevOps 体系\n'),
    ).toEqual([
      { title: '使用 Python 做数据分析', speakers: ['王小明'] },
      { title: '硬件上的 Python', speakers: ['李华'] },
      { title: '构建 DevOps 体系', speakers: ['张伟'] },
    ]);
    expect(
      talks(
        '# Conf\n\n- Jane Roe：how we test configs\n- John Doe：fast builds in ci\n- Ann Lee：rust in the kernel\n',
      ),
    ).toEqual([
      { title: 'how we test configs', speakers: ['Jane Roe'] },
      { title: 'fast builds in ci', speakers: ['John Doe'] },
      { title: 'rust in the kernel', speakers: ['Ann Lee'] },
    ]);
  });

  it('leaves "时间：…" label lines and a dash after a name (a subtitle as often) as notes', () => {
    expect(talks('# 沙龙\n\n- 时间：2019年9月6日\n- 地点：某孵化器\n- 主持：某公司\n').map((t) => t.title)).toEqual([
      '沙龙',
    ]);
    expect(
      talks('# Conf\n\n- Jane Roe - how we test\n- John Doe - fast builds in ci\n- Ann Lee - rust in the kernel\n').map(
        (t) => t.title,
      ),
    ).toEqual(['Conf']);
  });
});

describe("words that name a title's links", () => {
  it('drops "(link)", "(slides, video)" and "([링크](…))" after a title; the heading as written keeps them', () => {
    const title = (heading: string) => parseSessionHeading(heading).title;
    expect(title('Python Linters at Scale (link)')).toBe('Python Linters at Scale');
    expect(title('Fast Builds (slides, video) - Jane Roe')).toBe('Fast Builds');
    expect(title('Rust 입문 (링크)')).toBe('Rust 입문');
    expect(title('The Link (2019)')).toBe('The Link (2019)');
    expect(title('A talk about (video) games')).toBe('A talk about (video) games');
    const [session] = buildConference(
      parseNotes('# Conf\n\n## Typed Configs ([link](https://example.org/t))\n\n- point\n', 'notes.md'),
    ).days[0]!.sessions;
    expect(session!.title).toBe('Typed Configs');
    expect(session!.heading).toContain('[link](https://example.org/t)');
  });
});
