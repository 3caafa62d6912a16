import type { Conference, Day, Session } from '../model/types.js';

/** Every session of the conference, day by day, in the order written. */
export function allSessions(conference: Conference): Session[] {
  return conference.days.flatMap((day) => day.sessions);
}

/** The days that hold sessions: a day without any (the trip there, a rest day) has no entry on an agenda or a chart. */
export function daysWithSessions(conference: Conference): Day[] {
  return conference.days.filter((day) => day.sessions.length > 0);
}
