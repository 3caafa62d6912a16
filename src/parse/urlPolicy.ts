import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isInside } from '../pathInside.js';

/** Schemes a link on a slide may use; anything else (`javascript:`, `vbscript:`, `data:`, `file:`) is removed. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'ftp', 'tel']);
const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/**
 * The scheme as a browser reads it: browsers ignore ASCII whitespace and control characters inside
 * a URL and schemes are case-insensitive, so `Java\tScript:` is `javascript:`.
 */
function schemeOf(url: string): string | null {
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return SCHEME.exec(compact)?.[1]!.toLowerCase() ?? null;
}

/** A link target that is safe to click: relative (but not scheme-relative), or one of LINK_SCHEMES. */
export function isSafeLink(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === null ? remoteOfSchemeRelative(url) === null : LINK_SCHEMES.has(scheme);
}

/**
 * `//host/share` as the https URL it means. Left as it is, a deck opened from disk would read it as
 * `file://host/share`, a share on another machine. Browsers read `\\` as `/` and skip whitespace here.
 */
export function remoteOfSchemeRelative(url: string): string | null {
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (!/^[\\/]{2}/.test(compact)) return null;
  return `https://${compact.replace(/^[\\/]+/, '').replace(/[<>]/g, encodeURIComponent)}`;
}

export type ImageTarget =
  | { kind: 'remote'; url: string }
  | { kind: 'inline'; url: string }
  /** A file on this machine: `url` is its canonical `file:` URL; `inside` says whether it is in the notes file's folder. */
  | { kind: 'local'; url: string; path: string; inside: boolean }
  | { kind: 'unsafe' };

/**
 * Where an image in the notes comes from. Relative paths are resolved against the notes file's
 * folder; `/abs`, `file://` and `../` paths are local files that may lie outside it.
 */
export function imageTarget(url: string, notesFile: string): ImageTarget {
  const scheme = schemeOf(url);
  if (scheme === 'http' || scheme === 'https') return { kind: 'remote', url };
  if (scheme === 'data')
    return /^\s*data:image\/[\w.+-]+[;,]/i.test(url) ? { kind: 'inline', url } : { kind: 'unsafe' };
  let path: string;
  if (scheme === 'file') {
    try {
      // Stryker disable next-line MethodExpression: URL parsing drops edge spaces too
      path = fileURLToPath(url.trim());
    } catch {
      return { kind: 'unsafe' };
    }
  } else if (scheme !== null) {
    return { kind: 'unsafe' };
  } else if (url.startsWith('//')) {
    return { kind: 'remote', url: `https:${url}` };
  } else {
    let decoded: string;
    try {
      // Stryker disable next-line Regex: a link target in Markdown holds no line break, so "to the end" is "to the end of the line"
      decoded = decodeURI(url.replace(/[?#].*$/, ''));
    } catch {
      decoded = url;
    }
    if (decoded.includes('\0')) return { kind: 'unsafe' };
    path = resolve(dirname(resolve(notesFile)), decoded);
  }
  return { kind: 'local', url: pathToFileURL(path).href, path, inside: isInside(path, dirname(resolve(notesFile))) };
}
