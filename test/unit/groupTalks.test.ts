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
