/** A displayed URL longer than this is shortened; the link keeps its full target. */
const MAX_URL_CHARS = 40;
const MAX_TAIL_CHARS = 30;

/**
 * Code spans, links, autolinks and bare URLs, in that order, so a URL inside code or a link target
 * is left alone. Every part has a bounded length, and a link's title must start with a space: an
 * unclosed `[a](` repeated thousands of times would otherwise be scanned to its end from each `[`.
 */
const TOKENS =
  /(`+)[\s\S]{0,2000}?\1|(!?)\[([^\]]{0,1000})\]\(([^)\s]{0,2048})(\s[^)]{0,500})?\)|<(https?:\/\/[^>\s]{1,2048})>|\bhttps?:\/\/[^\s<>()[\]]+[^\s<>()[\].,;:!?'"]/g;

/**
 * Long URLs shown on a slide become `host/…/last-part`, still linking to the full address:
 * `[https://a.org/very/long/path](…)`, `<https://…>` and bare `https://…` alike.
 */
export function shortLinks(markdown: string): string {
  return markdown.replace(
    TOKENS,
    (token, ticks?: string, bang?: string, text?: string, url?: string, rest?: string, autolink?: string) => {
      if (ticks) return token;
      if (text !== undefined) {
        if (bang || !looksLikeUrl(text) || text.length <= MAX_URL_CHARS) return token;
        return `[${shortUrl(text)}](${url}${rest ?? ''})`;
      }
      const target = autolink ?? token;
      return target.length <= MAX_URL_CHARS ? token : `[${shortUrl(target)}](${target})`;
    },
  );
}

function looksLikeUrl(text: string): boolean {
  return /^(https?:\/\/|www\.)\S+$/.test(text.trim());
}

/** "https://www.example.org/a/b/c/page.html?x=1" → "example.org/…/page.html". */
export function shortUrl(url: string): string {
  const bare = url
    .trim()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
  if (bare.length <= MAX_URL_CHARS) return bare;
  const [host, ...path] = bare.split('/');
  const last = path.at(-1) ?? '';
  if (path.length === 1 && last.length <= MAX_TAIL_CHARS) return `${host}/${last}`;
  return last.length > 0 && last.length <= MAX_TAIL_CHARS
    ? `${host}/…/${last}`
    : `${host}/${last.slice(0, MAX_TAIL_CHARS - 1)}…`;
}
