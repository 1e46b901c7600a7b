/**
 * A minimal static file server for the built site, for browser tests and the benchmark. It serves
 * dist/ the way a static host does: /x/ → x/index.html, unknown paths → 404.html with status 404,
 * and it can compress responses with gzip so byte counts match a real host.
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
  url: string;
  close(): Promise<void>;
}

/** The environment variables that name a server of dist/ already running, plain and gzip. */
export const SHARED_SERVER_ENV = { plain: 'PEACE_SITE_URL', gzip: 'PEACE_SITE_URL_GZIP' } as const;

/**
 * Serve `root` on 127.0.0.1 on a free port. For dist/ itself, under the browser tests, this
 * hands out the server their global setup started (tests/browser/global-setup.ts) instead.
 */
export async function serveDist(
  root = DIST_DIR,
  options: {
    gzip?: boolean;
    /** Called with each request's path before it is answered; the answer waits for it. */
    onRequest?: (pathname: string) => void | Promise<void>;
  } = {},
): Promise<RunningServer> {
  const shared = process.env[SHARED_SERVER_ENV[options.gzip ? 'gzip' : 'plain']];
  // A test that watches requests needs a server of its own.
  if (shared && resolve(root) === DIST_DIR && !options.onRequest) {
    return { url: shared, close: async () => undefined };
  }
  return startServer(root, options);
}

/** Serve `root` on 127.0.0.1 on a free port, always a server of its own. */
export async function startServer(
  root = DIST_DIR,
  options: { gzip?: boolean; onRequest?: (pathname: string) => void | Promise<void> } = {},
): Promise<RunningServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    await options.onRequest?.(url.pathname);
    let file = await findFile(root, url.pathname);
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
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
