// Serves the built pane (dist/) on loopback, as a static host would, plus /__e2e/blob/<key>: the
// message contents the stand-in Office host hands to the pane (registered with put()).
import { createServer, type Server } from 'node:http';
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const BLOB_PREFIX = '/__e2e/blob/';

export interface PaneServer {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  /** Registers content for the stub; returns its key. */
  put(content: string): string;
  close(): Promise<void>;
}

export async function startPaneServer(dist: string): Promise<PaneServer> {
  const blobs = new Map<string, string>();
  const root = path.resolve(dist);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith(BLOB_PREFIX)) {
      const body = blobs.get(decodeURIComponent(url.pathname.slice(BLOB_PREFIX.length)));
      res.writeHead(body === undefined ? 404 : 200, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      res.end(body ?? '');
      return;
    }
    const file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let next = 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    put(content) {
      const key = `b${next++}`;
      blobs.set(key, content);
      return key;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
