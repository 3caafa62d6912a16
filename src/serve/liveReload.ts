import type { IncomingMessage, ServerResponse } from 'node:http';

/** What the served pages load: reloads the page when the server says it changed, shows build problems. */
const CLIENT = `(() => {
  const events = new EventSource('/__recapdeck/events');
  // Marks the page as live (for a look in the dev tools, and for tests).
  events.addEventListener('open', () => (document.documentElement.dataset.recapdeckLive = 'connected'));
  const here = () => (location.pathname === '/' ? '/index.html' : decodeURIComponent(location.pathname));
  const banner = (message) => {
    let box = document.getElementById('recapdeck-problem');
    if (!message) return box && box.remove();
    if (!box) {
      box = document.createElement('div');
      box.id = 'recapdeck-problem';
      box.style.cssText = 'position:fixed;left:0;right:0;top:0;z-index:2147483647;padding:10px 14px;background:#b91c1c;color:#fff;font:15px/1.4 system-ui,sans-serif;white-space:pre-wrap';
      document.body.append(box);
    }
    box.textContent = message;
  };
  events.addEventListener('reload', (event) => {
    const { paths } = JSON.parse(event.data);
    if (paths.includes(here())) location.reload();
    else banner(null);
  });
  events.addEventListener('problem', (event) => banner(JSON.parse(event.data).message));
})();
`;

/**
 * Live reload over server-sent events: every served HTML page gets a small script that listens
 * on /__recapdeck/events; after a rebuild the server names the pages that changed and those reload.
 */
export class LiveReload {
  static readonly EVENTS_PATH = '/__recapdeck/events';
  static readonly SCRIPT_PATH = '/__recapdeck/live.js';
  private readonly clients = new Set<ServerResponse>();

  get script(): string {
    return CLIENT;
  }

  /** The page with the live script added before `</body>` (or at the end). */
  inject(html: string): string {
    const tag = `<script src="${LiveReload.SCRIPT_PATH}"></script>`;
    const end = html.lastIndexOf('</body>');
    return end === -1 ? `${html}${tag}` : `${html.slice(0, end)}${tag}${html.slice(end)}`;
  }

  connect(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    // Reconnect quickly if the connection drops.
    response.write('retry: 500\n\n');
    this.clients.add(response);
    request.on('close', () => this.clients.delete(response));
  }

  /** Tells the open pages which paths changed ("/recap.html", "/index.html"). */
  reload(paths: string[]): void {
    this.send('reload', { paths });
  }

  problem(message: string): void {
    this.send('problem', { message });
  }

  get connections(): number {
    return this.clients.size;
  }

  close(): void {
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  private send(event: string, data: unknown): void {
    for (const client of this.clients) client.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }
}
