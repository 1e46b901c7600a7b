/**
 * The service worker that lets readers keep reading offline, bundled into dist/sw.js after each
 * build by src/offline/integration.ts, which fills in OFFLINE_MANIFEST (every file it may save,
 * with its revision and size: src/offline/manifest.ts).
 *
 * - A first visit saves ahead only the shell (./plan.ts `shellFor`): styles, scripts, the page
 *   being read and the reading order in the reader's language, within a budget that does not grow
 *   with the site. Every other page is saved when it is read; the whole edition of a language when
 *   the reader asks for it (./save-all.ts talks to this worker through messages). With the
 *   browser's Save-Data setting on, nothing is saved ahead.
 * - Each saved file keeps its revision (a hash of its content). A new build's worker downloads
 *   again only the saved files whose revision changed, and deletes those the build no longer has.
 * - The search code and index are saved together the first time the reader searches.
 * - Pages come from the network first while online (so readers see corrections at once) and from
 *   the saved copy when the network fails, with a notice saying when it was saved; a page that is
 *   not saved shows a page listing the saved ones, never the browser's error.
 * - Everything else comes from the saved copy first: it is kept at the build's revision.
 */
import { offlinePage, searchNote } from './offline-page.ts';
import {
  editionOf,
  isEarlierCache,
  languageOfPath,
  missing,
  offlineCacheName,
  revisionDiff,
  shellFor,
  totalBytes,
  type ManifestFile,
  type OfflineManifest,
} from './plan.ts';
import { injectSavedNotice } from './saved-notice.ts';
import type { SaveReply, SaveRequest } from './messages.ts';

/** What the build fills in (see src/offline/integration.ts). */
declare const OFFLINE_MANIFEST: OfflineManifest;

// The worker's own events and scope, which the DOM types (the project's lib) do not describe.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<{ url: string }[]>;
  };
  readonly location: Location;
  readonly navigator: { connection?: { saveData?: boolean } };
}
declare const self: WorkerScope;

const MANIFEST = OFFLINE_MANIFEST;
/** One cache for every build of this copy of the site: files in it carry their own revision. */
const CACHE = offlineCacheName(MANIFEST.base);
const REVISION = 'x-revision';
const SAVED_AT = 'x-saved-at';
// A page that does not answer in this time is served from the cache, for slow connections.
const NETWORK_TIMEOUT_MS = 6000;
// How many files are downloaded at once when saving: enough to fill the line, not the host.
const PARALLEL = 4;

const FILES = new Map(MANIFEST.files.map((file) => [file.url, file]));
const SEARCH_FILES = MANIFEST.files.filter((file) => file.group === 'search');
const saveData = () => Boolean(self.navigator.connection?.saveData);
const langOf = (path: string) => languageOfPath(path, MANIFEST.languages, MANIFEST.base);

/** The address a file is saved under: the path alone. */
const keyOf = (url: string) => new URL(url, self.location.origin).pathname;

/** The saved files and their revisions. */
async function savedRevisions(cache: Cache): Promise<Map<string, string>> {
  const saved = new Map<string, string>();
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    saved.set(keyOf(request.url), response?.headers.get(REVISION) ?? '');
  }
  return saved;
}

/** A copy of a response that remembers its revision and when it was saved. */
async function stamp(response: Response, rev: string | undefined): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, new Date().toISOString());
  if (rev !== undefined) headers.set(REVISION, rev);
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/**
 * Download `files` into the cache, a few at a time, reporting each one; stops when `signal` is
 * aborted. Returns whether every file was saved.
 */
async function saveFiles(
  files: readonly ManifestFile[],
  options: { signal?: AbortSignal; onSaved?: (file: ManifestFile) => void } = {},
): Promise<boolean> {
  const cache = await caches.open(CACHE);
  const queue = [...files];
  let complete = true;
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      if (options.signal?.aborted) return;
      try {
        const init: RequestInit = { cache: 'no-cache' };
        if (options.signal) init.signal = options.signal;
        const response = await fetch(file.url, init);
        if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
        await cache.put(file.url, await stamp(response, file.rev));
        options.onSaved?.(file);
      } catch {
        // One failed file must not stop the rest; it is saved the next time it is read.
        complete = false;
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return complete && !options.signal?.aborted;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const saved = await savedRevisions(cache);
      if (!saveData()) {
        const open = (
          await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
        ).map((client) => new URL(client.url).pathname);
        const langs = [...new Set(open.map(langOf))];
        const shell = (langs.length ? langs : MANIFEST.languages.slice(0, 1)).flatMap((lang) =>
          shellFor(
            MANIFEST,
            lang,
            open.filter((path) => langOf(path) === lang),
          ),
        );
        // Saved files that changed in this build are downloaded again; unchanged ones never.
        const changed = revisionDiff(saved, MANIFEST).changed.map((url) => FILES.get(url)!);
        await saveFiles(missing([...new Set([...shell, ...changed])], saved));
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (isEarlierCache(key)) await caches.delete(key);
      }
      // What this build no longer has, or could not download again, is not kept stale.
      const cache = await caches.open(CACHE);
      const diff = revisionDiff(await savedRevisions(cache), MANIFEST);
      for (const url of [...diff.gone, ...diff.changed]) await cache.delete(url);
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

/** The saved pages of a language, reading order first, then by title. */
async function savedPages(cache: Cache, lang: string) {
  const saved = new Set((await cache.keys()).map((request) => keyOf(request.url)));
  const order = MANIFEST.readingOrder[lang] ?? [];
  const rank = (url: string) => (order.includes(url) ? order.indexOf(url) : order.length);
  return MANIFEST.files
    .filter((file) => file.group === 'page' && file.lang === lang && saved.has(file.url))
    .filter((file) => !file.url.endsWith('.html'))
    .sort((a, b) => rank(a.url) - rank(b.url) || (a.title ?? '').localeCompare(b.title ?? ''))
    .map((file) => ({ url: file.url, title: file.title ?? file.url }));
}

async function searchIsSaved(cache: Cache): Promise<boolean> {
  const saved = new Set((await cache.keys()).map((request) => keyOf(request.url)));
  return SEARCH_FILES.length > 0 && SEARCH_FILES.every((file) => saved.has(file.url));
}

const isSearchPage = (path: string) =>
  path.startsWith(MANIFEST.base) && /^\/([^/]+\/)?search\/$/.test(path.slice(MANIFEST.base.length));

/**
 * Keep a copy of a response from the network once the reader has it: the response goes back at
 * once, and the worker stays alive until the copy is saved. The reader never waits for the
 * cache, which writes one file at a time, behind the files being saved ahead.
 */
function keepCopy(event: ExtendableEvent, path: string, response: Response): void {
  if (!response.ok) return;
  const copy = response.clone();
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.put(path, await stamp(copy, FILES.get(path)?.rev));
    })().catch(() => undefined),
  );
}

async function page(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const cache = await caches.open(CACHE);
  const path = new URL(request.url).pathname;
  const lang = langOf(path);
  try {
    const response = await fromNetwork(request);
    keepCopy(event, path, response);
    return response;
  } catch {
    const saved = await cache.match(path);
    const headers = new Headers({ 'content-type': 'text/html; charset=utf-8' });
    if (!saved) {
      const html = offlinePage({
        lang,
        htmlLang: MANIFEST.htmlLang[lang] ?? lang,
        requested: path,
        stylesheets: MANIFEST.stylesheets,
        saved: await savedPages(cache, lang),
        searchSaved: await searchIsSaved(cache),
      });
      return new Response(html, { status: 503, headers });
    }
    let html = injectSavedNotice(await saved.text(), saved.headers.get(SAVED_AT) ?? '', lang);
    if (isSearchPage(path)) {
      const note = searchNote(lang, await searchIsSaved(cache));
      html = html.replace(/(<main[^>]*>)/i, `$1${note}`);
    }
    return new Response(html, { status: saved.status, headers });
  }
}

async function asset(event: FetchEvent): Promise<Response> {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(event.request, { ignoreSearch: true });
  if (saved) return saved;
  const response = await fetch(event.request);
  keepCopy(event, new URL(event.request.url).pathname, response);
  return response;
}

let searchSaved = false;

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (!searchSaved && FILES.get(url.pathname)?.group === 'search' && !saveData()) {
    searchSaved = true;
    event.waitUntil(
      (async () => {
        const cache = await caches.open(CACHE);
        await saveFiles(missing(SEARCH_FILES, await savedRevisions(cache)));
      })(),
    );
  }
  event.respondWith(request.mode === 'navigate' ? page(event) : asset(event));
});

let saving: AbortController | undefined;

async function handle(message: SaveRequest, reply: (answer: SaveReply) => void): Promise<void> {
  const cache = await caches.open(CACHE);
  if (message.type === 'cancel') {
    saving?.abort();
    return;
  }
  const edition = editionOf(MANIFEST, message.lang);
  const pages = edition.filter((file) => file.group === 'page').length;
  if (message.type === 'status') {
    const todo = missing(edition, await savedRevisions(cache));
    reply({
      type: 'status',
      pages,
      files: todo.length,
      bytes: totalBytes(todo),
      saved: todo.length === 0,
    });
  } else if (message.type === 'save') {
    saving?.abort();
    const controller = new AbortController();
    saving = controller;
    const todo = missing(edition, await savedRevisions(cache));
    let done = 0;
    let bytes = 0;
    reply({ type: 'progress', done, total: todo.length, bytes });
    const complete = await saveFiles(todo, {
      signal: controller.signal,
      onSaved: (file) => {
        done += 1;
        bytes += file.bytes;
        reply({ type: 'progress', done, total: todo.length, bytes });
      },
    });
    if (saving === controller) saving = undefined;
    reply(
      controller.signal.aborted
        ? { type: 'cancelled' }
        : complete
          ? { type: 'done', pages }
          : { type: 'failed' },
    );
  } else if (message.type === 'remove') {
    for (const file of edition) {
      if (file.lang === message.lang) await cache.delete(file.url);
    }
    reply({ type: 'removed' });
  }
}

self.addEventListener('message', (event) => {
  const port = event.ports[0];
  const message = event.data as SaveRequest;
  event.waitUntil(handle(message, (answer) => port?.postMessage(answer)));
});
