// The room server: serves the built app (with the same security headers as `vite preview`) and
// relays room messages over WebSockets at /room. No authentication: for a room's local network.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { WebSocketServer } from 'ws';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { MAX_MESSAGE, ROOM_PATH } from './protocol';
import { Room } from './relay';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

const HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
};

export interface RoomServer {
  server: Server;
  room: Room;
  port: number;
  close(): Promise<void>;
}

/** Starts serving `dist` and one room on host:port (port 0: any free port). */
export async function startRoomServer(opts: {
  dist: string;
  host: string;
  port: number;
  room: string;
}): Promise<RoomServer> {
  const root = resolve(opts.dist);
  const room = new Room(opts.room);
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = normalize(join(root, path === '/' ? 'index.html' : path));
      if (!file.startsWith(root + sep) || (req.method !== 'GET' && req.method !== 'HEAD')) {
        res.writeHead(404, HEADERS).end('Not found');
        return;
      }
      try {
        if (!(await stat(file)).isFile()) throw new Error('not a file');
        const body = await readFile(file);
        res.writeHead(200, { ...HEADERS, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res.writeHead(404, HEADERS).end('Not found');
      }
    })();
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== ROOM_PATH) return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (url.searchParams.get('room') !== room.id) {
        ws.send(
          JSON.stringify({
            type: 'refused',
            text: `There is no room “${(url.searchParams.get('room') ?? '').slice(0, 20)}” here (this one is ${room.id}).`,
          }),
        );
        ws.close(4004, 'unknown room');
      } else if (url.searchParams.get('role') === 'host') room.addHost(ws);
      else room.addPlayer(ws);
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port, opts.host, () => ok());
  });
  const address = server.address();
  return {
    server,
    room,
    port: typeof address === 'object' && address ? address.port : opts.port,
    close: () =>
      new Promise((ok) => {
        for (const c of wss.clients) c.terminate();
        wss.close();
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
