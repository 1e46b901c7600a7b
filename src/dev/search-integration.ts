/**
 * Search in `npm run dev`. The build writes the search index after rendering every page; the dev
 * server renders pages only on request, so without this `/pagefind/pagefind.js` would not exist
 * there. This integration builds the index in memory from the dev server's own pages once the
 * server is listening, serves it at `/pagefind/`, and builds it again a moment after any change
 * in content/, so search finds an edit within seconds. While it builds, the search UI says so
 * (src/search/client/dev-notice.ts). It does nothing in `astro build`.
 */
import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Connect } from 'vite';
import { CONTENT_ERRORS_HEADER } from '../collections/index.ts';
import { TRANSLATION_CODES, localisePath } from '../i18n/index.ts';
import { DEV_STATUS_FILE, INDEX_FOLDER } from '../search/index.ts';
import { actorUrl, normaliseBase, pageUrl, withoutBase } from '../shared/index.ts';
import { crawlPages } from './crawl.ts';
import { createDevIndex, type DevIndex } from './search-index.ts';

/** How long after the last change in content/ the index is built again. */
const DELAY_MS = 300;

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  wasm: 'application/wasm',
  css: 'text/css; charset=utf-8',
};

/** The origin to fetch the dev server's own pages from, given the address it listens on. */
export function originOf(address: AddressInfo): string {
  const wildcard = address.address === '::' || address.address === '0.0.0.0';
  const host = wildcard ? 'localhost' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

/** The ids of the entries in one content folder (file names without extension), if it exists. */
function idsIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => /^[^.].*\.(ya?ml|mdx?)$/.test(name))
      .map((name) => name.replace(/\.[^.]+$/, ''));
  } catch {
    return [];
  }
}

/**
 * A page fetched for the index, or an error when the content check answered in its place
 * (src/collections/dev-check.ts): no index is built from content the check refuses. The save
 * that fixes the content builds it again.
 */
export async function pageForIndex(response: Response): Promise<Response> {
  const errors = response.headers.get(CONTENT_ERRORS_HEADER);
  if (errors === null) return response;
  await response.body?.cancel();
  throw new Error(
    `The content check found ${errors} error(s), shown in the browser and above; the index is ` +
      'built again once they are fixed.',
  );
}

/**
 * Where the crawl starts: the home page, every content page and every actor page (so a page no
 * other page links to yet is still indexed), and the pages the build always has.
 */
export function seedPaths(contentDir: string): string[] {
  const english = [
    '/',
    '/search/',
    ...idsIn(join(contentDir, 'pages')).map(pageUrl),
    ...idsIn(join(contentDir, 'actors')).map(actorUrl),
  ];
  // Every language has the same pages under its prefix (/uk/the-plan/), as in the build.
  return [
    ...english,
    ...TRANSLATION_CODES.flatMap((code) => english.map((path) => localisePath(path, code))),
  ];
}

/**
 * Serves the dev index at /pagefind/ (under the base, `/repo/pagefind/`, for a site served at a
 * sub-path), with its status file; passes on every other request.
 */
function middleware(index: DevIndex, base: string): Connect.NextHandleFunction {
  const prefix = `/${INDEX_FOLDER}/`;
  return (req, res, next) => {
    const path = withoutBase(base, (req.url ?? '').split(/[?#]/)[0] ?? '');
    if (!path.startsWith(prefix)) return next();
    const name = decodeURIComponent(path.slice(prefix.length));
    const send = (status: number, type: string, body: string | Uint8Array) => {
      res.statusCode = status;
      res.setHeader('Content-Type', type);
      // Every rebuild replaces the files: the browser must never keep an old one.
      res.setHeader('Cache-Control', 'no-store');
      res.end(body);
    };
    if (name === DEV_STATUS_FILE) return send(200, TYPES['json']!, JSON.stringify(index.status()));
    index.file(name).then(
      (body) => {
        if (!body)
          return send(404, 'text/plain; charset=utf-8', `${name} is not in the search index.`);
        send(200, TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream', body);
      },
      (error: unknown) => next(error),
    );
  };
}

/** The Astro integration. List it with the others; it only acts in `astro dev`. */
export function devSearch(): AstroIntegration {
  let contentDir = '';
  let origin = '';
  let base = '';
  let index: DevIndex | undefined;
  return {
    name: 'peace-plan:dev-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        contentDir = fileURLToPath(new URL('content/', config.root));
        base = normaliseBase(config.base);
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        index = createDevIndex({
          contentDir,
          delayMs: DELAY_MS,
          log: logger,
          render: async () => {
            // Astro's content store follows the files on its own; syncing first makes sure the
            // pages rendered below already show the change that started this build.
            await refreshContent?.({});
            const { pages, skipped } = await crawlPages(
              origin,
              seedPaths(contentDir),
              (url) => fetch(url, { headers: { accept: 'text/html' } }).then(pageForIndex),
              undefined,
              base,
            );
            if (skipped.length > 0) {
              logger.warn(
                `Search index leaves out pages that did not render: ${skipped.join(', ')}.`,
              );
            }
            return pages.map((page) => ({ ...page, where: `${page.url} (dev server)` }));
          },
        });
        server.middlewares.use(middleware(index, base));
        const watched = contentDir.endsWith(sep) ? contentDir : `${contentDir}${sep}`;
        server.watcher.on('all', (_event, file) => {
          if (file.startsWith(watched)) index?.schedule();
        });
      },
      'astro:server:start': ({ address }) => {
        origin = originOf(address);
        index?.schedule();
      },
      'astro:server:done': () => index?.stop(),
    },
  };
}
