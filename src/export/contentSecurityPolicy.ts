import { createHash } from 'node:crypto';

/** Inline scripts without a `src`: the bespoke template's own navigation and presenter view. */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * A deck's HTML with a Content-Security-Policy that lets only the scripts the page was made with
 * run (by hash): no script a note smuggled in, no inline event handler, no plugin, no form, no
 * request anywhere but the deck's own folder and inline data, and http(s) images, styles and
 * fonts only with `allowRemote`.
 */
export function withContentSecurityPolicy(html: string, options: { allowRemote: boolean; liveReload?: boolean }): string {
  const hashes = [...new Set([...html.matchAll(INLINE_SCRIPT)].map((match) => `'sha256-${createHash('sha256').update(match[1]!, 'utf8').digest('base64')}'`))];
  const remote = options.allowRemote ? ' https: http:' : '';
  // `recapdeck serve` adds its live-reload script from its own origin, which listens for server-sent events.
  const scripts = [...(options.liveReload ? ["'self'"] : []), ...hashes];
  const policy = [
    "default-src 'none'",
    `script-src ${scripts.join(' ') || "'none'"}`,
    ...(options.liveReload ? ["connect-src 'self'"] : []),
    `style-src 'self' 'unsafe-inline'${remote}`,
    `img-src 'self' data: blob:${remote}`,
    `media-src 'self' data:${remote}`,
    `font-src 'self' data:${remote}`,
    // The presenter view shows the next slide in a frame of the same file.
    "frame-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  // First thing in <head>: a policy only covers what comes after it.
  return html.replace(/<head([^>]*)>/i, (head) => `${head}${meta}`);
}
