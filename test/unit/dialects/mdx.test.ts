import { describe, expect, it } from 'vitest';
import { buildConference } from '../../../src/model/buildConference.js';
import { componentText, mdx } from '../../../src/parse/dialects/mdx.js';
import { parseNotes } from '../../../src/parse/parseNotes.js';
import { normalize } from './normalize.js';

describe('MDX', () => {
  it('drops import and export lines with a warning, a multi-line export whole', () => {
    const { text, repairs } = normalize(
      mdx,
      "import Tabs from '@theme/Tabs';\nexport const meta = {\n  title: 'x',\n};\n\nText",
    );
    expect(text).toBe('\n\n\n\n\nText');
    expect(repairs.map((repair) => repair.line)).toEqual([1, 2]);
  });

  it('turns components into the text of their word attributes, children kept', () => {
    expect(normalize(mdx, '<Speaker name="Jane Roe" position="CTO, Example" />').text).toBe(
      'Speaker: Jane Roe (CTO · Example)',
    );
    expect(
      normalize(mdx, '<Tabs groupId="x">\n<TabItem value="a" label="Python API">\nbody\n</TabItem>\n</Tabs>').text,
    ).toBe('\nTabItem: Python API\nbody\n\n');
    expect(normalize(mdx, '<Card\n  title="Keynote"\n  href="/keynote"\n/>').text).toBe('Card: Keynote\n\n\n');
    expect(componentText('Image', '<Image src="/a.png" width="300" alt="Stage photo" />')).toBe('Image: Stage photo');
    expect(componentText('Card', '<Card title="Keynote" room="Main Hall" />')).toBe('Card: Keynote, Main Hall');
  });

  it("turns a component's title around a block into a bold line, an element given as the title into its words", () => {
    const text = [
      '<Admonition type="danger" title={<a href="/docs/alpha">Alpha Systems</a>}>',
      '  <Speaker',
      "    name='Jane Roe'",
      "    position='CTO at Example'",
      '  />',
      '</Admonition>',
    ].join('\n');
    // The speaker's text goes on its tag's last line, so the title line and it stay two paragraphs.
    expect(normalize(mdx, text).text).toBe('**Alpha Systems**\n\n\n\n  Speaker: Jane Roe (CTO at Example)\n');
    expect(componentText('Card', '<Card title="Keynote" />')).toBe('Card: Keynote');
  });

  it('reads talks from titled components under day headings, with their Speaker components', () => {
    const talk = (title: string, name: string) =>
      `<Admonition type="note" title={<a href="/x">${title}</a>}>\n  <Speaker\n    name='${name}'\n  />\n</Admonition>\n`;
    const notes = `## Day One\n\n${talk('Alpha Systems', 'Jane Roe')}\n${talk('Beta Testing', 'John Doe')}\n## Day Two\n\n${talk('Gamma Rays', 'Ann Lee')}\n${talk('Delta Force', 'Bob Smith')}`;
    const read = buildConference(parseNotes(notes, 'notes.mdx'));
    expect(
      read.days.map((day) => [day.title, day.sessions.map((session) => [session.title, session.speakers[0]?.name])]),
    ).toEqual([
      [
        'Day One',
        [
          ['Alpha Systems', 'Jane Roe'],
          ['Beta Testing', 'John Doe'],
        ],
      ],
      [
        'Day Two',
        [
          ['Gamma Rays', 'Ann Lee'],
          ['Delta Force', 'Bob Smith'],
        ],
      ],
    ]);
  });

  it('leaves prose, lower-case HTML and code alone', () => {
    const text =
      'We import data from CSV.\n<div class="x">Hi</div>\n```jsx\n<Speaker name="A B" />\n```\nA List<String> in prose';
    expect(normalize(mdx, text)).toEqual({ text, repairs: [] });
  });

  it("lets the model read a Speaker component as the talk's speaker", () => {
    const notes =
      'import Speaker from \'../Speaker\';\n\n## The Grammar of Code\n\n<Speaker name="Jane Roe" position="CTO, Example" />\n\n- a point\n';
    const session = buildConference(parseNotes(notes, 'notes.mdx')).days[0]!.sessions[0]!;
    expect(session.title).toBe('The Grammar of Code');
    expect(session.speakers).toEqual([{ name: 'Jane Roe', org: 'CTO · Example' }]);
    expect(session.blocks.map((block) => block.kind)).toEqual(['list']);
  });
});
