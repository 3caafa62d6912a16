import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';

/** Inline scripts without a `src`: the bespoke template's own navigation and presenter view. */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * A deck's HTML with a Content-Security-Policy that lets only the scripts the page was made with
 * run (by hash): no script a note smuggled in, no inline event handler, no plugin, no form, no
 * request anywhere but the deck's own folder and inline data, and http(s) images, styles and
 * fonts only with `allowRemote`. `imagesDir`: the deck is a file, and shows images only from
 * that folder (on a file:// page `'self'` is every file on the machine).
 */
export function withContentSecurityPolicy(
  html: string,
  options: { allowRemote: boolean; liveReload?: boolean; imagesDir?: string },
): string {
  const hashes = [
    ...new Set(
      [...html.matchAll(INLINE_SCRIPT)].map(
        (match) => `'sha256-${createHash('sha256').update(match[1]!, 'utf8').digest('base64')}'`,
      ),
    ),
  ];
  const remote = options.allowRemote ? ' https: http:' : '';
  // `recapdeck serve` adds its live-reload script from its own origin, which listens for server-sent events.
  const scripts = [...(options.liveReload ? ["'self'"] : []), ...hashes];
  const images = options.imagesDir === undefined ? "'self'" : fileSource(options.imagesDir);
  const policy = [
    "default-src 'none'",
    `script-src ${scripts.join(' ') || "'none'"}`,
    ...(options.liveReload ? ["connect-src 'self'"] : []),
    `style-src 'self' 'unsafe-inline'${remote}`,
    `img-src ${images} data: blob:${remote}`,
    `media-src ${images} data:${remote}`,
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

/**
 * A folder as a CSP source for file:// pages. CSP has no relative or host-less source:
 * `file:///dir/` is refused as invalid, while `file://` + `*` + `/dir/` (any host; a local file
 * has none) matches that folder and what is under it. Characters the policy could read as
 * separators are percent-encoded; a path matches percent-decoded.
 */
function fileSource(dir: string): string {
  const path = pathToFileURL(dir.endsWith('/') || dir.endsWith('\\') ? dir : `${dir}/`).pathname;
  return `file://*${path.replace(/[^A-Za-z0-9\-._~/%:]/g, (char) => encodeURIComponent(char))}`;
}
