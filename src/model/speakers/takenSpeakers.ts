// What a reader of speaker lines takes from a talk's content: who speaks, the title, the lines that said so, the rest.
import type { Speaker } from '../types.js';
import type { RootContent } from 'mdast';

export interface SpeakerLines {
  speakers: Speaker[];
  /** The talk's title from a label line ("__Topic__: Title") under a slot heading, or null. */
  title: string | null;
  /** The lines that named them, as written. */
  byline: string[];
  /** The session's content without those lines. */
  rest: RootContent[];
  /** The names were read from the notes' prose, not from a line that only names: they yield to a heading that names someone. */
  fromProse?: boolean;
}
