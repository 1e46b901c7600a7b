/**
 * A minimal static file server for the built site, for browser tests and the benchmark. It serves
 * dist/ the way a static host does: /x/ → x/index.html, unknown paths → 404.html with status 404,
 * and it can compress responses with gzip so byte counts match a real host. With a base
 * (`/repo`), it serves the site only under that path, as GitHub Pages serves a project site:
 * nothing answers outside it, so a link that leaves the base fails.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** The dist folder the tests read: DIST_DIR, else ./dist. */
export const DIST_DIR = resolve(process.env.DIST_DIR ?? 'dist');

async function findFile(root: string, pathname: string): Promise<string | undefined> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = safe.endsWith('/')
    ? [join(root, safe, 'index.html')]
    : [join(root, safe), join(root, safe, 'index.html')];
  for (const file of candidates) {
    if (!file.startsWith(root)) continue;
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // Not there: try the next candidate.
    }
  }
  return undefined;
}

export interface RunningServer {
  /** Where the site is: the origin, and the base when there is one (http://127.0.0.1:4123/repo). */
  url: string;
  close(): Promise<void>;
}

/** Serve `root` on 127.0.0.1 on a free port, under `base` ("/repo") when given. */
export async function serveDist(
  root = DIST_DIR,
  options: { gzip?: boolean; base?: string } = {},
): Promise<RunningServer> {
  const base = (options.base ?? '').replace(/\/+$/, '');
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (base && url.pathname !== base && !url.pathname.startsWith(`${base}/`)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`Not found: outside ${base}/`);
      return;
    }
    let file = await findFile(root, url.pathname.slice(base.length) || '/');
    let status = 200;
    if (!file) {
      file = join(root, '404.html');
      status = 404;
    }
    try {
      let body: Buffer = await readFile(file);
      const headers: Record<string, string> = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      };
      if (
        options.gzip &&
        /text|json|svg|xml|javascript|wasm/.test(headers['Content-Type']!) &&
        /gzip/.test(String(req.headers['accept-encoding']))
      ) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
      res.writeHead(status, headers).end(body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
