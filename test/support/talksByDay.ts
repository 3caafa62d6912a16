import { buildConference } from '../../src/model/buildConference.js';
import { parseNotes } from '../../src/parse/parseNotes.js';

/** The conference read from notes `text` (a file `notes.md`). */
export const readNotes = (text: string) => buildConference(parseNotes(text, 'notes.md'));

/** Each day's title and its talks as `Title [Speaker, Speaker] (group)`. */
export const talksByDay = (text: string) =>
  readNotes(text).days.map((day) => [
    day.title,
    day.sessions.map(
      (session) =>
        `${session.title} [${session.speakers.map((speaker) => speaker.name).join(', ')}] (${session.group})`,
    ),
  ]);
