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
import { isUnderBase, normaliseBase, withoutBase } from '../src/shared/urls.ts';

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

/**
 * The environment variable listing the servers of built sites already running, started once by
 * the browser tests' global setup (tests/browser/global-setup.ts): JSON, one entry per folder,
 * base and compression.
 */
export const SHARED_SERVERS_ENV = 'PEACE_SHARED_SERVERS';

interface SharedServer {
  root: string;
  base: string;
  gzip: boolean;
  url: string;
}

/** What `root` served under `base` (with or without gzip) is shared as. */
const sameSite = (s: SharedServer, root: string, base: string, gzip: boolean) =>
  s.root === resolve(root) && s.base === normaliseBase(base) && s.gzip === gzip;

function sharedServers(): SharedServer[] {
  return JSON.parse(process.env[SHARED_SERVERS_ENV] ?? '[]') as SharedServer[];
}

/**
 * List a running server for {@link serveDist} to hand out, in this process and the test workers
 * it starts afterwards.
 */
export function shareServer(
  root: string,
  options: { gzip?: boolean; base?: string },
  server: RunningServer,
): void {
  const gzip = options.gzip ?? false;
  const base = options.base ?? '';
  const others = sharedServers().filter((s) => !sameSite(s, root, base, gzip));
  const entry = { root: resolve(root), base: normaliseBase(base), gzip, url: server.url };
  process.env[SHARED_SERVERS_ENV] = JSON.stringify([...others, entry]);
}

/** What a server serves, and how. */
export interface ServeOptions {
  gzip?: boolean;
  /**
   * The path the site is served under (`/repo`), as GitHub Pages serves a project site: the
   * site answers only under it, so a link that leaves the base fails as it would there.
   */
  base?: string;
  /** Called with each request's path before it is answered; the answer waits for it. */
  onRequest?: (pathname: string) => void | Promise<void>;
}

/**
 * Serve `root` on 127.0.0.1 on a free port, under `base` ("/repo") when given. Under the
 * browser tests, this hands out the server their global setup started for the same folder,
 * base and compression (tests/browser/global-setup.ts) instead.
 */
export async function serveDist(
  root = DIST_DIR,
  options: ServeOptions = {},
): Promise<RunningServer> {
  const gzip = options.gzip ?? false;
  const shared = sharedServers().find((s) => sameSite(s, root, options.base ?? '', gzip));
  // A test that watches requests needs a server of its own.
  if (shared && !options.onRequest) return { url: shared.url, close: async () => undefined };
  return startServer(root, options);
}

/** Serve `root` on 127.0.0.1 on a free port, always a server of its own. */
export async function startServer(
  root = DIST_DIR,
  options: ServeOptions = {},
): Promise<RunningServer> {
  const base = normaliseBase(options.base ?? '');
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    await options.onRequest?.(url.pathname);
    if (!isUnderBase(base, url.pathname)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`Not found: outside ${base}/`);
      return;
    }
    let file = await findFile(root, withoutBase(base, url.pathname));
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
