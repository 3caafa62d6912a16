import { describe, expect, it } from 'vitest';
import { groupTalks, type MergedDay } from '../../src/merge/groupTalks.js';
import type { Conference, Day, Session } from '../../src/model/types.js';

const talk = (title: string, speakers: string[] = [], heading = `### ${title}`): Session => ({
  title,
  heading,
  speakers: speakers.map((name) => ({ name, org: null })),
  file: 'notes.md',
  line: 1,
  group: null,
  byline: [],
  blocks: [],
});
const day = (title: string | null, sessions: Session[]): Day => ({
  title: title ?? '',
  heading: title === null ? null : `## ${title}`,
  line: title === null ? null : 1,
  intro: [],
  sessions,
});
const notes = (...days: Day[]): Conference => ({
  title: 'Conf',
  date: null,
  authors: [],
  files: ['notes.md'],
  intro: [],
  days,
  extras: [],
  warnings: [],
});
/** Each merged day as its headings' titles (or "unplaced from N"), then each talk group as "file:title" pairs. */
const shape = (days: MergedDay[]) =>
  days.map((merged) => ({
    days:
      merged.days.length > 0
        ? merged.days.map((noteDay) => `${noteDay.file}:${noteDay.day.title}`)
        : merged.unplacedFrom,
    talks: merged.talks.map((group) => group.map((noted) => `${noted.file}:${noted.session.title}`).join(' + ')),
  }));

describe('groupTalks', () => {
  it("joins talks with alike titles and days that name the same day, each file's order kept", () => {
    const merged = groupTalks([
      notes(day('Day 1', [talk('Opening Keynote'), talk('Scaling Postgres')]), day('Day 2', [talk('Closing Panel')])),
      notes(
        day('Day 2', [talk('Closing panel')]),
        day('Day 1', [talk('Scaling PostgreSQL at Acme'), talk('Opening keynote')]),
      ),
    ]);
    expect(shape(merged)).toEqual([
      {
        days: ['0:Day 1', '1:Day 1'],
        talks: ['1:Scaling PostgreSQL at Acme', '0:Opening Keynote + 1:Opening keynote', '0:Scaling Postgres'],
      },
      { days: ['0:Day 2', '1:Day 2'], talks: ['0:Closing Panel + 1:Closing panel'] },
    ]);
  });

  it('joins talks by the same speakers on the same day, not on another day', () => {
    const merged = groupTalks([
      notes(day('Day 1', [talk('Service Meshes', ['Jane Doe'])]), day('Day 2', [talk('Observability', ['Li Wei'])])),
      notes(
        day('Day 1', [talk('Linkerd in Production', ['Jane Doe'])]),
        day('Day 2', [talk('Tracing Everything', ['Jane Doe'])]),
      ),
    ]);
    expect(shape(merged)).toEqual([
      { days: ['0:Day 1', '1:Day 1'], talks: ['0:Service Meshes + 1:Linkerd in Production'] },
      { days: ['0:Day 2', '1:Day 2'], talks: ['0:Observability', '1:Tracing Everything'] },
    ]);
  });

  it('places talks without a day beside the talk before them, and keeps notes without days as one day', () => {
    const placed = groupTalks([
      notes(day('Day 1', [talk('Opening Keynote')])),
      notes(day(null, [talk('Opening keynote'), talk('Hallway Chat')])),
    ]);
    expect(shape(placed)).toEqual([
      { days: ['0:Day 1'], talks: ['0:Opening Keynote + 1:Opening keynote', '1:Hallway Chat'] },
    ]);
    const dayless = groupTalks([notes(day(null, [talk('Alpha Talk')])), notes(day(null, [talk('Beta Talk')]))]);
    expect(shape(dayless)).toEqual([{ days: null, talks: ['0:Alpha Talk', '1:Beta Talk'] }]);
  });

  it('orders days by their number and talks by their time slot where the notes give them', () => {
    const merged = groupTalks([
      notes(
        day('Day 2', [
          talk('14:00 Late Talk', [], '### 14:00 Late Talk'),
          talk('09:00 Early Talk', [], '### 09:00 Early Talk'),
        ]),
      ),
      notes(day('Day 1', [talk('First Day Talk')])),
    ]);
    expect(shape(merged)).toEqual([
      { days: ['1:Day 1'], talks: ['1:First Day Talk'] },
      { days: ['0:Day 2'], talks: ['0:09:00 Early Talk', '0:14:00 Late Talk'] },
    ]);
  });
});

describe('groupTalks, days and files', () => {
  it("gives talks no day could be found for a day of their file's own, when other notes have days", () => {
    const merged = groupTalks([notes(day('Day 1', [talk('Alpha Talk')])), notes(day(null, [talk('Beta Talk')]))]);
    expect(shape(merged)).toEqual([
      { days: ['0:Day 1'], talks: ['0:Alpha Talk'] },
      { days: 1, talks: ['1:Beta Talk'] },
    ]);
  });

  it('places the talks before the first placed one on its day', () => {
    const merged = groupTalks([
      notes(day('Day 1', [talk('Alpha Talk')]), day('Day 2', [talk('Opening Keynote')])),
      notes(day(null, [talk('Hallway Chat'), talk('Opening keynote')])),
    ]);
    expect(shape(merged)).toEqual([
      { days: ['0:Day 1'], talks: ['0:Alpha Talk'] },
      { days: ['0:Day 2'], talks: ['1:Hallway Chat', '0:Opening Keynote + 1:Opening keynote'] },
    ]);
  });

  it('joins days that share a talk, never days that name different days', () => {
    const shared = groupTalks([
      notes(day('Day 1', [talk('Opening Keynote')])),
      notes(day('Monday', [talk('Opening keynote')])),
    ]);
    expect(shape(shared)).toEqual([
      { days: ['0:Day 1', '1:Monday'], talks: ['0:Opening Keynote + 1:Opening keynote'] },
    ]);
    const apart = groupTalks([
      notes(day('Day 1', [talk('Opening Keynote')])),
      notes(day('Day 2', [talk('Opening Keynote')])),
    ]);
    expect(shape(apart)).toEqual([
      { days: ['0:Day 1'], talks: ['0:Opening Keynote'] },
      { days: ['1:Day 2'], talks: ['1:Opening Keynote'] },
    ]);
  });

  it("never joins two talks of one person's notes, nor one talk to two of another's", () => {
    const merged = groupTalks([
      notes(day(null, [talk('Opening Keynote'), talk('Opening keynote')])),
      notes(day(null, [talk('Opening Keynote!')])),
    ]);
    expect(shape(merged)[0]!.talks).toEqual(['0:Opening Keynote + 1:Opening Keynote!', '0:Opening keynote']);
  });

  it('orders days by the dates they name', () => {
    const merged = groupTalks([notes(day('19 May', [talk('Beta Talk')])), notes(day('18 May', [talk('Alpha Talk')]))]);
    expect(shape(merged).map((merged) => merged.days)).toEqual([['1:18 May'], ['0:19 May']]);
  });
});

describe('groupTalks, which pair goes first', () => {
  it('joins the talk whose title is most alike first', () => {
    const merged = groupTalks([
      notes(day('Day 1', [talk('Scaling Postgres at Acme')])),
      notes(day('Day 1', [talk('Scaling Postgres at Acme Corp'), talk('Scaling Postgres at Acme')])),
    ]);
    expect(shape(merged)[0]!.talks).toEqual([
      '1:Scaling Postgres at Acme Corp',
      '0:Scaling Postgres at Acme + 1:Scaling Postgres at Acme',
    ]);
  });

  it('joins the longer of two titles alike as much first: a short one is less specific', () => {
    // Both match "Scaling Postgres - Lessons Learned" without its tail, exactly.
    const merged = groupTalks([
      notes(day('Day 1', [talk('Scaling Postgres'), talk('Scaling Postgres (Acme)')])),
      notes(day('Day 1', [talk('Scaling Postgres - Lessons Learned')])),
    ]);
    expect(shape(merged)[0]!.talks).toEqual([
      '0:Scaling Postgres',
      '0:Scaling Postgres (Acme) + 1:Scaling Postgres - Lessons Learned',
    ]);
  });

  it('joins a pair on one day before a pair whose titles are more alike but whose day is not known to be the same', () => {
    const merged = groupTalks([
      notes(day('Day 1', [talk('Scaling Postgres at Acme')])),
      notes(day(null, [talk('Scaling Postgres at Acme')]), day('Day 1', [talk('Scaling Postgres at Acme Corp')])),
    ]);
    expect(shape(merged)).toEqual([
      {
        days: ['0:Day 1', '1:Day 1'],
        talks: ['1:Scaling Postgres at Acme', '0:Scaling Postgres at Acme + 1:Scaling Postgres at Acme Corp'],
      },
    ]);
  });

  it('ranks two talks without days by their titles alone, not as a pair on one day', () => {
    const merged = groupTalks([
      notes(day(null, [talk('Scaling Postgres at Acme')])),
      notes(day(null, [talk('Scaling Postgres at Acme Corp')]), day('Day 1', [talk('Scaling Postgres at Acme')])),
    ]);
    expect(shape(merged)).toEqual([
      {
        days: ['1:Day 1'],
        talks: ['1:Scaling Postgres at Acme Corp', '0:Scaling Postgres at Acme + 1:Scaling Postgres at Acme'],
      },
    ]);
  });

  it('ranks pairs by the same speakers below title matches, and among them by how alike the titles are', () => {
    const bySpeakers = groupTalks([
      notes(day('Day 1', [talk('Service Meshes', ['Jane Doe'])])),
      notes(day('Day 1', [talk('Linkerd in Production', ['Jane Doe']), talk('Service Mesh Patterns', ['Jane Doe'])])),
    ]);
    expect(shape(bySpeakers)[0]!.talks).toEqual([
      '1:Linkerd in Production',
      '0:Service Meshes + 1:Service Mesh Patterns',
    ]);
    const byTitle = groupTalks([
      notes(day('Day 1', [talk('Service Meshes', ['Jane Doe'])])),
      notes(day('Day 1', [talk('Service Mesh Patterns', ['Jane Doe']), talk('Service Meshes')])),
    ]);
    expect(shape(byTitle)[0]!.talks).toEqual(['1:Service Mesh Patterns', '0:Service Meshes + 1:Service Meshes']);
  });
});

describe('groupTalks, the same speakers', () => {
  it('joins talks by the same speakers where either has no day, not on days only perhaps the same', () => {
    const dayless = groupTalks([
      notes(day('Day 1', [talk('Service Meshes', ['Jane Doe'])])),
      notes(day(null, [talk('Linkerd in Production', ['Jane Doe'])])),
    ]);
    expect(shape(dayless)).toEqual([{ days: ['0:Day 1'], talks: ['0:Service Meshes + 1:Linkerd in Production'] }]);
    const perhaps = groupTalks([
      notes(day('Day 1', [talk('Service Meshes', ['Jane Doe'])])),
      notes(day('Monday', [talk('Linkerd in Production', ['Jane Doe'])])),
    ]);
    expect(shape(perhaps)).toEqual([
      { days: ['0:Day 1'], talks: ['0:Service Meshes'] },
      { days: ['1:Monday'], talks: ['1:Linkerd in Production'] },
    ]);
  });

  it('reads a talk noted without speakers as named after its speaker, and a speaker named twice once', () => {
    const merged = groupTalks([
      notes(day('Day 1', [talk('Vijay Pandey')])),
      notes(day('Day 1', [talk('Kubernetes at the Edge', ['Vijay Pandey', 'Vijay Pandey'])])),
    ]);
    expect(shape(merged)[0]!.talks).toEqual(['0:Vijay Pandey + 1:Kubernetes at the Edge']);
  });

  it('never joins talks by different speakers, nor by some of the same', () => {
    const merged = groupTalks([
      notes(day('Day 1', [talk('Service Meshes', ['Jane Doe']), talk('Edge Computing', ['Li Wei', 'Ann Bo'])])),
      notes(day('Day 1', [talk('Linkerd in Production', ['John Roe']), talk('Kubernetes at the Edge', ['Li Wei'])])),
    ]);
    expect(shape(merged)[0]!.talks).toEqual([
      '0:Service Meshes',
      '0:Edge Computing',
      '1:Linkerd in Production',
      '1:Kubernetes at the Edge',
    ]);
  });
});

describe('groupTalks, edges of the line-up', () => {
  it('joins titles exactly as alike as the bar (3 letters of 20 differ: 0.85)', () => {
    const merged = groupTalks([
      // Speakers of their own: a talk without is matched by its title as a name too.
      notes(day('Day 1', [talk('Abcdefghijklmnopqrst', ['Jane Doe'])])),
      notes(day('Day 1', [talk('Abcdefghijklmnopqxyz', ['Li Wei'])])),
    ]);
    expect(shape(merged)[0]!.talks).toEqual(['0:Abcdefghijklmnopqrst + 1:Abcdefghijklmnopqxyz']);
  });

  it('ranks the pairs again once a match has joined two days: a pair on the joined day goes first', () => {
    // The keynote joins "Day 1" and "Monday"; then Postgres on that day beats the exact title with no day.
    const merged = groupTalks([
      notes(day('Day 1', [talk('The Future of Cloud Native Computing Everywhere'), talk('Scaling Postgres at Acme')])),
      notes(
        day(null, [talk('Scaling Postgres at Acme')]),
        day('Monday', [talk('The Future of Cloud Native Computing Everywhere'), talk('Scaling Postgres at Acme Corp')]),
      ),
    ]);
    expect(shape(merged)).toEqual([
      {
        days: ['0:Day 1', '1:Monday'],
        talks: [
          '1:Scaling Postgres at Acme',
          '0:The Future of Cloud Native Computing Everywhere + 1:The Future of Cloud Native Computing Everywhere',
          '0:Scaling Postgres at Acme + 1:Scaling Postgres at Acme Corp',
        ],
      },
    ]);
  });

  it("lists each talk's notes in file order, however the group was joined", () => {
    const merged = groupTalks([
      notes(day('Day 1', [talk('Scaling Postgres at Acme')])),
      notes(day('Day 1', [talk('Scaling Postgres at Acme Corp')])),
      notes(day('Day 1', [talk('Scaling Postgres at Acme')])),
    ]);
    expect(shape(merged)[0]!.talks).toEqual([
      '0:Scaling Postgres at Acme + 1:Scaling Postgres at Acme Corp + 2:Scaling Postgres at Acme',
    ]);
  });

  it('gives talks of several files that no day was found for the day of the first file', () => {
    const merged = groupTalks([
      notes(day('Day 1', [talk('Alpha Talk')])),
      notes(day(null, [talk('Beta Talk')])),
      notes(day(null, [talk('Beta Talk')])),
    ]);
    expect(shape(merged)[1]).toEqual({ days: 1, talks: ['1:Beta Talk + 2:Beta Talk'] });
  });

  it('places a talk without a day by its own notes, not by the talks of other files', () => {
    const merged = groupTalks([
      notes(day('Day 1', [talk('Alpha Talk')]), day('Day 2', [talk('Beta Talk')])),
      notes(day(null, [talk('Hallway Chat'), talk('Alpha talk')])),
      notes(day('Day 1', [talk('Gamma Talk')])),
    ]);
    expect(shape(merged)).toEqual([
      {
        days: ['0:Day 1', '2:Day 1'],
        talks: ['1:Hallway Chat', '0:Alpha Talk + 1:Alpha talk', '2:Gamma Talk'],
      },
      { days: ['0:Day 2'], talks: ['0:Beta Talk'] },
    ]);
  });

  it('joins talks by the same speakers where the first has no day', () => {
    const merged = groupTalks([
      notes(day(null, [talk('Service Meshes', ['Jane Doe'])])),
      notes(day('Day 1', [talk('Linkerd in Production', ['Jane Doe'])])),
    ]);
    expect(shape(merged)).toEqual([{ days: ['1:Day 1'], talks: ['0:Service Meshes + 1:Linkerd in Production'] }]);
  });
});

describe('groupTalks, days joined', () => {
  const KEYNOTE = 'The Future of Cloud Native Computing Everywhere';

  it("orders days in each file's own order where they name neither number nor date", () => {
    const days = (...files: string[][]) =>
      shape(
        groupTalks(files.map((titles) => notes(...titles.map((title) => day(title, [talk(`${title} Talk`)]))))),
      ).map((merged) => merged.days);
    expect(days(['Tuesday'], ['Monday', 'Tuesday'])).toEqual([['1:Monday'], ['0:Tuesday', '1:Tuesday']]);
    expect(days(['Tuesday', 'Monday'], ['Monday', 'Tuesday'])).toEqual([
      ['0:Tuesday', '1:Tuesday'],
      ['0:Monday', '1:Monday'],
    ]);
  });

  it('orders a joined day by the number any of its headings gives', () => {
    const merged = groupTalks([
      notes(day('Monday', [talk('Opening Keynote')])),
      notes(day('Day 2', [talk('Opening keynote')])),
      notes(day('Day 1', [talk('Alpha Talk')])),
    ]);
    expect(shape(merged).map((merged) => merged.days)).toEqual([['2:Day 1'], ['0:Monday', '1:Day 2']]);
  });

  it('orders talks by a time slot any of their notes gives', () => {
    const merged = groupTalks([
      notes(day('Day 1', [talk('Beta Talk'), talk('Alpha Talk')])),
      notes(
        day('Day 1', [talk('Beta Talk', [], '### 14:00 Beta Talk'), talk('Alpha Talk', [], '### 09:00 Alpha Talk')]),
      ),
    ]);
    expect(shape(merged)[0]!.talks).toEqual(['0:Alpha Talk + 1:Alpha Talk', '0:Beta Talk + 1:Beta Talk']);
  });

  it('never joins a day to one that some heading of the other names differently', () => {
    // "Day 1" and "Monday" are one day by the keynote (the longest title, matched first); Day 2's talk stays apart from Monday's.
    const forward = groupTalks([
      notes(day('Day 1', [talk(KEYNOTE)])),
      notes(day('Monday', [talk(KEYNOTE), talk('Scaling Postgres')])),
      notes(day('Day 2', [talk('Scaling Postgres')])),
    ]);
    expect(shape(forward).map((merged) => merged.talks)).toEqual([
      [`0:${KEYNOTE} + 1:${KEYNOTE}`, '1:Scaling Postgres'],
      ['2:Scaling Postgres'],
    ]);
    const backward = groupTalks([
      notes(day('Day 2', [talk('Scaling Postgres')])),
      notes(day('Day 1', [talk(KEYNOTE)])),
      notes(day('Monday', [talk(KEYNOTE), talk('Scaling Postgres')])),
    ]);
    expect(shape(backward).map((merged) => merged.talks)).toEqual([
      [`1:${KEYNOTE} + 2:${KEYNOTE}`, '2:Scaling Postgres'],
      ['0:Scaling Postgres'],
    ]);
  });

  it("never joins two days of one person's notes", () => {
    const merged = groupTalks([
      notes(day('Day 1', [talk('Alpha Talk')]), day('Monday', [talk('Beta Talk')])),
      notes(day('18 May', [talk('Alpha Talk'), talk('Beta Talk')])),
    ]);
    expect(shape(merged)).toEqual([
      { days: ['0:Day 1', '1:18 May'], talks: ['0:Alpha Talk + 1:Alpha Talk', '1:Beta Talk'] },
      { days: ['0:Monday'], talks: ['0:Beta Talk'] },
    ]);
  });

  it('joins days that name the same day only where every heading agrees', () => {
    const merged = groupTalks([
      notes(day('Day 1', [talk('Alpha Talk')])),
      notes(day('Day 1, 18 May', [talk('Beta Talk')])),
      notes(day('Day 1, 19 May', [talk('Gamma Talk')])),
    ]);
    expect(shape(merged).map((merged) => merged.days)).toEqual([['0:Day 1', '1:Day 1, 18 May'], ['2:Day 1, 19 May']]);
  });
});
