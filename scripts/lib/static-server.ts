/** A minimal static file server for the built site, on a free loopback port (browser tests, benchmark, Lighthouse, screenshots). */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.csv': 'text/csv; charset=utf-8', '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.ico': 'image/x-icon',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
  /** The decoded path of every request. */
  requests: string[];
  /** What an access log would keep of every request: the request target as sent (query string included) and the Referer header. */
  accessLog: { url: string; referer: string }[];
}

export async function serveDir(root: string): Promise<StaticServer> {
  const requests: string[] = [];
  const accessLog: StaticServer['accessLog'] = [];
  const server: Server = createServer((req, res) => {
    accessLog.push({ url: req.url ?? '', referer: req.headers.referer ?? '' });
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      const notFound = join(root, '404.html');
      if (existsSync(notFound)) createReadStream(notFound).pipe(res); else res.end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compress text as any static host does, so measurements (Lighthouse, search timing) see real transfer sizes.
    if (/text|javascript|json|svg|xml|csv|wasm/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    accessLog,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
