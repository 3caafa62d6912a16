import { wordsOf } from '../../words.js';

/**
 * The event's own site, as the notes link it: `https://us.pycon.org/2023/schedule/…`, `https://2019.jsconf.eu/…`,
 * `https://fosdem.org/2020/`. Its address holds the event's name, the year, and for a regional edition its region
 * before the name (`us.`, `eu.`): "PyCon 2021" linked to us.pycon.org/2021 is PyCon US 2021. A country's top-level
 * domain after the name is no region: droidkaigi.jp is DroidKaigi's only edition, codemotion.es a country's site.
 */

/** A site's address in a Markdown link (not an image's): `[Website](https://us.pycon.org/2021/)`. */
const LINK_ADDRESS = /(?<!!)\[[^\]\n]*\]\(<?https?:\/\/([^\s/)>]+)([^\s)>]*)/giu;

/** A year standing alone in a host label or as a whole path segment. */
const YEAR = /^(?:19[9]\d|20[0-3]\d)$/u;

/** Labels that say where a regional edition is held: a country's or a continent's code. */
const REGION =
  /^(?:us|eu|uk|jp|de|fr|es|it|nl|pl|br|au|ca|in|cn|kr|tw|ru|ch|at|be|se|no|fi|dk|pt|cz|ie|nz|za|mx|ar|asia|africa|latam)$/u;

/** Hosts that hold everyone's pages (videos, slides, code, posts), never an event's own site. */
const SHARED_HOST =
  /^(?:github|githubusercontent|gitlab|youtube|youtu|vimeo|medium|twitter|x|google|speakerdeck|slideshare|docs|flickr|imgur|wikipedia|linkedin|facebook|instagram|reddit|dev|notion|hackmd|bit|t|archive|web|wordpress|blogspot|substack|eventbrite|meetup|sessionize|papercall)$/u;

/** Labels that name no site: the web's own and hosting words. */
const NO_NAME = /^(?:www\d?|m|blog|events?|conf|tickets|co|com|org|net|ac|gov|\d+)$/u;

export interface EventSite {
  /** The label that names the site: "pycon" of us.pycon.org. */
  name: string;
  /** A regional edition's code in capitals ("US"), or null. */
  region: string | null;
  year: string;
}

/**
 * The site one address names, with its year in a host label or a path segment of its own. A year followed by a month
 * (`/2019/05/23/post`) dates a blog post, not an event: none.
 */
export function eventSiteOf(host: string, path: string): EventSite | null {
  const labels = host.toLowerCase().split('.');
  const nameAt = labels.length - 2;
  const name = labels[nameAt];
  if (name === undefined || NO_NAME.test(name) || SHARED_HOST.test(name)) return null;
  const segments = path.split(/[/?#]/u).filter(Boolean);
  const yearAt = segments.findIndex((segment) => YEAR.test(segment));
  // Stryker disable next-line StringLiteral: the stand-in for no segment after the year; any text without a digit reads alike
  if (yearAt >= 0 && /^\d\d?$/u.test(segments[yearAt + 1] ?? '')) return null;
  const year = labels.find((label) => YEAR.test(label)) ?? segments[yearAt];
  if (year === undefined) return null;
  // Stryker disable next-line StringLiteral: the stand-in for no label before the name; any text but a region code reads alike
  const region = labels[nameAt - 1] ?? '';
  return { name, region: REGION.test(region) ? region.toUpperCase() : null, year };
}

/** The event sites the notes link to, in order, once per link. */
export function linkedEventSites(markdown: string): EventSite[] {
  return [...markdown.matchAll(LINK_ADDRESS)].flatMap((match) => {
    const site = eventSiteOf(match[1]!, match[2]!);
    return site === null ? [] : [site];
  });
}

/** Links a site must have before it names the event on its own: one link may be any page that mentions a year. */
const MIN_LINKS_TO_NAME = 3;

/**
 * For notes whose title names no event ("Saturday, April 22"): the site they link most, at least MIN_LINKS_TO_NAME
 * times with one year, as "pycon US 2023".
 */
export function mostLinkedEventSite(markdown: string): string | null {
  const counts = new Map<string, number>();
  for (const site of linkedEventSites(markdown)) {
    const named = [site.name, site.region, site.year].filter(Boolean).join(' ');
    counts.set(named, (counts.get(named) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best !== undefined && best[1] >= MIN_LINKS_TO_NAME ? best[0] : null;
}

/**
 * A title that names the event by its site's name and year but not its region ("PyCon 2021" over a link to
 * us.pycon.org/2021): the region after the name, "PyCon US 2021".
 */
export function withSiteRegion(title: string, markdown: string | null): string {
  if (markdown === null) return title;
  const words = wordsOf(title);
  const site = linkedEventSites(markdown).find(
    (linked) =>
      linked.region !== null &&
      words.includes(linked.name) &&
      words.includes(linked.year) &&
      !words.includes(linked.region.toLowerCase()),
  );
  if (site === undefined) return title;
  return title.replace(new RegExp(`(?<![\\p{L}\\p{N}])${site.name}(?![\\p{L}\\p{N}])`, 'iu'), `$& ${site.region}`);
}
