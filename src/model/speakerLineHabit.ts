import type { DaySource, TalkSource } from './inferStructure.js';
import { MIN_NAMED_BULLET_TALKS } from './outline.js';
import { firstBulletSpeaker } from './speakers/speakerBullets.js';
import { MIN_HANDLE_OPENINGS, opensWithHandle } from './speakers/labelledNearStart.js';
import { takeSpeakerLines } from './speakers/speakerLines.js';

/**
 * Reads the speaker lines of one talk's body (`slot`: under a slot heading, "## Talk 1"; `named`: its speaker is named
 * elsewhere, a line of names over its heading).
 */
export type ReadSpeakerLines = (
  body: TalkSource['body'],
  slot: boolean,
  named?: boolean,
) => ReturnType<typeof takeSpeakerLines>;

/**
 * Pure: how speaker lines are read in these notes: a bare name as a talk's first bullet counts only when
 * another talk's first bullet names its speaker with a handle or a role, or three talks or more open with a
 * name (the notes' own habit); a name with its handle inside a talk's first paragraph only where MIN_HANDLE_OPENINGS
 * talks open their prose with one.
 */
export function readSpeakerLines(days: DaySource[], source: string): ReadSpeakerLines {
  const firstBullets = days.flatMap((day) => day.talks.map((talk) => firstBulletSpeaker(talk.body, source)));
  const bareNameBullets =
    firstBullets.includes('marked') || firstBullets.filter((named) => named !== null).length >= MIN_NAMED_BULLET_TALKS;
  // "Jane Roe ([@jroe](…)) explained…" opening the notes of three talks or more: the author names speakers by a handle,
  // so a talk whose first paragraph names someone so further on ("… given by Matt Turner (@mt165pro)") names its speaker.
  const talks = days.flatMap((day) => day.talks);
  const handleMentions = talks.filter((talk) => opensWithHandle(talk.body)).length >= MIN_HANDLE_OPENINGS;
  return (body, slot, named = false) =>
    takeSpeakerLines(body, source, { slot, bareNameBullets, named, handleMentions });
}
