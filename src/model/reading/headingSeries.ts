import type { TalkSource } from '../inferStructure.js';
import { parseLinkedSpeakers, parseSessionHeading } from '../sessionHeading.js';
import { handleSpeakers } from '../speakers/dashHandles.js';
import { parseSpeakerHeading } from '../speakers/speakerLists.js';

/** A file needs at least this many talk headings written one way before all of them are read so. */
export const MIN_SERIES = 2;
/** "1 Title", "2 Title": a number and a space, no dot (a dot marks a talk already, see headingKinds). */
const BARE_NUMBER = /^(\d{1,2})\s+(?=\S)/u;
/** "Title，朱跃峰": a full-width comma, then a Chinese name of two or three characters. */
const COMMA_NAME = /^(.+?)\s*，\s*(\p{Script=Han}{2,3})$/u;

/**
 * Pure: shapes that only the talk headings of a whole file, taken together, show. Numbers "1 ", "2 ", …
 * in order before every title are the author's count, not words of the titles ("10 Ways to Fail" alone keeps
 * its number); a short Chinese name after a full-width comma at the end of every title is its speaker; one word after
 * "by" is a handle where two titles or more name their speakers after "by" (speakers/byHandles.ts); where
 * half of the headings or more are only a person's name, each such talk is that person's.
 */
export function readHeadingSeries(talks: TalkSource[]): TalkSource[] {
  if (talks.length < MIN_SERIES) return talks;
  const numbered = talks.every((talk, index) => BARE_NUMBER.exec(talk.text)?.[1] === String(index + 1));
  const texts = talks.map((talk) => (numbered ? talk.text.replace(BARE_NUMBER, '') : talk.text));
  const named = texts.every((text) => COMMA_NAME.test(text));
  // "## Jane Roe" for each talk: notes that name talks by who gave them; half of the headings must, or "Rust Belt" is no one.
  // A talk whose speakers are written elsewhere (a speaker column, a name heading over it) is not named by them.
  const people = texts.map((text, index) =>
    talks[index]!.speakerHeading !== undefined || parseSessionHeading(text).speakers.length > 0
      ? null
      : parseSpeakerHeading(text),
  );
  const byPeople = people.filter((found) => found !== null).length;
  const namedByPeople = byPeople >= MIN_SERIES && byPeople * 2 >= talks.length;
  // "Title, [Jane Roe](https://twitter.com/jroe)" for half of the talks or more: the others that end with a linked
  // name ("Title, [John Doe](https://johndoe.org)", "[Ann Lee]()") name their speaker so too, wherever the link goes.
  const profileLinked = talks.filter((talk) => parseLinkedSpeakers(talk.heading) !== null).length;
  const linkedByPeople = profileLinked >= MIN_SERIES && profileLinked * 2 >= talks.length;
  // "Title by 玉" where other titles of the day end "by Jane Roe": one word after "by" is a handle. So is one word after
  // a dash where others end "- Jane Roe" (`Creating VueCLI plugins - Guillaume`).
  const handles = handleSpeakers(texts);
  // Stryker disable next-line ConditionalExpression: a shortcut, the map below would return equal talks
  if (!numbered && !named && !namedByPeople && !linkedByPeople && !handles.some(Boolean)) return talks;
  return talks.map((talk, index) => {
    const linked =
      linkedByPeople &&
      parseLinkedSpeakers(talk.heading) === null &&
      parseSessionHeading(texts[index]!).speakers.length === 0
        ? parseLinkedSpeakers(talk.heading, { anySite: true })
        : null;
    if (linked) return { ...talk, text: linked.title, speakers: [...(talk.speakers ?? []), ...linked.speakers] };
    const handle = handles[index];
    if (handle) return { ...talk, text: handle.title, speakers: [...(talk.speakers ?? []), ...handle.speakers] };
    const comma = named ? COMMA_NAME.exec(texts[index]!) : null;
    if (comma)
      return { ...talk, text: comma[1]!, speakers: [...(talk.speakers ?? []), { name: comma[2]!, org: null }] };
    const person = namedByPeople ? people[index] : null;
    return person ? { ...talk, text: texts[index]!, namedFor: person } : { ...talk, text: texts[index]! };
  });
}
