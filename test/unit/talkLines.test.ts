import type { PhrasingContent, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import {
  boldTitleAndName,
  isTalkLine,
  namedOrTimed,
  plainTalkLine,
  talkLineHeads,
  timedTalkLine,
} from '../../src/model/talkLines.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** The first top-level node of `text`, as the outline sees it. */
function firstNode(text: string): RootContent {
  return parseNotes(text, 'notes.md').tree.children[0]!;
}

const talkLine = (text: string) => isTalkLine(firstNode(text));

describe('isTalkLine: a line that names a talk and its speaker, the title set apart', () => {
  it('reads a bold title with "von", "by", "par" or "por" and a name after it', () => {
    expect(talkLine('**Sichere Pipelines** von Jane Roe')).toBe(true);
    expect(talkLine('**Safe Pipelines** by Jane Roe')).toBe(true);
    expect(talkLine('**Safe Pipelines**, by Jane Roe')).toBe(true);
    expect(talkLine('**Des tests lisibles** par Jane Roe')).toBe(true);
    expect(talkLine('**Pruebas legibles** por Jane Roe')).toBe(true);
  });

  it('reads a line all bold, title and speaker', () => {
    expect(talkLine('**„Sichere Pipelines“ von Jane Roe**')).toBe(true);
    // Bold with only spaces after it: the whole line is the bold part.
    expect(talkLine('**„Sichere Pipelines“ von Jane Roe**  ')).toBe(true);
  });

  it('reads the bold title and the byline over two lines, not three', () => {
    expect(talkLine('**Safe Pipelines**\nby Jane Roe')).toBe(true);
    expect(talkLine('**Safe Pipelines**\nby Jane Roe\nand more')).toBe(false);
  });

  it('refuses a bold title followed by anything but a byline', () => {
    expect(talkLine('**Safe Pipelines** were shown by Jane Roe')).toBe(false);
    // "by" must start the rest, and a name must follow it.
    expect(talkLine('**Safe Pipelines** nearby Jane Roe')).toBe(false);
    expect(talkLine('**Safe Pipelines** by')).toBe(false);
    // "bye" is no "by".
    expect(talkLine('**Safe Pipelines** bye Jane Roe')).toBe(false);
  });

  it('refuses a bold line that names nobody', () => {
    expect(talkLine('**Safe Pipelines**')).toBe(false);
  });

  it('reads a quoted title with "by" and a name after its closing quote', () => {
    expect(talkLine('"Safe Pipelines" by Jane Roe')).toBe(true);
    expect(talkLine('„Sichere Pipelines“ von Jane Roe')).toBe(true);
    expect(talkLine('“Safe Pipelines”, by Jane Roe')).toBe(true);
    expect(talkLine('«Tests lisibles» par Jane Roe')).toBe(true);
    expect(talkLine('‘Safe Pipelines’ by Jane Roe')).toBe(true);
  });

  it('refuses a quoted line whose closing quote has no byline after it', () => {
    expect(talkLine('"Safe Pipelines" was a talk by Jane Roe')).toBe(false);
    expect(talkLine('"Safe Pipelines" by')).toBe(false);
    expect(talkLine('"Safe Pipelines" bye Jane Roe')).toBe(false);
  });

  it('needs the quote to open the line', () => {
    expect(talkLine('Then "Safe Pipelines" by Jane Roe')).toBe(false);
    expect(talkLine('Safe Pipelines by Jane Roe')).toBe(false);
  });

  it('reads a line of 160 characters, not 161 (the bold marks are no text)', () => {
    // "<title> by Jane Roe" once read: the title and 12 characters.
    const ofLength = (length: number) => `**Safe ${'x'.repeat(length - 12 - 5)}** by Jane Roe`;
    expect(talkLine(ofLength(160))).toBe(true);
    expect(talkLine(ofLength(161))).toBe(false);
  });

  it('refuses an empty paragraph and nodes that are not paragraphs', () => {
    expect(isTalkLine({ type: 'paragraph', children: [] })).toBe(false);
    expect(isTalkLine({ type: 'paragraph', children: [{ type: 'text', value: '  ' }] })).toBe(false);
    expect(talkLine('## Safe Pipelines by Jane Roe')).toBe(false);
    expect(talkLine('- **Safe Pipelines** by Jane Roe')).toBe(false);
  });

  it('reads "BY" in capitals, before a bold or after a quoted title', () => {
    expect(talkLine('**Safe Pipelines** BY Jane Roe')).toBe(true);
    expect(talkLine('"Safe Pipelines" BY Jane Roe')).toBe(true);
  });

  it('reads only a paragraph opening with bold or a quote in its text, not a heading or code', () => {
    expect(talkLine('## **Safe Pipelines** by Jane Roe')).toBe(false);
    expect(talkLine('`"Safe Pipelines"` by Jane Roe')).toBe(false);
  });

  it('reads the bold line with only spaces after it, and its lines once trimmed', () => {
    const bold = (value: string): PhrasingContent => ({ type: 'strong', children: [{ type: 'text', value }] });
    const text = (value: string): PhrasingContent => ({ type: 'text', value });
    const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
    expect(isTalkLine(paragraph(bold('„Sichere Pipelines“ von Jane Roe'), text(' '), text(' ')))).toBe(true);
    // Two lines and a line break after them, not three lines.
    expect(isTalkLine(paragraph(bold('Safe Pipelines'), text('\nby Jane Roe\n')))).toBe(true);
  });

  it('reads a quoted title that opens with its own by-word, the closing quote after it', () => {
    expect(talkLine('"By Design" by Jane Roe')).toBe(true);
    expect(talkLine('„Von Null auf Hundert“ von Jane Roe')).toBe(true);
    expect(talkLine('«Par défaut» par Jane Roe')).toBe(true);
  });

  it('refuses a third line, even one that names a second speaker', () => {
    expect(talkLine('**Safe Pipelines**\nby Jane Roe & John Doe')).toBe(true);
    expect(talkLine('**Safe Pipelines**\nby Jane Roe\n& John Doe')).toBe(false);
  });

  it('counts the spaces around a line break as one, 160 characters in all', () => {
    const bold = (value: string): PhrasingContent => ({ type: 'strong', children: [{ type: 'text', value }] });
    const text = (value: string): PhrasingContent => ({ type: 'text', value });
    // "Safe x… by Jane Roe" once read: the title and 12 characters.
    const ofLength = (length: number): RootContent => ({
      type: 'paragraph',
      children: [bold(`Safe ${'x'.repeat(length - 12 - 5)}`), text('  \n  by Jane Roe')],
    });
    expect(isTalkLine(ofLength(160))).toBe(true);
    expect(isTalkLine(ofLength(161))).toBe(false);
  });
});

describe('boldTitleAndName: a title and a name as two bold lines, a time over them, a role under them', () => {
  const pairOf = (text: string) => boldTitleAndName(firstNode(text), text);
  const talk = { text: 'The Time Is Now', speaker: 'Jane Roe' };

  it('reads the title over the name, and the name over the title', () => {
    expect(pairOf('**The Time Is Now**\n**Jane Roe**')).toEqual(talk);
    expect(pairOf('**Jane Roe**\n**The Time Is Now**')).toEqual(talk);
  });

  it('skips a line with only a time over the pair', () => {
    expect(pairOf('10:30a\n**The Time Is Now**\n**Jane Roe**')).toEqual(talk);
    expect(pairOf('14h\n**Jane Roe**\n**The Time Is Now**')).toEqual(talk);
  });

  it('takes two lines of role under the pair, not three', () => {
    expect(pairOf('**Jane Roe**\n**The Time Is Now**\nDirector, Example Corp\nBerlin')).toEqual(talk);
    expect(pairOf('**Jane Roe**\n**The Time Is Now**\nDirector, Example Corp\nBerlin\nMore')).toBeNull();
  });

  it('needs both lines bold, and two of them', () => {
    expect(pairOf('**The Time Is Now**\nJane Roe')).toBeNull();
    expect(pairOf('The Time Is Now\n**Jane Roe**')).toBeNull();
    expect(pairOf('**The Time Is Now**')).toBeNull();
    expect(pairOf('10:30a\n**The Time Is Now**')).toBeNull();
    expect(boldTitleAndName({ type: 'heading', depth: 3, children: [] }, '')).toBeNull();
  });

  it('allows 30 characters after the bold name, not 31, and no caption colon', () => {
    const withTail = (length: number) => `**The Time Is Now**\n**Jane Roe**  ${'x'.repeat(length)}  `;
    expect(pairOf(withTail(30))).toEqual(talk);
    expect(pairOf(withTail(31))).toBeNull();
    expect(pairOf('**The Time Is Now**\n**Jane Roe**: notes')).toBeNull();
    expect(pairOf('**The Time Is Now**\n**Jane Roe** ：notes')).toBeNull();
    // A colon later on the line is no caption's.
    expect(pairOf('**The Time Is Now**\n**Jane Roe** see: here')).toEqual(talk);
  });

  it('takes the title trimmed, with spaces or a hard break after it, but nothing else', () => {
    expect(pairOf('**The Time Is Now**  \n**Jane Roe**')).toEqual(talk);
    expect(pairOf('**The Time Is Now** \\\n**Jane Roe**')).toEqual(talk);
    expect(pairOf('**The Time Is Now ** x\n**Jane Roe**')).toBeNull();
    expect(pairOf('**The Time Is Now **\n**Jane Roe**')).toEqual(talk);
  });

  it('reads a bold caption or a run over 100 characters as no names', () => {
    expect(pairOf('**Jane Roe:**\n**The Time Is Now**')).toBeNull();
    expect(pairOf(`**The Time Is Now**\n**Jane Roe${' Roe'.repeat(23)}**`)).toBeNull();
  });

  it('reads only a paragraph: two bold lines in a code block or a heading are none', () => {
    expect(pairOf('    **The Time Is Now**\n    **Jane Roe**')).toBeNull();
    expect(pairOf('**The Time Is Now**\n**Jane Roe**\n===')).toBeNull();
  });

  it('reads its lines trimmed, without a hard break alone on its line or at their end', () => {
    expect(pairOf('**The Time Is Now**\n\\\n**Jane Roe**')).toEqual(talk);
    expect(pairOf('**The Time Is Now**\n   **Jane Roe**')).toEqual(talk);
    // A backslash inside a line is the title's.
    expect(pairOf('**Jane Roe**\n**Testing the back\\slash**')).toEqual({
      text: 'Testing the back\\slash',
      speaker: 'Jane Roe',
    });
  });

  it('skips a first line that is only a time, with one digit or two, and nothing before or after it', () => {
    expect(pairOf('9:30\n**The Time Is Now**\n**Jane Roe**')).toEqual(talk);
    expect(pairOf('Room 10\n**The Time Is Now**\n**Jane Roe**')).toBeNull();
    expect(pairOf('10:30 Keynote\n**The Time Is Now**\n**Jane Roe**')).toBeNull();
  });

  it('needs the bold at the start of its line, and the whole line read', () => {
    expect(pairOf('**The Time Is Now**\nby **Jane Roe**')).toBeNull();
    // A line separator inside a line ends what the line's pattern reads: no bold name with a short tail then.
    expect(pairOf('**The Time Is Now**\n**Jane Roe** x\u2028y')).toBeNull();
  });

  it('takes the name trimmed', () => {
    expect(pairOf('**The Time Is Now**\n**Jane Roe **')).toEqual(talk);
  });

  it('reads names ending in a colon as a caption, and names of 100 characters, not 101', () => {
    expect(pairOf('**Jane Roe, John Doe**\n**The Time Is Now**')).toEqual({
      text: 'The Time Is Now',
      speaker: 'Jane Roe, John Doe',
    });
    expect(pairOf('**Jane Roe, John Doe:**\n**The Time Is Now**')).toBeNull();
    // "Jane Roe (…)": 11 characters and the organisation.
    const named = (length: number) => `Jane Roe (${'x'.repeat(length - 11)})`;
    expect(pairOf(`**The Time Is Now**\n**${named(100)}**`)).toEqual({ text: 'The Time Is Now', speaker: named(100) });
    expect(pairOf(`**The Time Is Now**\n**${named(101)}**`)).toBeNull();
  });
});

describe('plainTalkLine: a plain line naming a talk and its speaker, its notes under it', () => {
  const lineOver = (text: string, notes = '- a point') => {
    const [node, next] = parseNotes(`${text}\n\n${notes}`, 'notes.md').tree.children;
    return plainTalkLine(node!, next);
  };

  it('reads "Title - Name" over a list or prose, a line ending as a sentence only over a list', () => {
    expect(lineOver('Safe Pipelines - Jane Roe')).toEqual({ text: 'Safe Pipelines - Jane Roe' });
    expect(lineOver('Safe Pipelines - Jane Roe', 'Some prose here.')).toEqual({ text: 'Safe Pipelines - Jane Roe' });
    expect(lineOver('Safe Pipelines - Jane Roe.')).toEqual({ text: 'Safe Pipelines - Jane Roe.' });
    expect(lineOver('Safe Pipelines - Jane Roe.', 'Some prose here.')).toBeNull();
    // A full stop inside the line is no sentence's end.
    expect(lineOver('Safe. Pipelines - Jane Roe', 'Some prose here.')).toEqual({ text: 'Safe. Pipelines - Jane Roe' });
  });

  it('refuses a caption, a line with an image, a line of two lines', () => {
    expect(lineOver('Safe Pipelines - Jane Roe:')).toBeNull();
    expect(lineOver('Safe Pipelines - Jane Roe：')).toBeNull();
    expect(lineOver('![Jane](jane.png) Safe Pipelines - Jane Roe')).toBeNull();
    expect(lineOver('Safe Pipelines\nJane Roe - Example')).toBeNull();
    expect(lineOver('Safe Pipelines - Jane Roe\nand more notes')).toBeNull();
  });

  it('reads "Name: Title" and "Title, Name", one side names and the other not', () => {
    const talk = { text: 'Testing in production', speaker: 'Jane Roe' };
    expect(lineOver('Jane Roe: Testing in production')).toEqual(talk);
    expect(lineOver('Testing in production, Jane Roe')).toEqual(talk);
    expect(lineOver('Testing in production, more things')).toBeNull();
    expect(lineOver('Intro: Jane Roe: Testing in production')).toBeNull();
  });

  it('reads a line of 160 characters, not 161', () => {
    const ofLength = (length: number) => `Safe ${'x'.repeat(length - 16)} - Jane Roe`;
    expect(lineOver(ofLength(160))).toEqual({ text: ofLength(160) });
    expect(lineOver(ofLength(161))).toBeNull();
  });
});

describe('namedOrTimed: the names before a colon or after the last comma, trimmed', () => {
  it('trims the names and the title around the colon and the comma', () => {
    const talk = { text: 'Testing in production', speaker: 'Jane Roe' };
    expect(namedOrTimed('Jane Roe  : Testing in production')).toEqual(talk);
    expect(namedOrTimed('Testing in production, Jane Roe ')).toEqual(talk);
    expect(namedOrTimed('Testing in production , Jane Roe')).toEqual(talk);
  });

  it('needs a title before the comma, and a title that reads as no names', () => {
    expect(namedOrTimed(', Jane Roe')).toBeNull();
    expect(namedOrTimed('Jane Roe, John Doe')).toBeNull();
  });

  it("reads the names from the line's start to its end, any spaces after a colon", () => {
    const talk = { text: 'Testing in production', speaker: 'Jane Roe' };
    expect(namedOrTimed('Jane Roe:  Testing in production')).toEqual(talk);
    expect(namedOrTimed('Intro:Jane Roe: Testing in production')).toBeNull();
    expect(namedOrTimed('Jane Roe: Testing in production\nand more')).toBeNull();
  });
});

describe('timedTalkLine: the lines under a time, in the order their words or the run say', () => {
  const timed = (text: string, order: 'nameFirst' | null = null) => {
    const [node, next] = parseNotes(text, 'notes.md').tree.children;
    return timedTalkLine(node!, next, text, order);
  };

  it('reads a line of names alone under a time as its title, even in a run that names speakers first', () => {
    expect(timed('10:30\nJane Roe', 'nameFirst')).toEqual({ text: 'Jane Roe' });
    expect(timed('10:30\nJane Roe')).toEqual({ text: 'Jane Roe' });
  });

  it('reads the speaker over the title where the words say so, in a run of no habit', () => {
    expect(timed('10:00 - 10:40\nTIM HOLMAN\nFUN.CSS')).toEqual({ text: 'FUN.CSS', speaker: 'TIM HOLMAN' });
  });

  it('takes a title under the speaker by the habit up to 160 characters, a dot inside it, no dot at its end', () => {
    expect(timed('10:00\nJane Roe\nNode.js? WTF!', 'nameFirst')).toEqual({
      text: 'Node.js? WTF!',
      speaker: 'Jane Roe',
    });
    expect(timed('10:00\nJane Roe\nNode.js? WTF!')).toEqual({ text: 'Jane Roe' });
    // "Why … now!": 9 characters and the x's.
    const title = (length: number) => `Why ${'x'.repeat(length - 9)} now!`;
    expect(timed(`10:00\nJane Roe\n${title(160)}`, 'nameFirst')).toEqual({ text: title(160), speaker: 'Jane Roe' });
    expect(timed(`10:00\nJane Roe\n${title(161)}`, 'nameFirst')).toEqual({ text: 'Jane Roe' });
  });

  it('reads the lines without a hard break alone on its line, a backslash inside a line kept', () => {
    expect(timed('10:30\n\\\nThe Time Is Now\nJane Roe')).toEqual({ text: 'The Time Is Now', speaker: 'Jane Roe' });
    expect(timed('10:30\nBack\\slash Tricks\nJane Roe')).toEqual({ text: 'Back\\slash Tricks' });
  });
});

describe('talkLineHeads: the paragraphs of a run that stand in for talk headings', () => {
  /** Each head with the line its paragraph starts on. */
  const headsOf = (text: string) =>
    [...talkLineHeads(parseNotes(text, 'notes.md').tree.children, text)].map(([node, head]) => [
      node.position?.start.line,
      head,
    ]);

  it('reads a talk line as its whole text, trimmed', () => {
    expect(headsOf('**Safe Pipelines** by Jane Roe\n\n- a point')).toEqual([
      [1, { text: 'Safe Pipelines by Jane Roe' }],
    ]);
    // One line is read whole, though its link reading would split it.
    expect(headsOf('**Safe pipelines at scale** by Jane Roe\n\n- a point')).toEqual([
      [1, { text: 'Safe pipelines at scale by Jane Roe' }],
    ]);
    expect(headsOf('„Sichere Pipelines“ von Jane Roe\n\n- ein Punkt')).toEqual([
      [1, { text: '„Sichere Pipelines“ von Jane Roe' }],
    ]);
    const node: RootContent = {
      type: 'paragraph',
      children: [
        { type: 'strong', children: [{ type: 'text', value: 'Safe Pipelines' }] },
        { type: 'text', value: ' by Jane Roe  ' },
      ],
    };
    expect([...talkLineHeads([node], '').values()]).toEqual([{ text: 'Safe Pipelines by Jane Roe' }]);
  });

  it('reads a talk line of a line of names over the title by its link: the names are the speaker', () => {
    const text = '**[Jane Roe (Chef)\nSafe Pipelines - Continuous Delivery](talks/x.md)**\n\n- a point';
    expect(headsOf(text)).toEqual([[1, { text: 'Safe Pipelines - Continuous Delivery', speaker: 'Jane Roe (Chef)' }]]);
  });

  it('adds a link naming its speaker to a run of plain talk lines, not one naming none, nor to a shorter run', () => {
    const plain = ['Safe Pipelines - Jane Roe', '- a point', 'Testing in prod - John Doe', '- a point'];
    const links = [
      '**[Loud deploys for everyone](talks/l.md)**',
      '**[Quiet deploys at scale](talks/q.md)** - Max Mustermann',
    ];
    const three = ['## Day 1', ...plain, 'Fast Builds - Ann Lee', '- a point', ...links].join('\n\n');
    expect(headsOf(three)).toEqual([
      [3, { text: 'Safe Pipelines - Jane Roe' }],
      [7, { text: 'Testing in prod - John Doe' }],
      [11, { text: 'Fast Builds - Ann Lee' }],
      [17, { text: 'Quiet deploys at scale', speaker: 'Max Mustermann' }],
    ]);
    expect(headsOf(['## Day 1', ...plain, ...links].join('\n\n'))).toEqual([]);
  });

  it('starts each run of links anew at a heading', () => {
    const links = [
      '[Max Mustermann\nQuiet deploys at scale](talks/q.md)',
      '[Ann Lee\nLoud deploys for everyone](talks/l.md)',
    ];
    expect(headsOf(['## Day 1', ...links].join('\n\n'))).toEqual([]);
    expect(headsOf(['## Day 1', ...links, '[Jane Roe\nSafe pipelines](talks/s.md)'].join('\n\n'))).toEqual([
      [3, { text: 'Quiet deploys at scale', speaker: 'Max Mustermann' }],
      [6, { text: 'Loud deploys for everyone', speaker: 'Ann Lee' }],
      [9, { text: 'Safe pipelines', speaker: 'Jane Roe' }],
    ]);
  });
});
