import type { Conference, Day } from '../model/types.js';

/**
 * Several people's notes → one conference: days with the same title are joined,
 * the first file's title and date win, and disagreements become warnings.
 */
export function mergeConferences(conferences: Conference[]): Conference {
  const [first, ...others] = conferences;
  if (!first) throw new Error('mergeConferences needs at least one conference');
  const merged: Conference = { ...first, authors: [...first.authors], files: [...first.files], days: first.days.map(copyDay), extras: [...first.extras], warnings: [...first.warnings], intro: [...first.intro] };
  for (const other of others) {
    if (other.title !== merged.title) merged.warnings.push({ file: other.files[0]!, line: null, message: `Conference title "${other.title}" differs from "${merged.title}"; using the first` });
    merged.date ??= other.date;
    merged.files.push(...other.files);
    for (const author of other.authors) if (!merged.authors.includes(author)) merged.authors.push(author);
    merged.intro.push(...other.intro);
    merged.extras.push(...other.extras);
    merged.warnings.push(...other.warnings);
    for (const day of other.days) {
      const same = merged.days.find((known) => known.title.toLowerCase() === day.title.toLowerCase());
      if (same) {
        same.intro.push(...day.intro);
        same.sessions.push(...day.sessions);
      } else merged.days.push(copyDay(day));
    }
  }
  return merged;
}

function copyDay(day: Day): Day {
  return { ...day, intro: [...day.intro], sessions: [...day.sessions] };
}
