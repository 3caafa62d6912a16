/**
 * A title that is only the event's web address (`# <https://2015.cssconf.com/>`, `us.pycon.org/2019/`): the site's
 * name and the year its address holds ("cssconf 2015", "pycon 2019") name the conference.
 */

const URL_ONLY = /^<?(?:https?:\/\/|www\.)([^\s/<>]+)(\/[^\s<>]*)?>?$/iu;

/** Host labels that name no event: the web's own, and top-level domains. */
const NOT_A_NAME = /^(?:www\d?|m|blog|com|org|net|io|dev|info|eu|co|conf|events?|\p{L}{2})$/iu;

const YEAR = /(?<!\d)(?:19[9]\d|20[0-3]\d)(?!\d)/u;

export function siteTitle(title: string): string {
  const url = URL_ONLY.exec(title.trim());
  if (!url) return title;
  const labels = url[1]!.toLowerCase().split('.');
  // The site's name is the label before its top-level domain ("cssconf" of 2015.cssconf.com, "pycon" of us.pycon.org).
  const name = labels
    .slice(0, -1)
    .reverse()
    .find((label) => !NOT_A_NAME.test(label) && !YEAR.test(label));
  if (name === undefined) return title;
  // Stryker disable next-line StringLiteral: no path is read as no year, whatever text stands in for it
  const year = YEAR.exec(`${url[1]} ${url[2] ?? ''}`);
  return year ? `${name} ${year[0]}` : name;
}
