import type { DaySource, TalkSource } from './inferStructure.js';
import { firstBulletSpeaker, takeSpeakerLines } from './speakers/speakerLines.js';

/** Reads the speaker lines of one talk's body (`slot`: under a slot heading, "## Talk 1"). */
export type ReadSpeakerLines = (body: TalkSource['body'], slot: boolean) => ReturnType<typeof takeSpeakerLines>;

/**
 * Pure: how speaker lines are read in these notes: a bare name as a talk's first bullet counts only when
 * another talk's first bullet names its speaker with a handle or a role (the notes' own habit).
 */
export function readSpeakerLines(days: DaySource[], source: string): ReadSpeakerLines {
  const bareNameBullets = days.some((day) =>
    day.talks.some((talk) => firstBulletSpeaker(talk.body, source) === 'marked'),
  );
  return (body, slot) => takeSpeakerLines(body, source, { slot, bareNameBullets });
}
