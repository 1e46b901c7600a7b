/**
 * Which built files the offline service worker (client/sw.ts) may save, and the worker's script:
 * src/offline/integration.ts bundles it into dist/sw.js with the build's manifest (manifest.ts).
 * An unchanged build keeps the same worker byte for byte, so the browser installs nothing new.
 */
import { fileURLToPath } from 'node:url';
import { builtFileUrl } from '../shared/urls.ts';
import type { OfflineManifest } from './client/plan.ts';

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
 * The address readers use for a built file (`x/index.html` is `/x/`), or undefined for a file
 * readers never need offline.
 */
export function urlOfFile(file: string): string | undefined {
  const f = file.split('\\').join('/');
  if (EXCLUDED.some((re) => re.test(f))) return undefined;
  return builtFileUrl(f);
}

/** The URL of each built file the worker may save, in a stable order. */
export function precacheUrls(files: readonly string[]): string[] {
  return files
    .map(urlOfFile)
    .filter((url): url is string => url !== undefined)
    .sort();
}

/** Files that belong to search: its index (under /pagefind/) and its interface code. */
const SEARCH_FILE = /^\/(pagefind\/|_astro\/search[^/]*$)/;

/** Whether a URL from precacheUrls() belongs to search, which is saved on first use. */
export function isSearchUrl(url: string): boolean {
  return SEARCH_FILE.test(url);
}

/** The worker's module (browser code, type-checked with the rest of the project). */
export const WORKER_ENTRY = fileURLToPath(new URL('./client/sw.ts', import.meta.url));

/**
 * The text of sw.js: client/sw.ts bundled by Vite (the project's own bundler) into one classic
 * script, with the build's manifest in place of OFFLINE_MANIFEST.
 */
export async function serviceWorkerSource(manifest: OfflineManifest): Promise<string> {
  const { build: viteBuild } = await import('vite');
  const output = await viteBuild({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    define: { OFFLINE_MANIFEST: JSON.stringify(manifest) },
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
