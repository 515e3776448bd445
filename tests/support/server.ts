// A small static file server for browser tests: serves a built site under a base path,
// answers unknown paths with the site's 404 page, and can add response headers (e.g. a CSP).
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  /** Origin plus base, e.g. "http://127.0.0.1:41234/budget/". */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** Serves `dir` at `base` on a free loopback port. */
export async function serveSite(
  dir: string,
  { base = '/', headers = {} }: { base?: string; headers?: Record<string, string> } = {},
): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, file: string) => {
      res.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(readFileSync(file));
    };
    const notFound = () => {
      const page = join(dir, '404.html');
      if (existsSync(page)) send(404, page);
      else res.writeHead(404).end('Not found');
    };
    if (!path.startsWith(prefix)) return notFound();
    const rel = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, rel);
    if (existsSync(file) && statSync(file).isDirectory()) {
      // Like common static hosts: /x redirects to /x/, /x/ serves /x/index.html.
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/`, ...headers }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound();
    send(200, file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
