import { describe, expect, it } from 'vitest';
import { buildConference } from '../../src/model/buildConference.js';
import { buildOutline, type OutlineSection } from '../../src/model/outline.js';
import { namesOnly, pairSpeakerHeadings } from '../../src/model/speakerHeadings.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

function paired(text: string): OutlineSection[] {
  const notes = parseNotes(text, 'notes.md');
  return pairSpeakerHeadings(buildOutline(notes.tree.children, notes.source).sections);
}

/** Each top section as [its title, the speaker heading's text or null, its rank, line]. */
const read = (sections: OutlineSection[]) =>
  sections.map((section) => [section.text, section.speakerHeading?.text ?? null, section.rank, section.line]);

const pair = (outer: string, inner: string, rank = 1) =>
  `${'#'.repeat(rank)} ${outer}\n\n${'#'.repeat(rank + 1)} ${inner}\n\n- a point\n\n`;

describe('namesOnly', () => {
  it('is a heading of names, not a day or a slot', () => {
    expect(namesOnly('Jane Roe')).toBe(true);
    expect(namesOnly('Jane Roe (Example)')).toBe(true);
    expect(namesOnly('Writing Tests That Read Well')).toBe(false);
    expect(namesOnly('Monday')).toBe(false);
    // Two capitalised words, as a name would be, but a day.
    expect(namesOnly('Friday Morning')).toBe(false);
    expect(namesOnly('Keynote')).toBe(false);
  });
});

describe('pairSpeakerHeadings: "# Speaker" / "## Title" pairs', () => {
  it('reads three pairs as three talks, titled by the heading that is not names, at the pair’s line and rank', () => {
    const sections = paired(
      pair('Jane Roe', 'Writing Tests That Read Well') +
        pair('Scaling Teams Without Tears', 'Ann Lee') +
        pair('Bob Smith (Example)', 'Memory Safety For Everyone'),
    );
    expect(read(sections)).toEqual([
      ['Writing Tests That Read Well', 'Jane Roe', 1, 1],
      ['Scaling Teams Without Tears', 'Ann Lee', 1, 7],
      ['Memory Safety For Everyone', 'Bob Smith (Example)', 1, 13],
    ]);
    expect(sections[0]!.children).toEqual([]);
    expect(sections[0]!.body.map((node) => node.type)).toEqual(['list']);
    expect(sections[0]!.speakerHeading).toEqual({ heading: 'Jane Roe', text: 'Jane Roe' });
  });

  it('needs three pairs', () => {
    const two = paired(
      pair('Jane Roe', 'Writing Tests That Read Well') + pair('Ann Lee', 'Scaling Teams Without Tears'),
    );
    expect(read(two)).toEqual([
      ['Jane Roe', null, 1, 1],
      ['Ann Lee', null, 1, 7],
    ]);
  });

  it('needs pairs in 0.6 of the sibling sections: 3 of 5, not 3 of 6', () => {
    const three =
      pair('Jane Roe', 'Writing Tests That Read Well') +
      pair('Ann Lee', 'Scaling Teams Without Tears') +
      pair('Bob Smith', 'Memory Safety For Everyone');
    const single = '# Closing Words Of The Day\n\n- end\n\n';
    expect(paired(three + single + single).filter((section) => section.speakerHeading)).toHaveLength(3);
    expect(paired(three + single + single + single).filter((section) => section.speakerHeading)).toHaveLength(0);
  });

  it('needs 0.7 of the pairs naming one speaker, and 0.7 of the names different', () => {
    const named = [
      pair('Jane Roe', 'Writing Tests That Read Well'),
      pair('Ann Lee', 'Scaling Teams Without Tears'),
      pair('Bob Smith', 'Memory Safety For Everyone'),
    ];
    const unnamed = pair('Opening Of The Day', 'Where We Are Going');
    // 3 of 4 named (0.75) pair; 3 of 5 (0.6) do not.
    expect(paired(named.join('') + unnamed).filter((section) => section.speakerHeading)).toHaveLength(3);
    expect(paired(named.join('') + unnamed + unnamed).filter((section) => section.speakerHeading)).toHaveLength(0);
    // The same "name" under every talk is a part of the talk: 1 name of 3 different.
    const repeated = ['Writing Tests', 'Scaling Teams', 'Memory Safety']
      .map((title) => pair(title, 'Jane Roe'))
      .join('');
    expect(paired(repeated).filter((section) => section.speakerHeading)).toHaveLength(0);
    const repeatedUnderLongTitles = [
      'Writing Tests That Read Well',
      'Scaling Teams Without Tears',
      'Memory Safety For All',
    ]
      .map((title) => pair(title, 'Jane Roe'))
      .join('');
    expect(paired(repeatedUnderLongTitles).filter((section) => section.speakerHeading)).toHaveLength(0);
    // 3 different names of 4 (0.75) pair.
    const mostlyDifferent = named.join('') + pair('Jane Roe', 'Opening Of The Day');
    expect(paired(mostlyDifferent).filter((section) => section.speakerHeading)).toHaveLength(4);
  });

  it('titles a pair where both read as names by the side most pairs name speakers at, a tie to the parent', () => {
    const both = pair('Bob Smith', 'Memory Safety');
    const parents =
      pair('Jane Roe', 'Writing Tests That Read Well') +
      pair('Ann Lee', 'Scaling Teams Without Tears') +
      pair('Carl Dunn', 'Opening Of The Day');
    expect(read(paired(parents + both)).at(-1)).toEqual(['Memory Safety', 'Bob Smith', 1, 19]);
    const children =
      pair('Writing Tests That Read Well', 'Jane Roe') +
      pair('Scaling Teams Without Tears', 'Ann Lee') +
      pair('Opening Of The Day', 'Carl Dunn');
    expect(read(paired(children + both)).at(-1)).toEqual(['Bob Smith', 'Memory Safety', 1, 19]);
    const tie =
      pair('Writing Tests That Read Well', 'Jane Roe') +
      pair('Scaling Teams Without Tears', 'Ann Lee') +
      pair('Carl Dunn', 'Opening Of The Day') +
      pair('Dora Eve', 'Closing Of The Day');
    expect(read(paired(tie + both)).at(-1)).toEqual(['Memory Safety', 'Bob Smith', 1, 25]);
  });

  it('looks for pairs under a section whose siblings are not pairs, and leaves a pair with no names', () => {
    const sections = paired(
      `# Conf\n\n${pair('Jane Roe', 'Writing Tests That Read Well', 2)}${pair('Ann Lee', 'Scaling Teams Without Tears', 2)}${pair('Bob Smith', 'Memory Safety For Everyone', 2)}${pair('Opening Of The Day', 'Where We Are Going', 2)}`,
    );
    expect(read(sections[0]!.children)).toEqual([
      ['Writing Tests That Read Well', 'Jane Roe', 2, 3],
      ['Scaling Teams Without Tears', 'Ann Lee', 2, 9],
      ['Memory Safety For Everyone', 'Bob Smith', 2, 15],
      ['Opening Of The Day', null, 2, 21],
    ]);
    expect(sections[0]!.children[3]!.children.map((child) => child.text)).toEqual(['Where We Are Going']);
  });

  it('needs exactly 0.7 of ten pairs naming one speaker, and 0.7 of their names different', () => {
    const people = ['Jane Roe', 'Ann Lee', 'Bob Smith', 'Carl Dunn', 'Dora Eve', 'Finn Gray', 'Gina Hale'];
    const titles = people.map((_, index) => `Writing Tests Part ${index + 1}`);
    const unnamed = pair('Opening Of The Day', 'Where We Are Going');
    const sevenOfTen = people.map((person, index) => pair(person, titles[index]!)).join('') + unnamed.repeat(3);
    expect(paired(sevenOfTen).filter((section) => section.speakerHeading)).toHaveLength(7);
    // Ten names, seven of them different (the last one four times).
    const tenNames = [...people, 'Gina Hale', 'Gina Hale', 'Gina Hale'];
    const sevenDifferent = tenNames.map((person, index) => pair(person, `Scaling Teams Part ${index + 1}`)).join('');
    expect(paired(sevenDifferent).filter((section) => section.speakerHeading)).toHaveLength(10);
  });

  it('weighs the pairs of all days together when no day decides alone: 5 of 7 pairs naming a speaker, not 4 of 6', () => {
    const dayOne =
      `# Day 1\n\n${pair('Keynote: Gutes Ändern', 'Matz', 2)}` +
      pair('Pruebas que se leen bien', 'Ana López', 2) +
      pair('Human Errors', 'Olivier Lacan', 2);
    const dayTwo = (pairs: string[][]) => `# Day 2\n\n${pairs.map(([title, name]) => pair(title!, name!, 2)).join('')}`;
    const three = [
      ['Scaling Teams Without Tears', 'Ann Lee'],
      ['Memory Safety For Everyone', 'Bob Smith'],
      ['Écrire du code calme', 'Jeanne Roux'],
    ];
    const fiveOfSeven = paired(dayOne + dayTwo([...three, ['Getting Unstuck With Science', 'Carl Dunn']]));
    expect(read(fiveOfSeven[0]!.children)).toEqual([
      // One word under a title, where the file's sub-headings name the speakers, is the speaker.
      ['Keynote: Gutes Ändern', 'Matz', 2, 3],
      ['Pruebas que se leen bien', 'Ana López', 2, 9],
      // Both read as names; the side the file names speakers at decides.
      ['Human Errors', 'Olivier Lacan', 2, 15],
    ]);
    expect(fiveOfSeven[1]!.children.map((talk) => talk.speakerHeading?.text)).toEqual([
      'Ann Lee',
      'Bob Smith',
      'Jeanne Roux',
      'Carl Dunn',
    ]);
    const fourOfSix = paired(dayOne + dayTwo(three));
    expect(read(fourOfSix[0]!.children).map(([title, name]) => [title, name])).toEqual([
      ['Keynote: Gutes Ändern', null],
      ['Pruebas que se leen bien', null],
      ['Human Errors', null],
    ]);
    // Day 2 still decides alone.
    expect(fourOfSix[1]!.children.map((talk) => talk.speakerHeading?.text)).toEqual([
      'Ann Lee',
      'Bob Smith',
      'Jeanne Roux',
    ]);
  });

  it('reads a name with a cheer after it as the name alone', () => {
    expect(namesOnly('Megan Tiu!')).toBe(true);
    expect(namesOnly('Megan Tiu!!')).toBe(true);
    expect(namesOnly('Ship it!')).toBe(false);
    const sections = paired(
      pair('Finding Beauty in the Mundane', 'Megan Tiu!', 2) +
        pair('Scaling Teams Without Tears', 'Ann Lee', 2) +
        pair('Memory Safety For Everyone', 'Bob Smith', 2),
    );
    expect(sections[0]!.speakerHeading).toEqual({ heading: 'Megan Tiu!', text: 'Megan Tiu' });
  });

  it('reads a title whose first sub-heading names the speaker, its others its parts, where the file names speakers so', () => {
    const text =
      '## Pushing Back Against Loneliness\n\n#### Jeremy Flores\n\nIntro.\n\n#### Loneliness & Guilt\n\n- a point\n\n' +
      '#### Building the Right Thing\n\n- a point\n\n' +
      pair('Scaling Teams Without Tears', 'Ann Lee', 2) +
      pair('Memory Safety For Everyone', 'Bob Smith', 2) +
      pair('Pruebas que se leen bien', 'Ana López', 2);
    const [first] = paired(text);
    expect(read([first!])).toEqual([['Pushing Back Against Loneliness', 'Jeremy Flores', 2, 1]]);
    expect(first!.children.map((part) => part.text)).toEqual(['Loneliness & Guilt', 'Building the Right Thing']);
    expect(first!.content.map((node) => node.type)).toEqual(['paragraph']);
    // Its words are all kept, the name's heading apart (it is the speaker heading).
    expect(first!.body.map((node) => node.type)).toEqual(['paragraph', 'heading', 'list', 'heading', 'list']);
    // A first sub-heading that is no name leaves the section as written.
    const [plain] = paired(text.replace('#### Jeremy Flores', '#### The Problem'));
    expect(plain!.speakerHeading).toBeUndefined();
    expect(plain!.children).toHaveLength(3);
  });

  it('reads one capitalised word as the speaker only where the sub-headings name speakers, and never a part of a talk', () => {
    const others =
      pair('Scaling Teams Without Tears', 'Ann Lee', 2) +
      pair('Memory Safety For Everyone', 'Bob Smith', 2) +
      pair('Pruebas que se leen bien', 'Ana López', 2);
    expect(paired(pair('Keynote: Good Change, Bad Change', 'Matz', 2) + others)[0]!.speakerHeading?.text).toBe('Matz');
    for (const word of ['Takeaways', 'Summary', 'Fazit', 'matz', 'MATZ', 'Overview'])
      expect(
        paired(pair('Keynote: Good Change, Bad Change', word, 2) + others)[0]!.speakerHeading,
        word,
      ).toBeUndefined();
    // Where the names are the parent headings, a word under a title is its part.
    const parents =
      pair('Ann Lee', 'Scaling Teams', 2) + pair('Bob Smith', 'Memory Safety', 2) + pair('Ana López', 'Pruebas', 2);
    expect(paired(pair('Keynote: Good Change, Bad Change', 'Matz', 2) + parents)[0]!.speakerHeading).toBeUndefined();
  });

  it('keeps the content of both headings of a pair in the talk', () => {
    const sections = paired(
      `# Jane Roe\n\nSpeaker notes.\n\n## Writing Tests That Read Well\n\n- a point\n\n${pair('Ann Lee', 'Scaling Teams Without Tears')}${pair('Bob Smith', 'Memory Safety For Everyone')}`,
    );
    expect(sections[0]!.content.map((node) => node.type)).toEqual(['paragraph', 'list']);
  });
});

describe('a paired talk read as a session', () => {
  /** Each talk of the notes as "title | speakers". */
  const sessions = (text: string) =>
    buildConference(parseNotes(text, 'notes.md')).days.flatMap((day) =>
      day.sessions.map((session) => `${session.title} | ${session.speakers.map((speaker) => speaker.name).join(', ')}`),
    );
  const others =
    pair('Scaling Teams Without Tears', 'Ann Lee', 2) +
    pair('Memory Safety For Everyone', 'Bob Smith', 2) +
    pair('Pruebas que se leen bien', 'Ana López', 2);

  it('takes a slot’s words that name no one of the paired names as its title, and a paired word as a name', () => {
    const text = `# Day 01\n\n## Keynote: Good Change, Bad Change\n#### Matz\n\nRuby's birthday: Feb 24 1993\n\nNotes.\n\n${others}`;
    expect(sessions(text)).toEqual([
      'Keynote: Good Change, Bad Change | Matz',
      'Scaling Teams Without Tears | Ann Lee',
      'Memory Safety For Everyone | Bob Smith',
      'Pruebas que se leen bien | Ana López',
    ]);
  });
});
