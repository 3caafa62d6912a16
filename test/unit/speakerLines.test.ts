import { describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { opensWithByline, takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

/** A node left in the session, as its words: a list as "- item" lines. */
const words = (node: RootContent) =>
  node.type === 'list' ? node.children.map((item) => `- ${toString(item)}`).join('\n') : toString(node);

/** takeSpeakerLines on a session body written in Markdown. */
function take(markdown: string) {
  const { speakers, byline, rest } = takeSpeakerLines(parseMarkdown(markdown).children, markdown);
  return { speakers, byline, rest: rest.map(words) };
}

const person = (name: string, org: string | null = null) => ({ name, org });

describe('takeSpeakerLines, a list', () => {
  it('takes the "speaker:" bullets out of the first list and leaves the others', () => {
    expect(take('- Speaker: Jane Doe\n- first point\n- Speakers: Ann Lee, Bo Chen\n\nProse after.\n')).toEqual({
      speakers: [person('Jane Doe'), person('Ann Lee'), person('Bo Chen')],
      byline: ['- Speaker: Jane Doe', '- Speakers: Ann Lee, Bo Chen'],
      rest: ['- first point', 'Prose after.'],
    });
  });

  it('drops the list when every bullet named speakers', () => {
    expect(take('- presenter: Jane Doe\n\nProse after.\n')).toEqual({
      speakers: [person('Jane Doe')],
      byline: ['- presenter: Jane Doe'],
      rest: ['Prose after.'],
    });
  });

  it('reads a "speaker:" bullet that has sub-points and leaves it for them; leaves bullets that name nobody', () => {
    expect(take('- Speaker: Jane Doe\n  - she maintains etcd\n')).toEqual({
      speakers: [person('Jane Doe')],
      byline: [],
      rest: ['- Speaker: Jane Doeshe maintains etcd'],
    });
    expect(take('- first point\n- second point\n')).toEqual({
      speakers: [],
      byline: [],
      rest: ['- first point\n- second point'],
    });
  });
});

describe('takeSpeakerLines, labelled lines', () => {
  it('reads "Speaker:", "Speakers:", "Presented by", "Panelists:" and "By" lines', () => {
    expect(take('Speaker: Jane Doe\n\n- point\n')).toEqual({
      speakers: [person('Jane Doe')],
      byline: ['Speaker: Jane Doe'],
      rest: ['- point'],
    });
    expect(take('Speakers: moses schwartz, andy culler, Box\n').speakers).toEqual([
      person('moses schwartz', 'Box'),
      person('andy culler', 'Box'),
    ]);
    expect(take('Presented by Jane Doe & John Roe\n').speakers).toEqual([person('Jane Doe'), person('John Roe')]);
    expect(take('Panelists - Ann Lee; Bo Chen\n').speakers).toEqual([person('Ann Lee'), person('Bo Chen')]);
    expect(take('BY Jane Doe, Acme\n').speakers).toEqual([person('Jane Doe', 'Acme')]);
  });

  it('takes one speaker from "Speaker: name, handle, about her"', () => {
    expect(take('Speaker: Jane Doe, @jane, author of the book\n').speakers).toEqual([person('Jane Doe')]);
  });

  it('reads several lines of one paragraph, each naming speakers', () => {
    expect(take('Speaker: Jane Doe\nBy John Roe, Acme\n')).toEqual({
      speakers: [person('Jane Doe'), person('John Roe', 'Acme')],
      byline: ['Speaker: Jane Doe', 'By John Roe, Acme'],
      rest: [],
    });
  });

  it('reads a labelled line in the first five blocks, an unlabelled name in the first only', () => {
    expect(take('Some prose first.\n\nSpeaker: Jane Doe\n')).toEqual({
      speakers: [person('Jane Doe')],
      byline: ['Speaker: Jane Doe'],
      rest: ['Some prose first.'],
    });
    expect(take('One.\n\nTwo.\n\nThree.\n\nFour.\n\n- Speaker: Jane Doe\n- a point\n')).toEqual({
      speakers: [person('Jane Doe')],
      byline: ['- Speaker: Jane Doe'],
      rest: ['One.', 'Two.', 'Three.', 'Four.', '- a point'],
    });
    expect(take('One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSpeaker: Jane Doe\n').speakers).toEqual([]);
    expect(take('Some prose first.\n\nJane Doe\n').speakers).toEqual([]);
    expect(take('').speakers).toEqual([]);
  });

  it('stops at a heading or a rule before a labelled line', () => {
    expect(take('Intro.\n\n### Later\n\nSpeaker: Jane Doe\n').speakers).toEqual([]);
    expect(take('Intro.\n\n---\n\nSpeaker: Jane Doe\n').speakers).toEqual([]);
  });

  it('reads a labelled line among other lines of a paragraph and leaves the paragraph as written', () => {
    expect(take('14:00 - 14:45, Room B\n**Speaker(s) :** Jane Roe, John Doe\n')).toEqual({
      speakers: [person('Jane Roe'), person('John Doe')],
      byline: [],
      rest: ['14:00 - 14:45, Room B\nSpeaker(s) : Jane Roe, John Doe'],
    });
  });
});

describe('takeSpeakerLines, which label reads names how', () => {
  it('reads names after "Presented by" as a list, taken as written, but after "By" only names that look like names', () => {
    expect(take('Presented by jane doe\n').speakers).toEqual([person('jane doe')]);
    expect(take('By jane doe\n').speakers).toEqual([]);
  });

  it('takes the first name as written when "Speaker:" is followed by more than names', () => {
    expect(take('Speaker: jane doe, @jane, author\n').speakers).toEqual([person('jane doe')]);
  });

  it('reads no label in the middle of a line', () => {
    expect(take('Great slides by Jane Doe\n').speakers).toEqual([]);
    // "a talk by Jane Doe" is prose that says whose talk it is (proseSpeakers.ts), not a label.
    expect(take('Great talk by Jane Doe\n').speakers).toEqual([person('Jane Doe')]);
    expect(take('Panelists: Jane Doe, Presenter: John Roe\n').speakers).toEqual([]);
  });

  it('reads each label in the singular and the plural', () => {
    for (const label of ['Speaker:', 'Speakers:', 'Presenter:', 'Presenters:', 'Panelist:', 'Panelists:'])
      expect(take(`${label} Jane Doe\n`).speakers, label).toEqual([person('Jane Doe')]);
  });

  it('takes a colon, a hyphen, an en dash or nothing between the label and the name', () => {
    for (const line of [
      'Speaker Jane Doe',
      'Speaker - Jane Doe',
      'Speaker – Jane Doe',
      'Speaker : Jane Doe',
      'Speaker:  Jane Doe',
    ])
      expect(take(`${line}\n`).speakers, line).toEqual([person('Jane Doe')]);
    // A colon needs no space after it (as `講者：Jane Roe` has none).
    expect(take('Speaker:Jane Doe\n').speakers).toEqual([person('Jane Doe')]);
  });

  it('reads a label after a stray backslash or emphasis marks', () => {
    expect(take('\\ Speaker: Jane Doe\n').speakers).toEqual([person('Jane Doe')]);
    expect(take('**Speaker:** Jane Doe\n').speakers).toEqual([person('Jane Doe')]);
  });
});

describe('takeSpeakerLines, bylines', () => {
  it('reads a name with a job title and the organisation after "@" or "at"', () => {
    expect(
      take('Jane Doe - Senior Engineer @ Acme\nJohn Roe – Staff Engineer at Beta Corp. Former SRE\n\n- point\n'),
    ).toEqual({
      speakers: [person('Jane Doe', 'Acme'), person('John Roe', 'Beta Corp')],
      byline: ['Jane Doe - Senior Engineer @ Acme', 'John Roe – Staff Engineer at Beta Corp. Former SRE'],
      rest: ['- point'],
    });
    expect(take('Ann Lee | VP at Acme, Inc\n').speakers).toEqual([person('Ann Lee', 'Acme')]);
    expect(take('Ann Lee — Principal Architect\n').speakers).toEqual([person('Ann Lee')]);
  });

  it('keeps each line of the byline as written, trimmed', () => {
    expect(take('Speaker: Jane Doe\n   By John Roe\n').byline).toEqual(['Speaker: Jane Doe', 'By John Roe']);
  });

  it('finds the organisation after "@" written with or without a space', () => {
    expect(take('Jane Doe - Engineer @Acme\n').speakers).toEqual([person('Jane Doe', 'Acme')]);
    expect(take('Jane Doe - Engineer @ Acme Corp | Berlin\n').speakers).toEqual([person('Jane Doe', 'Acme Corp')]);
  });

  it('knows the job words only as whole words, "@" only between spaces', () => {
    expect(take('Jane Doe - Engineering Update\n').speakers).toEqual([]);
    expect(take('Jane Doe - Kubernetes@Scale\n').speakers).toEqual([]);
    expect(take('Jane Doe - Kubernetes @ Scale\n').speakers).toEqual([person('Jane Doe', 'Scale')]);
    expect(take('Jane Doe - Sr. Manager\n').speakers).toEqual([person('Jane Doe')]);
  });

  it('needs the part after the dash to read as a job title', () => {
    expect(take('Ann Lee - Kubernetes upgrades\n').speakers).toEqual([]);
    expect(take('Ann Lee - at home\n').speakers).toEqual([person('Ann Lee', 'home')]);
  });

  it('reads a line that is only a name, without emphasis or a note in parentheses', () => {
    expect(take('**Jane Doe** (she/her)\n')).toEqual({
      speakers: [person('Jane Doe')],
      byline: ['**Jane Doe** (she/her)'],
      rest: [],
    });
    expect(take('Jane Doe(she/her)\n').speakers).toEqual([person('Jane Doe')]);
    expect(take('Jane (she/her) Doe\n').speakers).toEqual([person('Jane Doe')]);
    expect(take('Madonna\n').speakers).toEqual([]);
    // A line of nothing but markup is no name, and no error.
    expect(take('Jane Doe\n**\n').speakers).toEqual([]);
    expect(take('Great talk about etcd\n').speakers).toEqual([]);
  });

  it('takes at most six lines of names: a longer paragraph is a list of people, not a byline', () => {
    const names = ['Ann Lee', 'Bo Chen', 'Cy Diaz', 'Di Fox', 'Ed Gray', 'Flo Hart', 'Gus Ives'];
    expect(take(`${names.slice(0, 6).join('\n')}\n`).speakers).toEqual(names.slice(0, 6).map((name) => person(name)));
    expect(take(`${names.join('\n')}\n`).speakers).toEqual([]);
  });

  it('takes a paragraph only when every line names someone', () => {
    expect(take('Jane Doe - Senior Engineer @ Acme\nand a sentence about her\n').speakers).toEqual([]);
  });
});

describe('takeSpeakerLines at its bounds', () => {
  /** takeSpeakerLines under a slot heading ("## Talk 1"), or not. */
  function read(markdown: string, slot: boolean) {
    const { speakers, title, byline, rest } = takeSpeakerLines(parseMarkdown(markdown).children, markdown, { slot });
    return { speakers, title, byline: byline.length, rest: rest.length };
  }
  /** `head`, then x up to `length` characters, then `tail`. */
  const padded = (head: string, length: number, tail = '') =>
    head + 'x'.repeat(length - head.length - tail.length) + tail;

  it('opens with a byline of three lines at most', () => {
    const people = [
      'Jane Roe - CTO @ Acme',
      'Ann Lee - Lead @ Globex',
      'Bo Chen - Engineer @ Initech',
      'Kim Park - Architect @ Hooli',
    ];
    const opens = (count: number) => {
      const markdown = `${people.slice(0, count).join('\n')}\n\nNotes.`;
      return opensWithByline(parseMarkdown(markdown).children, markdown);
    };
    expect([opens(3), opens(4)]).toEqual([true, false]);
  });

  it('reads a role line of 120 characters under a name as her role, not one longer', () => {
    const role = (length: number) =>
      `Jane Roe\n${padded('Staff Engineer, Platform ', length, ', Example Corp')}\n\nNotes.`;
    expect(read(role(120), false)).toEqual({
      speakers: [person('Jane Roe', 'Example Corp')],
      title: null,
      byline: 2,
      rest: 1,
    });
    expect(read(role(121), false)).toEqual({ speakers: [], title: null, byline: 0, rest: 2 });
  });

  it('reads a role of 120 characters after a name and a comma, not one longer', () => {
    const role = (length: number) => `Jane Roe, ${padded('Staff Engineer at Example ', length)}\n\nNotes.`;
    expect(read(role(120), false).speakers.map((speaker) => speaker.name)).toEqual(['Jane Roe']);
    expect(read(role(121), false)).toEqual({ speakers: [], title: null, byline: 0, rest: 2 });
  });

  it('reads the "Topic:" line under header lines of 120 characters, emphasised or labelled, not longer', () => {
    const under = (line: string) => read(`![photo](a.png)\n\n${line}\n\n__Topic__: Calm On-Call\n\n- point\n`, true);
    expect(under(padded('*Room 12 on floor two, ', 120, '*')).title).toBe('Calm On-Call');
    expect(under(padded('*Room 12 on floor two, ', 121, '*')).title).toBeNull();
    expect(under(padded('__Company__: Acme ', 120)).title).toBe('Calm On-Call');
    expect(under(padded('__Company__: Acme ', 121)).title).toBeNull();
  });

  it('reads a header paragraph of four lines with a "Topic:" line, not of five', () => {
    const header = ['__Company__: Acme', '__Room__: B', '__Level__: Two', '__Topic__: Calm On-Call'];
    expect(read(`![photo](a.png)\n\n${header.join('\n')}\n\n- point\n`, true)).toEqual({
      speakers: [],
      title: 'Calm On-Call',
      byline: 4,
      rest: 2,
    });
    expect(read(`![photo](a.png)\n\n__Time__: Noon\n${header.join('\n')}\n\n- point\n`, true).title).toBeNull();
    // The same first under the slot heading.
    const programme = ['14:00 – 14:45', 'Main hall, level two', 'Topic: Calm On-Call', 'Level two'];
    expect(read(`${programme.join('\n')}\n\n- point\n`, true)).toEqual({
      speakers: [],
      title: 'Calm On-Call',
      byline: 4,
      rest: 1,
    });
    expect(read(`${programme.join('\n')}\nLevel three\n\n- point\n`, true).title).toBeNull();
  });

  it('reads a bold title with its speakers over four lines at most', () => {
    const tailed = ['**Calm On-Call** - Jane Roe', 'room one', 'room two', 'room three', 'room four'];
    expect(read(`${tailed.slice(0, 4).join('\n')}\n\n- point\n`, true)).toEqual({
      speakers: [person('Jane Roe')],
      title: 'Calm On-Call',
      byline: 4,
      rest: 1,
    });
    expect(read(`${tailed.join('\n')}\n\n- point\n`, true).title).toBeNull();
    const over = ['**Calm On-Call**', 'Jane Roe, Acme', 'John Doe, Globex', 'Ann Lee, Initech', 'Bo Chen, Hooli'];
    expect(read(`${over.slice(0, 4).join('\n')}\n\n- point\n`, true).speakers).toEqual([
      person('Jane Roe', 'Acme'),
      person('John Doe', 'Globex'),
      person('Ann Lee', 'Initech'),
    ]);
    expect(read(`${over.join('\n')}\n\n- point\n`, true)).toEqual({
      speakers: [],
      title: 'Calm On-Call',
      byline: 1,
      rest: 2,
    });
  });

  it('reads a bold line of 200 characters as the title, over notes or alone, as written', () => {
    expect(read(`**${padded('Calm ', 200)}**\nA line about it.\n\n- point\n`, true).title).toBe(padded('Calm ', 200));
    expect(read(`**${padded('Calm ', 201)}**\nA line about it.\n\n- point\n`, true).title).toBeNull();
    expect(read(`**${padded('snake_case ', 200)}**\n\n- point\n`, true).title).toBe(padded('snake_case ', 200));
  });

  it('reads six lines of names after a line about the session, not seven', () => {
    const names = ['Jane Roe - CTO @ Acme', 'Ann Lee', 'Bo Chen', 'Kim Park', 'Li Wei', 'Max Mustermann', 'Eva Nowak'];
    expect(read(`14:00, Room B\n\n${names.slice(0, 6).join('\n')}\n\n- point\n`, false).speakers).toHaveLength(6);
    expect(read(`14:00, Room B\n\n${names.join('\n')}\n\n- point\n`, false)).toEqual({
      speakers: [],
      title: null,
      byline: 0,
      rest: 3,
    });
  });
});

describe('takeSpeakerLines under a slot, the shapes at its edges', () => {
  function read(markdown: string) {
    const { speakers, title, byline } = takeSpeakerLines(parseMarkdown(markdown).children, markdown, { slot: true });
    return { speakers: speakers.map((speaker) => speaker.name), title, byline };
  }

  it("takes a title line under the speaker's with a dot inside it, not one ending a sentence", () => {
    expect(read('Speaker: Jane Roe\n\nNode.js at Scale\n\n- point\n').title).toBe('Node.js at Scale');
    expect(read('Speaker: Jane Roe\n\nWe loved it.\n\n- point\n').title).toBeNull();
  });

  it('takes a title line of one-word names among full names as a title, not a line of full names only', () => {
    expect(read('Speaker: Jane Roe\n\nBuild, Grow, Ann Lee\n\n- point\n').title).toBe('Build, Grow, Ann Lee');
  });

  it('takes a list whose first item alone is bold as titled by it, not a list of that item only', () => {
    expect(read('- **The Real Title**\n- a point\n').title).toBe('The Real Title');
    expect(read('- **Only Item**\n').title).toBeNull();
  });

  it('takes a bold paragraph over two lines as no title', () => {
    expect(read('**Title over\ntwo lines**\n\n- point\n').title).toBeNull();
  });

  it('reads a handle under a name as hers, not a handle before any name', () => {
    expect(read('Jane Roe - CTO @ Acme\n@jroe\n\n- point\n').speakers).toEqual(['Jane Roe']);
    expect(read('@jroe\nJane Roe - CTO @ Acme\n\n- point\n').speakers).toEqual([]);
  });
});

describe('speaker lines: one-word names', () => {
  const names = (markdown: string) =>
    takeSpeakerLines(parseMarkdown(markdown).children, markdown).speakers.map((speaker) => speaker.name);

  it('reads one word as a name only when it is a capital then lower-case letters', () => {
    expect(names('Surma, Developer Advocate\n\n- point\n')).toEqual(['Surma']);
    expect(names('Jane Roe & Surma\n\n- point\n')).toEqual(['Jane Roe', 'Surma']);
    expect(names('McDonald, Developer Advocate\n\n- point\n')).toEqual([]);
    expect(names('Jane Roe & McDonald\n\n- point\n')).toEqual([]);
    expect(names('dSurma, Developer Advocate\n\n- point\n')).toEqual([]);
  });
});

describe('takeSpeakerLines: a photo over the name, a role then "@ Org"', () => {
  function read(markdown: string) {
    const { speakers, byline, rest } = takeSpeakerLines(parseMarkdown(markdown).children, markdown);
    return {
      speakers: speakers.map(({ name, org }) => (org === null ? name : `${name} @ ${org}`)),
      byline,
      rest: rest.map((node) => node.type),
    };
  }

  it('reads the line under a paragraph of photos, the photos staying first in the notes', () => {
    expect(read('![Jane on stage](a.png)\n\nJane Roe, Staff Engineer at Acme\n\n- a point\n')).toEqual({
      speakers: ['Jane Roe @ Acme'],
      byline: ['Jane Roe, Staff Engineer at Acme'],
      rest: ['paragraph', 'list'],
    });
    expect(read('![a](a.png) ![b](b.png)\n\n**Jane Roe**\n\n- a point\n').speakers).toEqual(['Jane Roe']);
  });

  it('reads no speaker under a photo where the next line names no one, nor looks past a paragraph with words', () => {
    expect(read('![photo](a.png)\n\nWhat a talk this was.\n\n- a point\n')).toEqual({
      speakers: [],
      byline: [],
      rest: ['paragraph', 'paragraph', 'list'],
    });
    expect(read('![photo](a.png) on stage\n\nJane Roe, Staff Engineer at Acme\n').speakers).toEqual([]);
    expect(read('![photo](a.png)\n').speakers).toEqual([]);
  });

  it('reads "Name, Role @ Org" as the person of that organisation, plain or in bold', () => {
    expect(read('Jane Roe, Principal Engineer @ Acme\n\n- a point\n').speakers).toEqual(['Jane Roe @ Acme']);
    expect(read('**Jane Roe**, Principal Engineer @ Example Corp\n\n- a point\n').speakers).toEqual([
      'Jane Roe @ Example Corp',
    ]);
    // Without a role after the comma, the line is a list of names, each of that organisation.
    expect(read('Jane Roe, John Doe @ Acme\n\n- a point\n').speakers).toEqual(['Jane Roe @ Acme', 'John Doe @ Acme']);
  });
});

describe('takeSpeakerLines: a table of the talk’s facts', () => {
  function read(markdown: string) {
    const { speakers, byline, rest } = takeSpeakerLines(parseMarkdown(markdown).children, markdown);
    return { speakers: speakers.map(({ name }) => name), byline, rest: rest.map((node) => node.type) };
  }

  it('reads the row that labels the speakers, in any row and language; the table stays on the slide', () => {
    expect(read('| | |\n|---|---|\n| Room | A |\n| Speaker | Jane Roe |\n\n- a point\n')).toEqual({
      speakers: ['Jane Roe'],
      byline: [],
      rest: ['table', 'list'],
    });
    expect(read('| Speakers: | Jane Roe, John Doe |\n|---|---|\n| Room | A |\n').speakers).toEqual([
      'Jane Roe',
      'John Doe',
    ]);
    expect(read('| 講者 | 山田太郎 |\n|---|---|\n| 時間 | 10:00 |\n').speakers).toEqual(['山田太郎']);
  });

  it('reads no speaker from a row of three cells, another label, or an empty cell', () => {
    expect(read('| Speaker | Jane Roe | Acme |\n|---|---|---|\n').speakers).toEqual([]);
    expect(read('| Host | Jane Roe |\n|---|---|\n').speakers).toEqual([]);
    expect(read('| Speaker | |\n|---|---|\n').speakers).toEqual([]);
    expect(read('| Slides | [link](https://example.org) |\n|---|---|\n').speakers).toEqual([]);
  });
});
