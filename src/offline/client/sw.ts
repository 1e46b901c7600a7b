/**
 * The service worker that lets readers keep reading offline, bundled into dist/sw.js after each
 * build by src/offline/integration.ts, which fills in OFFLINE_BUILD (the cache name and the files
 * to save, see src/offline/precache.ts).
 *
 * - On install it saves every page, stylesheet, script and diagram. The search code and index are
 *   saved the first time the reader opens search: a reader who never searches never downloads
 *   them, and search still works offline after it has been used once online. With the
 *   browser's Save-Data setting on, nothing is saved ahead: pages are kept as they are read.
 * - Pages come from the network first while online (so readers see corrections at once) and from
 *   the cache when the network fails, with a notice saying when the copy was saved.
 * - Everything else comes from the cache first: file names of scripts and styles change with
 *   their content, and the whole cache is replaced by the next build.
 */
import { injectSavedNotice } from './saved-notice.ts';

/** What the build fills in (see src/offline/integration.ts). */
declare const OFFLINE_BUILD: {
  /** This build's cache; older caches with the same prefix are deleted. */
  cache: string;
  prefix: string;
  /** The path the site is served under: "" or "/repo"; the lists below include it. */
  base: string;
  /** Saved on install. */
  precache: readonly string[];
  /** Saved together the first time search fetches any of them, so search then works offline. */
  searchFiles: readonly string[];
};

// The worker's own events and scope, which the DOM types (the project's lib) do not describe.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  readonly location: Location;
  readonly navigator: { connection?: { saveData?: boolean } };
}
declare const self: WorkerScope;

const {
  cache: CACHE,
  prefix: PREFIX,
  base: BASE,
  precache: PRECACHE,
  searchFiles: SEARCH_FILES,
} = OFFLINE_BUILD;
const SAVED_AT = 'x-saved-at';
// A page that does not answer in this time is served from the cache, for slow connections.
const NETWORK_TIMEOUT_MS = 6000;

const isSearchFile = (path: string) => SEARCH_FILES.includes(path);
const isPage = (url: string) => url.endsWith('/') || url.endsWith('.html');
const saveData = () => Boolean(self.navigator.connection?.saveData);

/** A copy of a response that remembers when it was saved. */
async function stamp(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, new Date().toISOString());
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

async function save(urls: readonly string[]): Promise<void> {
  const cache = await caches.open(CACHE);
  // One failed file must not stop the rest from being saved; it is fetched again when needed.
  await Promise.all(
    urls.map(async (url) => {
      try {
        if (await cache.match(url)) return;
        const response = await fetch(url, { cache: 'no-cache' });
        if (response.ok) await cache.put(url, isPage(url) ? await stamp(response) : response);
      } catch {
        // Offline or refused: the file is saved the next time it is read.
      }
    }),
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      if (!saveData()) await save(PRECACHE);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

async function fromNetwork(request: Request): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), NETWORK_TIMEOUT_MS);
  try {
    return await fetch(request, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}

async function page(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  const key = url.origin + url.pathname;
  try {
    const response = await fromNetwork(request);
    if (response.ok) await cache.put(key, await stamp(response.clone()));
    return response;
  } catch {
    const saved = (await cache.match(key)) ?? (await cache.match(`${url.origin}${BASE}/404.html`));
    if (!saved) return Response.error();
    const html = injectSavedNotice(await saved.text(), saved.headers.get(SAVED_AT) ?? '');
    const headers = new Headers(saved.headers);
    headers.delete('content-length');
    return new Response(html, { status: saved.status, headers });
  }
}

async function asset(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(request, { ignoreSearch: true });
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

let searchSaved = false;

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (!searchSaved && isSearchFile(url.pathname) && !saveData()) {
    searchSaved = true;
    event.waitUntil(save(SEARCH_FILES));
  }
  event.respondWith(request.mode === 'navigate' ? page(request) : asset(request));
});
