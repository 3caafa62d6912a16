import { describe, expect, it } from 'vitest';
import type { TalkSource } from '../../src/model/inferStructure.js';
import { notesSource } from '../../src/model/inlineLinks.js';
import { takeSpeakerLines } from '../../src/model/speakers/speakerLines.js';
import { toSession } from '../../src/model/toSession.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

/** The session of a talk headed `heading` (its plain text `text`) over `body`, Markdown of its own. */
function session(heading: string, body: string, talk: Partial<TalkSource> = {}) {
  const tree = parseMarkdown(body);
  const source: TalkSource = { heading, text: heading, line: 7, body: tree.children, group: null, ...talk };
  return toSession(source, 'notes.md', notesSource(body, tree), (content, slot) =>
    takeSpeakerLines(content, body, { slot }),
  );
}

describe('toSession: a talk the reading found, as the session it shows', () => {
  it("takes the title and speakers its heading writes, and keeps the talk's heading, file, line and notes", () => {
    expect(session('Service Mesh - Jane Roe (Acme)', 'Notes.\n\n- a point\n')).toEqual({
      title: 'Service Mesh',
      heading: 'Service Mesh - Jane Roe (Acme)',
      speakers: [{ name: 'Jane Roe', org: 'Acme' }],
      file: 'notes.md',
      line: 7,
      group: null,
      byline: [],
      blocks: [
        expect.objectContaining({ kind: 'paragraph', markdown: 'Notes.' }),
        expect.objectContaining({ kind: 'list' }),
      ],
    });
  });

  it('reads the title from the emphasis, or the speaker from a profile link, when the plain heading names none', () => {
    const marked = session('Jane Roe, Example University, *Why Networks Matter*', 'Notes.\n', {
      text: 'Jane Roe, Example University, Why Networks Matter',
    });
    expect([marked.title, marked.speakers]).toEqual([
      'Why Networks Matter',
      [{ name: 'Jane Roe', org: 'Example University' }],
    ]);
    const linked = session('Why Networks Matter, [Jane Roe](https://twitter.com/jroe)', 'Notes.\n', {
      text: 'Why Networks Matter, Jane Roe',
    });
    expect([linked.title, linked.speakers]).toEqual(['Why Networks Matter', [{ name: 'Jane Roe', org: null }]]);
  });

  it("keeps the plain heading's own speakers over a profile link in it", () => {
    const read = session('Why Networks Matter - Jane Roe, [John Doe](https://twitter.com/jdoe)', 'Notes.\n', {
      text: 'Why Networks Matter - Jane Roe, John Doe',
    });
    expect(read.speakers.map((speaker) => speaker.name)).toEqual(['Jane Roe']);
  });

  it('reads the heading speaker first when its reading says the notes write it so', () => {
    const heading = 'Jane Roe - Why networks matter to us';
    expect(session(heading, 'Notes.\n', { speakerFirst: true })).toMatchObject({
      title: 'Why networks matter to us',
      speakers: [{ name: 'Jane Roe', org: null }],
    });
    expect(session(heading, 'Notes.\n').speakers).toEqual([]);
  });

  it('looks for speaker lines past the first block only under a slot heading', () => {
    const body = '- Ann Lee (@alee)\n\nSpeaker: Bob Day\n';
    expect(session('Why Networks Matter', body).speakers.map((speaker) => speaker.name)).toEqual(['Ann Lee']);
    expect(session('Talk 1', body).speakers.map((speaker) => speaker.name)).toEqual(['Ann Lee', 'Bob Day']);
  });

  it('adds no one for a speaker heading that names no one', () => {
    const read = session('Why Networks Matter', 'Notes.\n', {
      speakerHeading: { heading: 'Thoughts on the day so far', text: 'Thoughts on the day so far' },
    });
    expect(read.speakers).toEqual([]);
  });

  it("takes a slot heading's title from the label line below it, without quotes, the slot's speakers first", () => {
    const quoted = session('Talk 1', '__Topic__: “Why Networks Matter”\n\nNotes.\n');
    expect([quoted.title, quoted.speakers, quoted.byline]).toEqual([
      'Why Networks Matter',
      [],
      ['__Topic__: “Why Networks Matter”'],
    ]);
    const both = session('Keynote - Jane Roe', '__Topic__: Why Networks Matter - John Doe\n\nNotes.\n');
    expect([both.title, both.speakers.map((speaker) => speaker.name)]).toEqual([
      'Why Networks Matter',
      ['Jane Roe', 'John Doe'],
    ]);
  });

  it('calls a slot heading with no label line by the person it names, and keeps a bare slot as it is', () => {
    const named = session('Talk 2: John Doe', 'Notes.\n');
    expect([named.title, named.speakers]).toEqual(['John Doe', [{ name: 'John Doe', org: null }]]);
    // The label line is read only under a slot heading.
    const titled = session('Why Networks Matter', '__Topic__: Service Mesh\n\nNotes.\n');
    expect(titled.title).toBe('Why Networks Matter');
    expect(session('Talk 1', 'Notes.\n').title).toBe('Talk 1');
  });

  it("adds the reading's speakers, then a speaker heading's, then the speaker lines' new names", () => {
    const found = session('Why Networks Matter by Jane Roe', 'Speaker: Ann Lee (Beta)\n\nNotes.\n', {
      speakers: [{ name: 'Carl Su', org: null }],
      speakerHeading: { heading: 'Dana Poe', text: 'Dana Poe' },
    });
    expect(found.speakers).toEqual([
      { name: 'Jane Roe', org: null },
      { name: 'Carl Su', org: null },
      { name: 'Dana Poe', org: null },
      { name: 'Ann Lee', org: 'Beta' },
    ]);
    expect(found.byline).toEqual(['Speaker: Ann Lee (Beta)']);
  });

  it('reads a dash tail naming no one of a speaker heading as a subtitle, and one naming her as hers', () => {
    const subtitle = session('Preparing for Tomorrow - Test-Driven Infrastructure', 'Notes.\n', {
      speakerHeading: { heading: 'Jane Roe (Chef)', text: 'Jane Roe (Chef)' },
    });
    expect([subtitle.title, subtitle.speakers]).toEqual([
      'Preparing for Tomorrow - Test-Driven Infrastructure',
      [{ name: 'Jane Roe', org: 'Chef' }],
    ]);
    const same = session('Fast Builds - Jane Roe', 'Notes.\n', {
      speakerHeading: { heading: 'Jane Roe', text: 'Jane Roe' },
    });
    expect([same.title, same.speakers.map((speaker) => speaker.name)]).toEqual(['Fast Builds', ['Jane Roe']]);
  });

  it('fills the organisation of a speaker named again on a line, in any case, and keeps one already known', () => {
    const filled = session('Why Networks Matter - Jane Roe', 'Speaker: jane roe (Acme)\n\nNotes.\n');
    expect(filled.speakers).toEqual([{ name: 'Jane Roe', org: 'Acme' }]);
    const kept = session('Why Networks Matter - Jane Roe (Oldcorp)', 'Speaker: jane roe (Acme)\n\nNotes.\n');
    expect(kept.speakers).toEqual([{ name: 'Jane Roe', org: 'Oldcorp' }]);
  });

  it('keeps a speaker heading with markup in the speaker notes, and one without out of them', () => {
    const linked = session('Why Networks Matter', 'Notes.\n', {
      speakerHeading: { heading: '[Jane Roe](https://roe.example)', text: 'Jane Roe' },
    });
    expect([linked.speakers, linked.byline]).toEqual([
      [{ name: 'Jane Roe', org: null }],
      ['[Jane Roe](https://roe.example)'],
    ]);
    const plain = session('Why Networks Matter', 'Notes.\n', {
      speakerHeading: { heading: 'Jane Roe', text: 'Jane Roe' },
    });
    expect(plain.byline).toEqual([]);
  });

  it('gives the talk to the person its heading is named for, or its role heading names, only when nothing else names one', () => {
    const namedFor = [{ name: 'Jane Roe', org: null }];
    expect(session('Why Networks Matter', 'Notes.\n', { namedFor }).speakers).toEqual(namedFor);
    expect(session('Why Networks Matter - John Doe', 'Notes.\n', { namedFor }).speakers).toEqual([
      { name: 'John Doe', org: null },
    ]);
    const roled = session('Jane Roe, Head of Research', 'Notes.\n');
    expect([roled.title, roled.speakers]).toEqual(['Jane Roe, Head of Research', [{ name: 'Jane Roe', org: null }]]);
    expect(
      session('Jane Roe, Head of Research', 'Notes.\n', { namedFor: [{ name: 'Ann Lee', org: null }] }).speakers,
    ).toEqual([{ name: 'Ann Lee', org: null }]);
  });

  it('shows an all-caps title and group in title case', () => {
    const shouted = session('WHY NETWORKS MATTER', 'Notes.\n', { group: 'MORNING KEYNOTES' });
    expect([shouted.title, shouted.group]).toEqual(['Why Networks Matter', 'Morning Keynotes']);
  });
});
