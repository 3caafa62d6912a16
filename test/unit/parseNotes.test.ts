import { describe, expect, it } from 'vitest';
import { RecapError } from '../../src/errors.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

const FILE = 'notes/kubecon.md';

/** The error parseNotes throws for `text`, or a failure when it throws none. */
function refusal(text: string): RecapError {
  try {
    parseNotes(text, FILE);
  } catch (error) {
    if (error instanceof RecapError) return error;
    throw error;
  }
  throw new Error('parseNotes read the notes');
}

describe('parseNotes', () => {
  it('drops a byte order mark and reads Windows and old Mac line ends as newlines', () => {
    const notes = parseNotes('\uFEFF# Day 1\r\n\r\n## Talk\r- point\n', FILE);
    expect(notes.source).toBe('# Day 1\n\n## Talk\n- point\n');
    expect(notes.file).toBe(FILE);
    expect(notes.tree.children.map((node) => [node.type, node.position?.start.line])).toEqual([
      ['heading', 1],
      ['heading', 3],
      ['list', 4],
    ]);
    // Only a leading mark is one: a later U+FEFF is text.
    expect(parseNotes('a\uFEFF', FILE).source).toBe('a\uFEFF');
  });

  it('reads the front matter, blanks it out of the source, and keeps plain values as written', () => {
    const notes = parseNotes('---\ntitle: KubeCon\ntags: [a, b]\n---\n# Day 1\n', FILE);
    expect(notes.frontMatterKind).toBe('yaml');
    expect(notes.frontMatter).toEqual({ title: 'KubeCon', tags: ['a', 'b'] });
    expect(notes.source.split('\n')[4]).toBe('# Day 1');
    expect(notes.tree.children[0]?.position?.start.line).toBe(5);
  });

  it('makes front matter strings safe at every depth, each on one line', () => {
    const notes = parseNotes(
      [
        '---',
        'title: "Conf <b>bold</b>\\n  [x](javascript:y)"',
        'plain: "a\\nb"',
        'authors: ["Ada <img src=x>", "Bo"]',
        'venue: { name: "Hall [1](javascript:z)", rooms: [{ label: "R <i>1</i>" }] }',
        'deep: { a: { b: { c: { d: "<b>kept</b>" } } } }',
        'list: [[[["<b>kept</b>"], "<b>x</b>"]]]',
        'count: 3',
        'none: null',
        '---',
        '# Day 1',
      ].join('\n'),
      FILE,
    );
    expect(notes.frontMatter).toEqual({
      title: 'Conf bold x',
      plain: 'a\nb',
      authors: ['Ada ', 'Bo'],
      venue: { name: 'Hall 1', rooms: [{ label: 'R 1' }] },
      deep: { a: { b: { c: { d: '<b>kept</b>' } } } },
      // Past three levels a list or map is kept as it is; a string is always made safe.
      list: [[[['<b>kept</b>'], 'x']]],
      count: 3,
      none: null,
    });
  });

  it('keeps a TOML date a date', () => {
    const notes = parseNotes('+++\nday = 2024-03-20\ntitle = "a <b>x</b>"\n+++\n# Day 1\n', FILE);
    expect(notes.frontMatterKind).toBe('toml');
    expect(notes.frontMatter.title).toBe('a x');
    expect(notes.frontMatter.day).toBeInstanceOf(Date);
    expect((notes.frontMatter.day as Date).toISOString()).toBe('2024-03-20');
  });

  it('reads remote images in front matter without a warning, and passes the options on', () => {
    const remote = parseNotes('---\ntitle: "![logo](https://example.com/logo.png) <b>x</b>"\n---\n# Day 1\n', FILE);
    expect(remote.frontMatter.title).toBe('![logo](https://example.com/logo.png) x');
    expect(remote.repairs).toEqual([]);
    const outside = '# Day 1\n\n![map](../../map.png)\n';
    expect(parseNotes(outside, FILE).source).toBe('# Day 1\n\nmap\n');
    expect(parseNotes(outside, FILE, { allowLocalFiles: true }).source).toMatch(
      /^# Day 1\n\n!\[map\]\(<file:\/\/.*\/map\.png>\)\n$/,
    );
  });

  it("rewrites note tools' markup and lists every repair, in line order", () => {
    const notes = parseNotes(
      "# Day 1\n\n[a](javascript:alert(1))\n\n##Day 2\n\nSee [[Other Page]]\n\nimport Chart from './chart.js'\n",
      FILE,
    );
    expect(notes.source).toBe('# Day 1\n\na\n\n## Day 2\n\nSee Other Page\n\n\n');
    expect(notes.repairs.map((repair) => repair.line)).toEqual([3, 5, 9]);
  });

  it('refuses notes of more than 20,000 lines at the first line past them', () => {
    const error = refusal('x\n'.repeat(20_001));
    expect(error.message).toBe(
      'Cannot read notes of more than 20000 lines, expected at most 20000: split them into several files',
    );
    expect([error.kind, error.file, error.line]).toEqual(['input', FILE, 20_001]);
  });

  it('refuses lists nested over 100 deep, naming the depth and line', () => {
    const error = refusal(`# Day 1\n\n${'> '.repeat(101)}deep\n`);
    expect(error.message).toBe('Cannot read lists or quotes nested 101 deep, expected at most 100');
    expect([error.kind, error.file, error.line]).toEqual(['input', FILE, 3]);
  });

  it('refuses a paragraph of over 2000 emphasis markers, naming the count and line', () => {
    const error = refusal(`# Day 1\n\ntext\n${'*a '.repeat(2001)}\n`);
    expect(error.message).toBe('Cannot read a paragraph with 2001 emphasis markers, expected at most 2000');
    expect([error.kind, error.file, error.line]).toEqual(['input', FILE, 3]);
  });
});
