import type { Conference } from '../../model/types.js';
import { plural } from '../../plural.js';
import { allSessions, daysWithSessions } from '../allSessions.js';
import { slide } from '../slide.js';
import type { Slide } from '../types.js';

/**
 * Sessions per day as a bar chart, with the recap's numbers in words beside it. Notes of one day get
 * no such slide: one bar says no more than "N sessions" (a one-day file's bar is often the conference's
 * own name), and a slide holding one line of counts is a near-empty slide (corpus 100, 109).
 */
export function glanceSlides(conference: Conference): Slide[] {
  // A bar of 0 for a day without sessions (the trip there) says nothing.
  const days = daysWithSessions(conference);
  if (days.length < 2) return [];
  const sessions = allSessions(conference);
  const speakers = new Set(sessions.flatMap((session) => session.speakers.map((speaker) => speaker.name)));
  const subtitle = [
    plural(sessions.length, 'session'),
    plural(days.length, 'day'),
    ...(speakers.size > 0 ? [plural(speakers.size, 'speaker')] : []),
  ];
  const chart = days.map((day) => ({ label: day.title, value: day.sessions.length }));
  // The chart is a picture: its numbers in words too, for screen readers (the themes hide this list from sight).
  const items = chart.map((bar) => ({
    markdown: `${bar.label}: ${plural(bar.value, 'session')}`,
    children: [],
    blocks: [],
  }));
  return [slide('glance', 'At a glance', { subtitle: [subtitle.join(' · ')], chart, items })];
}
