import { basename } from 'node:path';

/**
 * A conference title without its year ("Frozenrails", "AnsibleFest") over notes dated in one year (a front matter date,
 * day headings "2012-09-20"): the year tells one edition from another, as the title slide's first line.
 */

const YEAR = /(?<!\d)(?:19[9]\d|20[0-3]\d)(?!\d)/gu;

/** Scripts whose titles often open with the year ("2018 深圳 ArchSummit"): a year put after the name reads wrong there. */
const YEAR_FIRST_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A blog post's date before its file name, as Jekyll names posts: "2013-03-04-big-ruby-round-up.md". */
const POST_DATE = /^((?:19[9]|20[0-3])\d)-\d\d-\d\d[-_]/u;

/**
 * The year the notes are dated in: the front matter's date, else the one year all dated day headings share, else the
 * date a blog post's file name opens with (the post may come out after the event: the days say more).
 */
export function notesYear(date: string | null, dayTitles: readonly string[], file = ''): string | null {
  if (date !== null) return date.slice(0, 4);
  const years = new Set(dayTitles.flatMap((title) => title.match(YEAR) ?? []));
  if (years.size === 1) return [...years][0]!;
  return POST_DATE.exec(basename(file))?.[1] ?? null;
}

/** Parts of a post's title ("KubeCon - Other Cool Things"): the year would end the last part, not the name. */
const PARTS = /\s[-–—|]\s|:\s/u;

/** Words a name has at most ("Chemnitzer Linux Tage", "Web Unleashed Conf Toronto"): more, or a comma, make a sentence. */
const MAX_NAME_WORDS = 4;

/** Whether a title reads as a name: a few words, no sentence punctuation, not parted ("KubeCon - Other Cool Things"). */
function readsAsName(title: string): boolean {
  return title.split(/\s+/u).length <= MAX_NAME_WORDS && !/[,;!?]/u.test(title) && !PARTS.test(title);
}

/**
 * The title with the year after it, where it is a name with no number at all, not written in a year-first script.
 */
export function withYear(title: string, year: string | null): string {
  if (year === null || /\p{N}/u.test(title) || YEAR_FIRST_SCRIPTS.test(title) || !readsAsName(title)) return title;
  return `${title} ${year}`;
}
