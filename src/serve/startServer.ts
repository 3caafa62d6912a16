import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import { extname, resolve } from 'node:path';
import { RecapError } from '../errors.js';
import { withContentSecurityPolicy } from '../export/html/contentSecurityPolicy.js';
import { IMAGE_TYPES } from '../export/localImages.js';
import { isInside } from '../pathInside.js';
import { LiveReload } from './liveReload.js';
import type { LiveSite } from './liveSite.js';

export interface RunningServer {
  /** Where the site is, e.g. http://127.0.0.1:8080/ (the real port when 0 was asked for). */
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.css': 'text/css; charset=utf-8',
  ...IMAGE_TYPES,
};

/**
 * Serves the live site over plain HTTP: the files of its folder (HTML with the live-reload
 * script added), PDFs printed on request, and the reload events. Read-only: GET and HEAD only.
 */
export async function startServer(
  site: LiveSite,
  reload: LiveReload,
  where: { host: string; port: number },
  onError: (error: unknown) => void,
): Promise<RunningServer> {
  const served = { host: where.host, port: where.port };
  const server = createServer((request, response) => {
    if (!hostAllowed(request.headers.host, served))
      return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden: unknown Host');
    handle(site, reload, request, response).catch((error: unknown) => {
      onError(error);
      if (!response.headersSent)
        send(
          response,
          500,
          'text/plain; charset=utf-8',
          error instanceof RecapError ? error.format() : 'Internal error',
        );
      else response.end();
    });
  });
  const display = where.host.includes(':') ? `[${where.host}]` : where.host;
  await new Promise<void>((listening, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const address = `http://${display}:${where.port}/`;
      const reasons: Record<string, string> = {
        EADDRINUSE: `the port ${where.port} is in use; choose another with --port N (0 picks a free one)`,
        EACCES: `no permission to use port ${where.port}; choose one above 1023 with --port N`,
        EADDRNOTAVAIL: `this machine has no address ${where.host}; use --host 127.0.0.1`,
        ENOTFOUND: `cannot resolve host ${where.host}; use --host 127.0.0.1`,
      };
      fail(
        new RecapError(
          'usage',
          `Cannot serve on ${address}: ${reasons[error.code ?? ''] ?? error.message}`,
          {},
          { cause: error },
        ),
      );
    });
    server.listen(where.port, where.host, () => listening());
  });
  const { port } = server.address() as AddressInfo;
  served.port = port;
  return {
    url: `http://${display}:${port}/`,
    async close() {
      reload.close();
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeAllConnections();
      await closed;
    },
  };
}

async function handle(
  site: LiveSite,
  reload: LiveReload,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed', { allow: 'GET, HEAD' });
  let path: string;
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    return send(response, 400, 'text/plain; charset=utf-8', 'Bad request');
  }
  if (path === LiveReload.EVENTS_PATH) return reload.connect(request, response);
  if (path === LiveReload.SCRIPT_PATH) return send(response, 200, 'text/javascript; charset=utf-8', reload.script);
  if (path === '/') path = '/index.html';

  const file = resolve(site.dir, `.${path}`);
  // Nothing outside the site's folder is served.
  if (!isInside(file, site.dir)) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (extname(file) === '.pdf') {
    const pdf = await site.pdf(path.slice(1));
    return pdf ? send(response, 200, type, pdf) : send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  }
  const content = await readFile(file).catch(() => null);
  if (!content) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  const page = () =>
    withContentSecurityPolicy(reload.inject(content.toString('utf8')), { allowRemote: false, liveReload: true });
  // An image opened on its own (an SVG is a page) runs nothing and reaches nothing, wherever it came from.
  const imageHeaders: Record<string, string> = type.startsWith('image/')
    ? { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" }
    : {};
  send(response, 200, type, extname(file) === '.html' ? page() : content, imageHeaders);
}

/**
 * DNS rebinding: a page on another site whose name is made to resolve to this machine must not read
 * the decks. Only requests for the served port, by IP address, `localhost` or the `--host` given, pass.
 */
export function hostAllowed(header: string | undefined, served: { host: string; port: number }): boolean {
  if (!header) return false;
  let url: URL;
  try {
    url = new URL(`http://${header}`);
  } catch {
    return false;
  }
  if (Number(url.port || 80) !== served.port || url.username || url.password || url.pathname !== '/') return false;
  const name = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return name === 'localhost' || isIP(name) !== 0 || name === served.host.toLowerCase();
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Uint8Array,
  headers: Record<string, string> = {},
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  response.writeHead(status, {
    'content-type': type,
    'content-length': bytes.byteLength,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(response.req.method === 'HEAD' ? undefined : bytes);
}
