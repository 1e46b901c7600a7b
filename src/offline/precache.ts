/**
 * What the offline service worker (client/sw.ts) saves, decided after each build from the list of
 * built files (src/offline/integration.ts bundles the worker into dist/sw.js with these lists).
 *
 * Its cache is named after a hash of the build (paths and contents), so a new build installs a
 * new cache and deletes the old one; an unchanged build keeps the same worker byte for byte.
 * Search files are listed apart: the worker saves them only once the reader has used search.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { normaliseBase, withBase } from '../shared/urls.ts';

/** Start of the name of every cache this site creates. */
export const CACHE_PREFIX = 'ppe-offline-';

/**
 * The prefix of this site's caches when it is served under `base`; the worker deletes the other
 * versions with it. The base is part of it, ended by `:`, so two copies of the site on one origin
 * (`/` and `/repo/`, or `/a/` and `/b/`) never delete each other's copy.
 */
export function cachePrefix(base = ''): string {
  return `${CACHE_PREFIX}${normaliseBase(base) || '/'}:`;
}

// Files a reader never needs offline: the worker itself, maps, host configuration, crawler files,
// and the social cards (src/social), which only link previews on other sites show.
const EXCLUDED = [
  /^social\/.+\.png$/,
  /^sw\.js$/,
  /\.map$/,
  /^_headers$/,
  /^_redirects$/,
  /^robots\.txt$/,
  /^sitemap.*\.xml$/,
  /(^|\/)\.[^/]+$/,
];

/**
 * The URL of each built file the worker saves, in a stable order: `x/index.html` is saved as
 * `/x/`, the address readers use.
 */
export function precacheUrls(files: readonly string[]): string[] {
  return files
    .map((f) => f.split('\\').join('/'))
    .filter((f) => !EXCLUDED.some((re) => re.test(f)))
    .map((f) =>
      f === 'index.html'
        ? '/'
        : f.endsWith('/index.html')
          ? `/${f.slice(0, -'index.html'.length)}`
          : `/${f}`,
    )
    .sort();
}

/** Files that belong to search: its index (under /pagefind/) and its interface code. */
const SEARCH_FILE = /^\/(pagefind\/|_astro\/search[^/]*$)/;

/** Whether a URL from precacheUrls() belongs to search, which is saved on first use. */
export function isSearchUrl(url: string): boolean {
  return SEARCH_FILE.test(url);
}

/** A short hash of the build: every file's path and content hash. */
export function buildVersion(files: readonly { path: string; sha256: string }[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    hash.update(`${file.path}\u0000${file.sha256}\n`);
  }
  return hash.digest('hex').slice(0, 12);
}

/** What the worker is built with: its cache and the files it saves. */
export interface OfflineBuild {
  cache: string;
  prefix: string;
  /** The base the site is served under: "" or "/repo". Every URL below is under it. */
  base: string;
  precache: string[];
  searchFiles: string[];
}

/**
 * The worker's settings for a build of `version` with the files `urls` (site paths, from
 * precacheUrls), for a site served under `base` ("" at a domain's root, or "/repo").
 */
export function offlineBuild(version: string, urls: readonly string[], base = ''): OfflineBuild {
  const at = (list: string[]) => list.map((u) => withBase(base, u));
  const prefix = cachePrefix(base);
  return {
    cache: prefix + version,
    prefix,
    base: normaliseBase(base),
    precache: at(urls.filter((u) => !isSearchUrl(u))),
    searchFiles: at(urls.filter(isSearchUrl)),
  };
}

/** The worker's module (browser code, type-checked with the rest of the project). */
export const WORKER_ENTRY = fileURLToPath(new URL('./client/sw.ts', import.meta.url));

/**
 * The text of sw.js: client/sw.ts bundled by Vite (the project's own bundler) into one classic
 * script, with the build's settings in place of OFFLINE_BUILD.
 */
export async function serviceWorkerSource(build: OfflineBuild): Promise<string> {
  const { build: viteBuild } = await import('vite');
  const output = await viteBuild({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    define: { OFFLINE_BUILD: JSON.stringify(build) },
    build: {
      write: false,
      minify: false,
      emptyOutDir: false,
      copyPublicDir: false,
      lib: {
        entry: WORKER_ENTRY,
        formats: ['iife'],
        name: 'offlineWorker',
        fileName: () => 'sw.js',
      },
    },
  });
  for (const result of Array.isArray(output) ? output : [output]) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((item) => item.type === 'chunk');
    if (chunk?.type === 'chunk') {
      return `// Built by src/offline/integration.ts from src/offline/client/sw.ts. Do not edit.\n${chunk.code}`;
    }
  }
  throw new Error('src/offline/precache.ts: Vite produced no script for the service worker.');
}
