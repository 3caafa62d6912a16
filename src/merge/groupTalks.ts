import type { Conference, Day, Session } from '../model/types.js';
import { dayHeadings } from './dayHeadings.js';
import { dayKey, type DayKey } from './dayKey.js';
import { mergeSequences } from './mergeSequences.js';
import { sameDay } from './sameDay.js';
import { sessionTime } from './sessionTime.js';
import { sortWhereKnown } from './sortWhereKnown.js';
import { sameSpeakers } from './speakerSimilarity.js';
import { keysSimilarity, titleKeys } from './talkTitleSimilarity.js';
import { SAME_TITLE } from './titleSimilarity.js';

/** Same speakers, same day, titles unlike: still the same talk, ranked below title matches. */
const SAME_SPEAKERS = 0.8;

/** A day heading in one person's notes. */
export interface NoteDay {
  file: number;
  day: Day;
  key: DayKey;
}

/** A talk in one person's notes; `day` is null where the notes have no day headings around it. */
export interface NoteTalk {
  file: number;
  session: Session;
  day: NoteDay | null;
  time: number | null;
}

/** One day of the merged recap and its talks, each talk the notes of one or more people (in file order). */
export interface MergedDay {
  /** The day headings it joins; empty for talks no day could be found for. */
  days: NoteDay[];
  /** For talks no day could be found for while other notes have days: the file they come from. */
  unplacedFrom: number | null;
  talks: NoteTalk[][];
}

/**
 * Lines up several people's notes: which talks are the same talk (titles alike, or the same
 * speakers on the same day), which day headings are the same day (same date, same "Day N",
 * same words, or sharing a talk), and the order of both (each file's order where they agree,
 * then by date and by time slot where the notes give them).
 */
export function groupTalks(conferences: Conference[]): MergedDay[] {
  const { days, talks } = collect(conferences);
  const lines = new LineUp(days, talks);
  lines.joinSameDays();
  lines.matchTalks();
  return lines.result(conferences.length);
}

function collect(conferences: Conference[]): { days: NoteDay[]; talks: NoteTalk[] } {
  const days: NoteDay[] = [];
  const talks: NoteTalk[] = [];
  conferences.forEach((conference, file) => {
    const headings = dayHeadings(conference);
    for (const day of conference.days) {
      // A day without a heading (line null), or whose heading names no day while none in its notes does, floats.
      const noteDay = headings.includes(day) ? { file, day, key: dayKey(day.title) } : null;
      if (noteDay) days.push(noteDay);
      for (const session of day.sessions) talks.push({ file, session, day: noteDay, time: sessionTime(session) });
    }
  });
  return { days, talks };
}

interface Candidate {
  a: NoteTalk;
  b: NoteTalk;
  score: number;
  bySpeakers: boolean;
  /** Longer titles are more specific: "Keynote" is matched last. */
  specificity: number;
}

/** Union-find over days and talks, with what each group holds. */
class LineUp {
  private readonly dayParent = new Map<NoteDay, NoteDay>();
  private readonly dayMembers = new Map<NoteDay, NoteDay[]>();
  private readonly talkParent = new Map<NoteTalk, NoteTalk>();
  private readonly talkMembers = new Map<NoteTalk, NoteTalk[]>();
  private readonly talkDay = new Map<NoteTalk, NoteDay | null>();

  constructor(
    private readonly days: NoteDay[],
    private readonly talks: NoteTalk[],
  ) {
    for (const day of days) {
      this.dayParent.set(day, day);
      this.dayMembers.set(day, [day]);
    }
    for (const talk of talks) {
      this.talkParent.set(talk, talk);
      this.talkMembers.set(talk, [talk]);
      this.talkDay.set(talk, talk.day);
    }
  }

  /** Day headings that name the same day ("Day 2" and "Day 2", "18 May" and "Wednesday, May 18") are one day. */
  joinSameDays(): void {
    for (const [index, a] of this.days.entries()) {
      // Stryker disable next-line MethodExpression: joining two days again, or the other way round, changes nothing
      for (const b of this.days.slice(index + 1)) {
        if (a.file !== b.file && sameDay(a.key, b.key) === 'same') this.joinDays(this.dayRoot(a), this.dayRoot(b));
      }
    }
  }

  /** Greedy, best pairs first; whenever a match joins two days, the ranking is redone (same-day pairs rank first). */
  matchTalks(): void {
    const remaining = this.candidates();
    let joinedDays = true;
    while (joinedDays) {
      joinedDays = false;
      const sameDayFirst = (candidate: Candidate) =>
        this.dayOfTalk(candidate.a) !== null && this.dayOfTalk(candidate.a) === this.dayOfTalk(candidate.b) ? 1 : 0;
      remaining.sort((x, y) => sameDayFirst(y) - sameDayFirst(x) || y.score - x.score || y.specificity - x.specificity);
      for (const candidate of [...remaining]) {
        if (!this.canJoin(candidate)) continue;
        remaining.splice(remaining.indexOf(candidate), 1);
        if (this.joinTalks(candidate)) {
          joinedDays = true;
          break;
        }
      }
    }
  }

  result(fileCount: number): MergedDay[] {
    const placed = this.placeFloatingTalks(fileCount);
    const groups = [...new Set(this.talks.map((talk) => this.talkRoot(talk)))];
    const days = this.orderedDays(fileCount);
    // A talk goes to its day; else, when other notes have days, to a day of its file's unplaced talks; else to the one day of notes without days.
    const slotOf = (group: NoteTalk): NoteDay | number | null =>
      placed.get(group) ??
      (days.length === 0 ? null : Math.min(...this.talkMembers.get(group)!.map((talk) => talk.file)));
    const slots = new Map<NoteDay | number | null, MergedDay>(
      // Stryker disable next-line ArrayDeclaration: every slot's talks are filled in below
      days.map((root) => [root, { days: this.dayMembers.get(root)!, unplacedFrom: null, talks: [] }]),
    );
    for (const group of groups) {
      const slot = slotOf(group);
      if (!slots.has(slot))
        // Stryker disable next-line ConditionalExpression,ArrayDeclaration: a slot not yet known is a file or null; its talks are filled in below
        slots.set(slot, { days: [], unplacedFrom: typeof slot === 'number' ? slot : null, talks: [] });
    }
    for (const [slot, day] of slots)
      day.talks = this.orderedTalks(new Set(groups.filter((group) => slotOf(group) === slot)), fileCount);
    return [...slots.values()];
  }

  /** Each file's order of days where they agree, then "Day N" and dates where written. */
  private orderedDays(fileCount: number): NoteDay[] {
    const perFile = Array.from({ length: fileCount }, (_, file) => [
      ...new Set(this.days.filter((day) => day.file === file).map((day) => this.dayRoot(day))),
    ]);
    const keyOf =
      <K>(key: (day: NoteDay) => K | null) =>
      (root: NoteDay) =>
        this.dayMembers
          .get(root)!
          .map(key)
          .find((value) => value !== null) ?? null;
    const numbered = sortWhereKnown(
      mergeSequences(perFile),
      keyOf((day) => day.key.number),
    );
    return sortWhereKnown(
      numbered,
      keyOf((day) => day.key.monthDay),
    );
  }

  /** The talk groups of one day: each file's order where they agree, then time slots where written; each group's notes in file order. */
  private orderedTalks(groups: Set<NoteTalk>, fileCount: number): NoteTalk[][] {
    const perFile = Array.from({ length: fileCount }, (_, file) => [
      ...new Set(
        this.talks
          .filter((talk) => talk.file === file)
          .map((talk) => this.talkRoot(talk))
          .filter((group) => groups.has(group)),
      ),
    ]);
    const timed = sortWhereKnown(
      mergeSequences(perFile),
      (group) => this.talkMembers.get(group)!.find((talk) => talk.time !== null)?.time ?? null,
    );
    return timed.map((group) => [...this.talkMembers.get(group)!].sort((x, y) => x.file - y.file));
  }

  private candidates(): Candidate[] {
    const keys = new Map(this.talks.map((talk) => [talk, titleKeys(talk.session.title)]));
    // A talk noted without speakers may be named after its speaker ("Talk 4: Vijay Pandey").
    const speakers = new Map(
      this.talks.map((talk) => [
        talk,
        talk.session.speakers.length > 0
          ? [...new Set(talk.session.speakers.map((speaker) => speaker.name))]
          : [talk.session.title],
      ]),
    );
    const candidates: Candidate[] = [];
    for (const [index, a] of this.talks.entries()) {
      for (const b of this.talks.slice(index + 1)) {
        // Stryker disable next-line ConditionalExpression: canJoin refuses two talks of one file all the same; this only saves the work
        if (a.file === b.file) continue;
        const similarity = keysSimilarity(keys.get(a)!, keys.get(b)!);
        const specificity = Math.min(keys.get(a)![0]!.length, keys.get(b)![0]!.length);
        if (similarity >= SAME_TITLE) candidates.push({ a, b, score: similarity, bySpeakers: false, specificity });
        // "The same speakers": all of them, a typo away at most, so one person's two talks on a day stay two talks.
        else if (sameSpeakers(speakers.get(a)!, speakers.get(b)!)) {
          candidates.push({ a, b, score: SAME_SPEAKERS + similarity / 10, bySpeakers: true, specificity });
        }
      }
    }
    return candidates;
  }

  private canJoin({ a, b, bySpeakers }: Candidate): boolean {
    const [groupA, groupB] = [this.talkRoot(a), this.talkRoot(b)];
    // Stryker disable next-line ConditionalExpression: one group shares its files with itself, refused below all the same
    if (groupA === groupB) return false;
    const filesA = new Set(this.talkMembers.get(groupA)!.map((talk) => talk.file));
    if (this.talkMembers.get(groupB)!.some((talk) => filesA.has(talk.file))) return false;
    const [dayA, dayB] = [this.dayOfTalk(a), this.dayOfTalk(b)];
    if (dayA && dayB && dayA !== dayB && !this.daysCompatible(dayA, dayB)) return false;
    // "The same speakers on the same day": known to be one day, or notes without days that cannot say.
    return !bySpeakers || dayA === dayB || dayA === null || dayB === null;
  }

  /** Joins the two talks' groups; true when that also joined two days. */
  private joinTalks({ a, b }: Candidate): boolean {
    const [groupA, groupB] = [this.talkRoot(a), this.talkRoot(b)];
    const [dayA, dayB] = [this.dayOfTalk(a), this.dayOfTalk(b)];
    this.talkParent.set(groupB, groupA);
    this.talkMembers.get(groupA)!.push(...this.talkMembers.get(groupB)!);
    this.talkMembers.delete(groupB);
    // Stryker disable next-line ConditionalExpression: "joining" a day to itself only ranks the pairs again, in the same order
    if (dayA && dayB && dayA !== dayB) {
      this.talkDay.set(groupA, this.joinDays(dayA, dayB));
      return true;
    }
    this.talkDay.set(groupA, dayA ?? dayB);
    return false;
  }

  /** Each talk noted without a day goes to the day of the talk before it in the same notes (or after it, for the first). */
  private placeFloatingTalks(fileCount: number): Map<NoteTalk, NoteDay | null> {
    const placed = new Map<NoteTalk, NoteDay | null>();
    for (const group of new Set(this.talks.map((talk) => this.talkRoot(talk)))) {
      const day = this.talkDay.get(group);
      placed.set(group, day ? this.dayRoot(day) : null);
    }
    // Stryker disable next-line EqualityOperator: a file past the last has no talks
    for (let file = 0; file < fileCount; file++) {
      const groups = this.talks.filter((talk) => talk.file === file).map((talk) => this.talkRoot(talk));
      for (const order of [groups, [...groups].reverse()]) {
        let previous: NoteDay | null = null;
        for (const group of order) {
          const day = placed.get(group) ?? null;
          if (day) previous = day;
          // Stryker disable next-line ConditionalExpression: every group is in the map already, a missing day as null
          else if (previous) placed.set(group, previous);
        }
      }
    }
    return placed;
  }

  private daysCompatible(x: NoteDay, y: NoteDay): boolean {
    const [membersX, membersY] = [this.dayMembers.get(this.dayRoot(x))!, this.dayMembers.get(this.dayRoot(y))!];
    return membersX.every((a) => membersY.every((b) => a.file !== b.file && sameDay(a.key, b.key) !== 'different'));
  }

  private joinDays(x: NoteDay, y: NoteDay): NoteDay {
    const [rootX, rootY] = [this.dayRoot(x), this.dayRoot(y)];
    if (rootX === rootY || !this.daysCompatible(rootX, rootY)) return rootX;
    this.dayParent.set(rootY, rootX);
    this.dayMembers.get(rootX)!.push(...this.dayMembers.get(rootY)!);
    this.dayMembers.delete(rootY);
    return rootX;
  }

  private dayRoot(day: NoteDay): NoteDay {
    let root = day;
    while (this.dayParent.get(root) !== root) root = this.dayParent.get(root)!;
    return root;
  }

  private talkRoot(talk: NoteTalk): NoteTalk {
    let root = talk;
    while (this.talkParent.get(root) !== root) root = this.talkParent.get(root)!;
    return root;
  }

  private dayOfTalk(talk: NoteTalk): NoteDay | null {
    const day = this.talkDay.get(this.talkRoot(talk));
    return day ? this.dayRoot(day) : null;
  }
}
