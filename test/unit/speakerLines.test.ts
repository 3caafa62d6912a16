import { describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { takeSpeakerLines } from '../../src/model/speakerLines.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

/** A node left in the session, as its words: a list as "- item" lines. */
const words = (node: RootContent) => (node.type === 'list' ? node.children.map((item) => `- ${toString(item)}`).join('\n') : toString(node));

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
    expect(take('- presenter: Jane Doe\n\nProse after.\n')).toEqual({ speakers: [person('Jane Doe')], byline: ['- presenter: Jane Doe'], rest: ['Prose after.'] });
  });

  it('leaves a "speaker:" bullet that has sub-points, and bullets that name nobody', () => {
    expect(take('- Speaker: Jane Doe\n  - she maintains etcd\n')).toEqual({ speakers: [], byline: [], rest: ['- Speaker: Jane Doeshe maintains etcd'] });
    expect(take('- first point\n- second point\n')).toEqual({ speakers: [], byline: [], rest: ['- first point\n- second point'] });
  });
});

describe('takeSpeakerLines, labelled lines', () => {
  it('reads "Speaker:", "Speakers:", "Presented by", "Panelists:" and "By" lines', () => {
    expect(take('Speaker: Jane Doe\n\n- point\n')).toEqual({ speakers: [person('Jane Doe')], byline: ['Speaker: Jane Doe'], rest: ['- point'] });
    expect(take('Speakers: moses schwartz, andy culler, Box\n').speakers).toEqual([person('moses schwartz', 'Box'), person('andy culler', 'Box')]);
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

  it('looks at the first block only', () => {
    expect(take('Some prose first.\n\nSpeaker: Jane Doe\n').speakers).toEqual([]);
    expect(take('').speakers).toEqual([]);
  });
});

describe('takeSpeakerLines, bylines', () => {
  it('reads a name with a job title and the organisation after "@" or "at"', () => {
    expect(take('Jane Doe - Senior Engineer @ Acme\nJohn Roe – Staff Engineer at Beta Corp. Former SRE\n\n- point\n')).toEqual({
      speakers: [person('Jane Doe', 'Acme'), person('John Roe', 'Beta Corp')],
      byline: ['Jane Doe - Senior Engineer @ Acme', 'John Roe – Staff Engineer at Beta Corp. Former SRE'],
      rest: ['- point'],
    });
    expect(take('Ann Lee | VP at Acme, Inc\n').speakers).toEqual([person('Ann Lee', 'Acme')]);
    expect(take('Ann Lee — Principal Architect\n').speakers).toEqual([person('Ann Lee')]);
  });

  it('needs the part after the dash to read as a job title', () => {
    expect(take('Ann Lee - Kubernetes upgrades\n').speakers).toEqual([]);
    expect(take('Ann Lee - at home\n').speakers).toEqual([person('Ann Lee', 'home')]);
  });

  it('reads a line that is only a name, without emphasis or a note in parentheses', () => {
    expect(take('**Jane Doe** (she/her)\n')).toEqual({ speakers: [person('Jane Doe')], byline: ['**Jane Doe** (she/her)'], rest: [] });
    expect(take('Madonna\n').speakers).toEqual([]);
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
