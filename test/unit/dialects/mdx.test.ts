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

describe('MDX, attribute by attribute', () => {
  it('drops every layout attribute, whatever its case, and keeps the others', () => {
    const layout = ['id', 'class', 'className', 'style', 'src', 'href', 'type', 'width', 'height', 'size', 'key'];
    const more = ['lang', 'language', 'variant', 'color', 'theme', 'icon', 'slot', 'target', 'rel', 'value'];
    for (const key of [...layout, ...more])
      expect(componentText('Box', `<Box ${key}="Main Hall" label="Room" />`), key).toBe('Box: Room');
    expect(componentText('Box', '<Box Width="Main Hall" />')).toBe('');
  });

  it('puts the first person attribute first, the rest in parentheses', () => {
    for (const key of ['name', 'speaker', 'author', 'presenter', 'by', 'fullName'])
      expect(componentText('Talk', `<Talk room="Main Hall" ${key}="Jane Roe" />`), key).toBe(
        'Talk: Jane Roe (Main Hall)',
      );
    expect(componentText('Talk', '<Talk name="Jane Roe" author="Ann Lee" title="Keynote" />')).toBe(
      'Talk: Jane Roe (Keynote · Ann Lee)',
    );
    expect(componentText('Talk', '<Talk name="Jane Roe" />')).toBe('Talk: Jane Roe');
    expect(componentText('Ui.Talk', '<Ui.Talk title="Keynote" title="Again Here" />')).toBe(
      'Talk: Keynote, Again Here',
    );
  });

  it('reads every way of writing a value: quotes, braces around a string, an element', () => {
    expect(
      componentText(
        'C',
        `<C a="One Two" b='Three Four' c={ "Five Six" } d={'Seven'} e={\`Eight\`} f = {<b>Nine <i>Ten</i></b>} />`,
      ),
    ).toBe('C: One Two, Three Four, Five Six, Seven, Eight, Nine Ten');
    expect(componentText('C', '<C data-note="Rooms Two" x={count} />')).toBe('C: Rooms Two');
  });

  it('keeps words only: no paths, URLs, anchors, file names, numbers or lower-case keywords', () => {
    for (const value of ['https://x.org/A B', '/Docs', './A', '../A', '#Top', 'Logo.png', '42', 'note', 'ftp://A'])
      expect(componentText('C', `<C label="${value}" />`), value).toBe('');
    for (const value of ['two words', 'Capital', 'café', 'Logo.abcde', 'A.b.png'])
      expect(componentText('C', `<C label="${value}" />`), value).toBe(`C: ${value}`);
  });

  it("makes a title around a block a bold line, not a self-closing component's title", () => {
    expect(componentText('Note', '<Note title="Heads Up">')).toBe('**Heads Up**');
    expect(componentText('Note', '<Note title="Heads Up" / >')).toBe('Note: Heads Up');
    expect(componentText('Note', '<Note title="Heads Up" label="More Words">')).toBe('Note: Heads Up, More Words');
  });
});

describe('MDX, lines', () => {
  it('drops every kind of module line, and no line that only starts like one', () => {
    const dropped = [
      "import './styles.css'",
      'import "x"',
      "import Tabs, { TabItem } from '@theme/Tabs'",
      "import * as X from 'x'",
      "import {$a} from 'x'",
      'export default function Page() {}',
      'export const a = 1',
      'export let a = 1',
      'export var a = 1',
      'export function f() {}',
      'export async function f() {}',
      'export { a }',
    ];
    for (const line of dropped)
      expect(normalize(mdx, line), line).toEqual({ text: '', repairs: [{ line: 1, message: expect.any(String) }] });
    for (const line of [
      'important things',
      'export ideas',
      'exports const',
      'import data from CSV',
      ' import "x"',
      'export  defaults',
    ])
      expect(normalize(mdx, line).text, line).toBe(line);
  });

  it('ends a module statement where its brackets balance, and drops one that never does only on its line', () => {
    expect(normalize(mdx, 'export const a = [\n  1,\n  (2),\n]\nText').text).toBe('\n\n\n\nText');
    expect(normalize(mdx, 'export const a = {\nText').text).toBe('\nText');
    expect(normalize(mdx, `export const a = {\n${'x\n'.repeat(200)}}`).text.split('\n')[1]).toBe('x');
  });

  it('reads a component tag over lines up to its closing bracket, not one inside quotes or braces', () => {
    expect(normalize(mdx, '<Card\n  title="A > B"\n  note={x > 1}\n  label="Main Hall">\nbody').text).toBe(
      'Card: A > B, Main Hall\n\n\n\nbody',
    );
    // A tag is read over 20 lines at most.
    expect(normalize(mdx, `<Card\n${'  x="y"\n'.repeat(18)}/>`).text).toBe('\n'.repeat(19));
    const open = `<Card\n${'  x="y"\n'.repeat(19)}/>`;
    expect(normalize(mdx, open).text).toBe(open);
  });

  it('keeps what follows a tag on its line, and a closing tag as nothing', () => {
    expect(normalize(mdx, '<Card label="Main Hall">Words after</Card>').text).toBe(
      'Card: Main Hall Words after</Card>',
    );
    expect(normalize(mdx, '  </Tabs> after').text).toBe('  after');
    expect(normalize(mdx, '<Tabs.Item>').text).toBe('');
    expect(normalize(mdx, '<Tabsy').text).toBe('<Tabsy');
    expect(normalize(mdx, '<T-x label="A B">').text).toBe('<T-x label="A B">');
  });
});

describe('MDX, edges', () => {
  it('says which module line it dropped', () => {
    const { repairs } = normalize(mdx, "import Tabs from '@theme/Tabs';\nText");
    expect(repairs).toEqual([{ line: 1, message: "Dropped MDX `import Tabs from '@theme/Tabs';`" }]);
  });

  it('writes the text of a tag over lines on its first line, wherever it stands, unless right under a text', () => {
    // Far from the top of the file, and after a closing tag (which writes no text): the first line still.
    expect(normalize(mdx, 'a\n\nb\n<Card\n  title="Keynote"\n/>').text).toBe('a\n\nb\nCard: Keynote\n\n');
    expect(normalize(mdx, '</Tabs>\n<Card\n  title="Keynote"\n/>').text).toBe('\nCard: Keynote\n\n');
    // Right under a text: on its last line, the two apart.
    expect(normalize(mdx, '<Speaker name="Jane Roe" />\n<Card\n  title="Keynote"\n/>').text).toBe(
      'Speaker: Jane Roe\n\n\nCard: Keynote',
    );
  });

  it('keeps the indent of a closing tag over lines on its first line', () => {
    expect(normalize(mdx, '<Speaker name="Jane Roe" />\n  </Tabs\n  >').text).toBe('Speaker: Jane Roe\n  \n');
  });

  it("reads a tag's end past a `>` inside single quotes", () => {
    expect(normalize(mdx, '<Card\n  title=\'A > B\'\n  label="Main Hall">\nbody').text).toBe(
      'Card: A > B, Main Hall\n\n\nbody',
    );
  });

  it('makes a title a bold line unless the tag itself closes, not a `/>` inside a value', () => {
    expect(componentText('Note', '<Note title="Heads Up" data="a/>">')).toBe('**Heads Up**');
  });

  it("trims a value's spaces", () => {
    expect(componentText('Card', '<Card title="  Keynote  " room=" Main Hall " />')).toBe('Card: Keynote, Main Hall');
  });

  it('drops a module line with several spaces between its words', () => {
    for (const line of ["import  './styles.css'", "import X from  'x'", 'export  const a = 1'])
      expect(normalize(mdx, line).text, line).toBe('');
  });

  it('reads an element given as a value inside spaced braces', () => {
    expect(componentText('Card', '<Card title={ <a href="/x">Alpha Systems</a> } />')).toBe('Card: Alpha Systems');
  });

  it("keeps a person's component around a block as a speaker line, its title in parentheses", () => {
    expect(componentText('Talk', '<Talk title="Keynote" speaker="Jane Roe">')).toBe('Talk: Jane Roe (Keynote)');
  });

  it('tells paths, addresses and file names only by how a value starts and ends, in any case', () => {
    for (const value of ['Before / After', 'Talk #2', 'Logo.p'])
      expect(componentText('C', `<C label="${value}" />`), value).toBe(`C: ${value}`);
    for (const value of ['HTTP://Example.org/Some Page', 'Logo.jpeg', 'Logo.PNG', 'iPhone'])
      expect(componentText('C', `<C label="${value}" />`), value).toBe('');
  });
});
