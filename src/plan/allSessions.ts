import type { Conference, Session } from '../model/types.js';

/** Every session of the conference, day by day, in the order written. */
export function allSessions(conference: Conference): Session[] {
  return conference.days.flatMap((day) => day.sessions);
}
