import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A server on 127.0.0.1 that counts every request: the proof that a build made none. */
export interface CountingServer {
  url: string;
  /** Paths requested so far. */
  hits: string[];
  close(): Promise<void>;
}

/** Answers every request with `body` (a PNG), or, with `hang`, never answers at all. */
export async function countingServer(options: { body?: Buffer; hang?: boolean } = {}): Promise<CountingServer> {
  const hits: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    hits.push(request.url ?? '');
    if (options.hang) return;
    response.writeHead(200, { 'content-type': 'image/png' }).end(options.body ?? Buffer.alloc(0));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
