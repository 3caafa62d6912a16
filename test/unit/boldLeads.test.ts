import type { List, Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { boldLead, MAX_LEAD } from '../../src/model/boldLeads.js';
import { buildConference } from '../../src/model/buildConference.js';
import { itemEvidence, NAME_FIRST_LEAD_EVIDENCE, talksOfList } from '../../src/model/reading/listTalks.js';
import { MIN_PLAIN_TALK_LINES } from '../../src/model/talkLines.js';
import { parseNotes } from '../../src/parse/parseNotes.js';
import { leadOf } from '../support/boldLeadOf.js';

// Issue 13: talks named in bold at the start of a bullet or a paragraph, the author's notes on them after it
// (`- **Jane Roe - "Title"**: notes…`, `**Title** (Jane Roe): notes…`).

/** Each talk as "Title | speakers | first block of notes". */
function talksIn(markdown: string): string[] {
  return buildConference(parseNotes(markdown, 'notes.md')).days.flatMap((day) =>
    day.sessions.map((session) => {
      const [first] = session.blocks;
      const notes = first?.kind === 'paragraph' ? first.markdown : (first?.kind ?? '');
      return `${session.title} | ${session.speakers.map((speaker) => speaker.name).join(', ')} | ${notes}`;
    }),
  );
}

describe('boldLead', () => {
  it('reads the bold and its separator: a colon, a dash or a full stop, inside or after the bold', () => {
    expect(leadOf('**Jane Roe - "Fast Builds"**: loved it.')).toEqual([
      'Jane Roe - "Fast Builds"',
      'Jane Roe - "Fast Builds"',
      'loved it.',
      'named',
    ]);
    expect(leadOf('**Fast Builds (Jane Roe):** loved it.')?.slice(0, 3)).toEqual([
      'Fast Builds (Jane Roe)',
      'Fast Builds (Jane Roe)',
      'loved it.',
    ]);
    expect(leadOf('**Fast Builds by Jane Roe** - loved it.')?.[2]).toBe('loved it.');
    expect(leadOf('**Fast Builds by Jane Roe** — loved it.')?.[2]).toBe('loved it.');
    expect(leadOf('**Fast Builds by Jane Roe**. Loved it.')?.[2]).toBe('Loved it.');
    expect(leadOf('**Fast Builds by Jane Roe**：很好')?.[2]).toBe('很好');
  });

  it('takes the speaker written after the bold into the lead: parentheses, a dash, "by"', () => {
    expect(leadOf('**Fast Builds** (Jane Roe): caching, [remote](https://x.org) execution.')).toEqual([
      'Fast Builds (Jane Roe)',
      'Fast Builds (Jane Roe)',
      'caching, [remote](https://x.org) execution.',
      'named',
    ]);
    expect(leadOf('**Fast Builds** — Jane Roe. Caching everywhere.')?.slice(0, 3)).toEqual([
      'Fast Builds — Jane Roe',
      'Fast Builds — Jane Roe',
      'Caching everywhere.',
    ]);
    expect(leadOf('**Schnelle Builds** von Hans Müller: viel Caching.')?.[0]).toBe('Schnelle Builds von Hans Müller');
    expect(leadOf('**Builds rapides** par Marie Curie : beaucoup de cache.')?.[0]).toBe(
      'Builds rapides par Marie Curie',
    );
    expect(leadOf('**Builds rápidos**, por Ana Gómez: mucha caché.')?.[0]).toBe('Builds rápidos, por Ana Gómez');
    // A tail that names no one ends nothing: the lead is the bold, the dash its separator.
    expect(leadOf('**Fast Builds by Jane Roe** - great talk: caching.')?.slice(0, 3)).toEqual([
      'Fast Builds by Jane Roe',
      'Fast Builds by Jane Roe',
      'great talk: caching.',
    ]);
  });

  it('reads titles set apart by quotes, in several languages', () => {
    expect(leadOf('**Hans Müller - „Typen überall“**: ein schöner Vortrag.')?.[3]).toBe('named');
    expect(leadOf('**Marie Curie - « Le futur »**: très bien.')?.[3]).toBe('named');
    expect(leadOf('**Giorgio Rossi - “Il futuro”**: bello.')?.[3]).toBe('named');
  });

  it('reads a lead that names its speaker only when read speaker first as less sure', () => {
    expect(leadOf('**Jane Roe, staff engineer at Example - Roadmap and Q&A**: notes.')?.[3]).toBe('nameFirst');
    expect(leadOf('**Jane Roe - Roadmap**: notes.')?.[3]).toBe('nameFirst');
  });

  it('is null for a bold that names no talk, nothing after it, or no bold first', () => {
    expect(leadOf('**Note**: remember this.')).toBeNull();
    expect(leadOf('**Tip** - cache it.')).toBeNull();
    expect(leadOf('**Jane Roe**: we should test more.')).toBeNull();
    expect(leadOf('**Caching (Redis)**: use it.')).toBeNull();
    expect(leadOf('**Fast Builds (Jane Roe)**:')).toBeNull();
    expect(leadOf('**Fast Builds (Jane Roe)**')).toBeNull();
    expect(leadOf('**Fast Builds (Jane Roe)** notes without a separator')).toBeNull();
    expect(leadOf('Then **Fast Builds (Jane Roe)**: notes.')).toBeNull();
  });

  it(`is null for a lead longer than ${MAX_LEAD} characters`, () => {
    const title = (length: number) => 'x'.repeat(length - ' (Jane Roe)'.length);
    expect(leadOf(`**${title(MAX_LEAD)} (Jane Roe)**: notes.`)?.[0]).toHaveLength(MAX_LEAD);
    expect(leadOf(`**${title(MAX_LEAD + 1)} (Jane Roe)**: notes.`)).toBeNull();
  });
});

describe('boldLead at its edges', () => {
  /** The first paragraph of `markdown` and the notes' source. */
  function firstParagraph(markdown: string): { paragraph: Paragraph; source: string } {
    const notes = parseNotes(markdown, 'notes.md');
    const paragraph = notes.tree.children.find((node): node is Paragraph => node.type === 'paragraph')!;
    return { paragraph, source: notes.source };
  }

  it('gives the rest as a paragraph of its own: the nodes from the separator on, the text cut there, and where it starts', () => {
    const { paragraph, source } = firstParagraph(
      '# Conf\n\n**Fast Builds** (Jane Roe): caching, [remote](https://x.org) run.\n\nMore notes.\n',
    );
    const rest = boldLead(paragraph, source)!.rest;
    expect(rest.type).toBe('paragraph');
    expect(rest.children.map((child) => [child.type, toString(child)])).toEqual([
      ['text', 'caching, '],
      ['link', 'remote'],
      ['text', ' run.'],
    ]);
    expect(rest.position!.start).toEqual({ line: 3, column: 29, offset: 36 });
    expect(rest.children[0]!.position!.start).toEqual({ line: 3, column: 29, offset: 36 });
  });

  it("keeps a node that starts right at the separator's end, and no empty text before it", () => {
    const { paragraph, source } = firstParagraph('**Fast Builds by Jane Roe** - [slides](https://x.org) here');
    const rest = boldLead(paragraph, source)!.rest;
    expect(rest.children.map((child) => [child.type, toString(child)])).toEqual([
      ['link', 'slides'],
      ['text', ' here'],
    ]);
  });

  it('reads a colon inside the bold only at its end, and none inside a word', () => {
    expect(leadOf('**Jane Roe - "Fast:Builds"**: notes.')).toEqual([
      'Jane Roe - "Fast:Builds"',
      'Jane Roe - "Fast:Builds"',
      'notes.',
      'named',
    ]);
    expect(leadOf('**Fast Builds: the sequel by Jane Roe** - notes.')?.slice(0, 3)).toEqual([
      'Fast Builds: the sequel by Jane Roe',
      'Fast Builds: the sequel by Jane Roe',
      'notes.',
    ]);
    // No space after the colon inside the bold (a mark follows, or the bold would not close).
    expect(leadOf('**Fast Builds (Jane Roe):**"notes".')?.[2]).toBe('"notes".');
  });

  it('makes the spaces of the lead single, and reads "By" in capitals', () => {
    expect(leadOf('**Fast Builds** (Jane  Roe): notes.')?.slice(0, 2)).toEqual([
      'Fast Builds (Jane Roe)',
      'Fast Builds (Jane Roe)',
    ]);
    expect(leadOf('**Fast Builds** By Jane Roe: notes.')?.[0]).toBe('Fast Builds By Jane Roe');
  });

  it('keeps the marks inside the bold in its Markdown', () => {
    expect(leadOf('**_Fast_ Builds (Jane Roe)**: notes.')?.slice(0, 2)).toEqual([
      'Fast Builds (Jane Roe)',
      '_Fast_ Builds (Jane Roe)',
    ]);
  });

  it('needs the separator right after the bold', () => {
    expect(leadOf('**Fast Builds by Jane Roe** was great: caching.')).toBeNull();
  });

  it('is null for a paragraph with no node, no position, or a bold with no words', () => {
    const at = (offset: number) => ({ line: 1, column: offset + 1, offset });
    expect(boldLead({ type: 'paragraph', children: [], position: { start: at(0), end: at(5) } }, 'notes')).toBeNull();
    const strong = (children: PhrasingContent[]) =>
      ({ type: 'strong', children, position: { start: at(0), end: at(4) } }) as const;
    const words = (value: string): PhrasingContent => ({ type: 'text', value });
    expect(boldLead({ type: 'paragraph', children: [strong([words('Fast Builds (Jane Roe):')])] }, 'x')).toBeNull();
    expect(
      boldLead({ type: 'paragraph', children: [strong([])], position: { start: at(0), end: at(10) } }, '****: notes'),
    ).toBeNull();
  });

  it("reads a bold's words without positions as their text", () => {
    const source = '**Fast Builds (Jane Roe):** notes.';
    const at = (offset: number) => ({ line: 1, column: offset + 1, offset });
    const lead = (children: PhrasingContent[]) =>
      boldLead(
        {
          type: 'paragraph',
          children: [
            { type: 'strong', children, position: { start: at(0), end: at(27) } },
            { type: 'text', value: ' notes.', position: { start: at(27), end: at(34) } },
          ],
          position: { start: at(0), end: at(34) },
        },
        source,
      )?.markdown;
    const placed = (value: string, start: number, end: number): PhrasingContent => ({
      type: 'text',
      value,
      position: { start: at(start), end: at(end) },
    });
    expect(lead([{ type: 'text', value: 'Fast Builds (Jane Roe):' }])).toBe('Fast Builds (Jane Roe)');
    // One end without a position is enough.
    expect(lead([{ type: 'text', value: 'Fast Builds ' }, placed('(Jane Roe):', 14, 25)])).toBe(
      'Fast Builds (Jane Roe)',
    );
    expect(lead([placed('Fast Builds ', 2, 14), { type: 'text', value: '(Jane Roe):' }])).toBe(
      'Fast Builds (Jane Roe)',
    );
  });
});

describe('bold leads in a list', () => {
  it('weighs an item on its lead however long its notes: named 1, read speaker first less', () => {
    const weigh = (markdown: string) => {
      const notes = parseNotes(markdown, 'notes.md');
      const list = notes.tree.children[0] as List;
      return itemEvidence(list.children[0]!, false, notes.source);
    };
    const long = 'notes '.repeat(60);
    expect(weigh(`- **Fast Builds (Jane Roe)**: ${long}`)).toBe(1);
    expect(weigh(`- **Jane Roe - Roadmap**: ${long}`)).toBe(NAME_FIRST_LEAD_EVIDENCE);
    expect(weigh(`- **Roadmap**: ${long}`)).toBe(0);
  });

  it('reads three items as talks, the words after each lead its notes, speaker first where most write so', () => {
    const markdown = [
      '# Meetup Roma 2015',
      '',
      '### Appunti sparsi',
      '',
      '- **Giorgio Rossi - "Arduino e Unity"**: che dire, Giorgio è Giorgio.',
      '- **Anna Bianchi - "Virus su Linux"**: figata totale.',
      '- **Marco Verdi, docente di workshop - Presentazione e Q&A**: un piacere.',
      '',
    ].join('\n');
    expect(talksIn(markdown)).toEqual([
      'Arduino e Unity | Giorgio Rossi | che dire, Giorgio è Giorgio.',
      'Virus su Linux | Anna Bianchi | figata totale.',
      'Presentazione e Q&A | Marco Verdi | un piacere.',
    ]);
  });

  it('reads items with the speaker after the bold, in several languages', () => {
    const markdown = [
      '# Conf 2024',
      '',
      '- **Fast Builds** (Jane Roe): caching everywhere.',
      '- **Schnelle Tests** von Hans Müller: viel parallel.',
      '- **Le futur** — Marie Curie. Très bien.',
      '',
    ].join('\n');
    expect(talksIn(markdown)).toEqual([
      'Fast Builds | Jane Roe | caching everywhere.',
      'Schnelle Tests | Hans Müller | viel parallel.',
      'Le futur | Marie Curie | Très bien.',
    ]);
  });

  it('keeps a list of bold captions over notes as notes', () => {
    const notes = parseNotes('- **Pros**: fast builds.\n- **Cons**: slow tests.\n- **Verdict**: try it.\n', 'notes.md');
    expect(talksOfList(notes.tree.children[0] as List, notes.source, null, false)).toBeNull();
  });
});

describe('bold leads in paragraphs', () => {
  const paragraphs = (count: number) =>
    [
      '# Conf 2024',
      '',
      '## Day 1',
      '',
      '**Fast Builds** (Jane Roe): caching everywhere.',
      '',
      '**Schnelle Tests** von Hans Müller: viel parallel.',
      '',
      '**Le futur** — Marie Curie. Très bien.',
      '',
      '**Rust in Prod** by Ann Lee: memory safety stories.',
      '',
    ]
      .slice(0, 4 + count * 2)
      .join('\n');

  it(`reads a run of ${MIN_PLAIN_TALK_LINES} or more as talks, the words after each lead its notes`, () => {
    expect(talksIn(paragraphs(MIN_PLAIN_TALK_LINES))).toEqual([
      'Fast Builds | Jane Roe | caching everywhere.',
      'Schnelle Tests | Hans Müller | viel parallel.',
      'Le futur | Marie Curie | Très bien.',
    ]);
    expect(talksIn(paragraphs(4))).toHaveLength(4);
  });

  it(`reads fewer than ${MIN_PLAIN_TALK_LINES} as the day's notes`, () => {
    const conference = buildConference(parseNotes(paragraphs(MIN_PLAIN_TALK_LINES - 1), 'notes.md'));
    expect(conference.days.map((day) => [day.title, day.sessions.length, day.intro.length])).toEqual([['Day 1', 0, 2]]);
  });
});
