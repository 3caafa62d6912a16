import { describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { labelSectionIn, namesUnderLabel } from '../../src/model/speakers/labelSections.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

const person = (name: string, org: string | null = null) => ({ name, org });
const words = (nodes: RootContent[]) => nodes.map((node) => toString(node));

/** labelSectionIn on a talk's body written in Markdown. */
function section(markdown: string) {
  return labelSectionIn(parseMarkdown(markdown).children, markdown);
}

describe('labelSectionIn: a label heading anywhere in the talk', () => {
  it('reads a heading that says who spoke, after other sections', () => {
    const read = section('#### Abstract\n\nAbout Kafka.\n\n#### Speaker: Jane Roe  \n\nNotes.\n');
    expect(read?.speakers).toEqual([person('Jane Roe')]);
    expect(read?.title).toBeNull();
    expect(read?.byline).toEqual(['#### Speaker: Jane Roe']);
    expect(words(read!.rest)).toEqual(['Abstract', 'About Kafka.', 'Notes.']);
  });

  it('reads a label heading or a label line over the names', () => {
    const list = section('#### Speakers\n\n- Jane Roe (@jroe)\n- John Doe - CTO, Acme\n\nNotes.\n');
    expect(list?.speakers).toEqual([person('Jane Roe'), person('John Doe', 'Acme')]);
    expect(list?.byline).toEqual(['#### Speakers', '- Jane Roe (@jroe)\n- John Doe - CTO, Acme']);
    expect(words(list!.rest)).toEqual(['Notes.']);
    const lines = section('Notes first.\n\n**Intervenants :**\n\nJane Roe - CTO, Acme\n@jroe\n\nMore notes.\n');
    expect(lines?.speakers).toEqual([person('Jane Roe', 'Acme')]);
    expect(lines?.byline).toEqual(['**Intervenants :**', 'Jane Roe - CTO, Acme\n@jroe']);
    expect(words(lines!.rest)).toEqual(['Notes first.', 'More notes.']);
    expect(section('### 【登壇者】\n\n- Jane Roe\n')?.speakers).toEqual([person('Jane Roe')]);
  });

  it('reads no labelled paragraph itself, nor a label with nothing under it that names', () => {
    expect(section('Speaker: Jane Roe\n\nNotes.\n')).toBeNull();
    expect(section('#### Speakers\n')).toBeNull();
    expect(section('#### Speakers\n\nThe slides are online.\n')).toBeNull();
    expect(section('#### Speakers\n\n- Jane Roe\n- the slides\n')).toBeNull();
    expect(section('- Speaker: Jane Roe\n\n#### Notes\n')).toBeNull();
    expect(section('#### Our speakers\n\n- Jane Roe\n')).toBeNull();
    expect(section('')).toBeNull();
    expect(section('    Speakers\n\n- Jane Roe\n')).toBeNull();
  });

  it('reads a label line by its words, links after them off', () => {
    expect(section('Speakers [here](https://example.com)\n\n- Jane Roe\n')?.speakers).toEqual([person('Jane Roe')]);
  });
});

describe('namesUnderLabel: the names under a label', () => {
  const under = (markdown: string) => namesUnderLabel(parseMarkdown(markdown).children[0]!, markdown);

  it('reads bullets of one line that each name, or lines that each name', () => {
    expect(under('- Jane Roe\n- John Doe, Staff Engineer at Acme\n')).toEqual([
      person('Jane Roe'),
      person('John Doe', 'Acme'),
    ]);
    expect(under('Jane Roe\nJohn Doe\n')).toEqual([person('Jane Roe'), person('John Doe')]);
    expect(under('**Jane Roe**  \n_John Doe_\n')).toEqual([person('Jane Roe'), person('John Doe')]);
  });

  it('reads nothing from a bullet with sub-points, a line of notes, or another block', () => {
    expect(under('- Jane Roe\n  - she maintains etcd\n')).toBeNull();
    expect(under('Jane Roe\nthe slides are online\n')).toBeNull();
    expect(under('> Jane Roe\n')).toBeNull();
    expect(under('## Jane Roe\n')).toBeNull();
    expect(under('    Jane Roe\n')).toBeNull();
    expect(under('Topic: Kafka\nJane Roe\n')).toBeNull();
  });
});
